using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Verification;

/// <summary>A moderator ticks the facts of one published item that Regie has checked.</summary>
[Authorize(Policy = Capabilities.ModerateMarket)]
public sealed class ItemModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public CatalogItem Item { get; private set; } = null!;
    [BindProperty] public List<ComplianceFact> Verified { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        Verified = [.. item.Compliance.Verified];
        Version = item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        if (item.Version != Version || !ModelState.IsValid) return Conflict(item);
        item.RecordVerification(Verified, clock.GetUtcNow(), tenant.UserName);
        if (!await db.SaveIfUnchangedAsync(item, Version, ct))
            return Conflict(await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id, ct));
        TempData["Status"] = $"De controle van {item.Title} is vastgelegd.";
        return RedirectToPage("Index");
    }

    private Task<CatalogItem?> FindAsync(Guid id, CancellationToken ct) =>
        db.CatalogItems.SingleOrDefaultAsync(i => i.Id == id && i.Status == ItemStatus.Published, ct);

    /// <summary>The supplier or another moderator changed the item meanwhile: show it as it is now and check again.</summary>
    private PageResult Conflict(CatalogItem stored)
    {
        Item = stored;
        Verified = [.. stored.Compliance.Verified];
        Version = stored.Version;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit item"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
