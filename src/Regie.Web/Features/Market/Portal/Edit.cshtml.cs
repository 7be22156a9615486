using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

[Authorize(Policy = Capabilities.ManageCatalog)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)] // a pasted 5 MB text gets a message, not a form-reading error
public sealed class EditModel(RegieDbContext db, TenantContext tenant) : PageModel, IItemForm
{
    [BindProperty] public CatalogItemInput Input { get; set; } = new();
    public CatalogItem Item { get; private set; } = null!;
    public CatalogItemInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.FindOwnAsync(tenant, id, ct) is not { } item) return NotFound();
        if (item.Status == ItemStatus.Archived) return Archived(item);
        Item = item;
        Input = CatalogItemInput.From(item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.FindOwnAsync(tenant, id, ct) is not { } item) return NotFound();
        if (item.Status == ItemStatus.Archived) return Archived(item);
        Item = item;
        if (item.Version != Input.Version) return Conflict(item);
        await Input.ValidateAsync(ModelState, db, tenant, id, ct);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(item);
        // A published item stays on the market, so it must keep every mandatory field; nothing is saved otherwise.
        if (item.IsPublished && item.MissingForPublication() is { Count: > 0 } missing)
        {
            foreach (var field in missing)
                ModelState.AddModelError("", $"{field} is verplicht zolang het item gepubliceerd is. Vul het in, of trek het item eerst terug.");
            return Page();
        }
        if (!await db.SaveIfUnchangedAsync(item, Input.Version, ct))
            return Conflict(await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == id, ct));
        TempData["Status"] = $"De wijzigingen aan {item.Title} zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private RedirectToPageResult Archived(CatalogItem item)
    {
        TempData["Status"] = $"{item.Title} is gearchiveerd. Zet het eerst terug om het te bewerken.";
        return RedirectToPage("Details", new { id = item.Id });
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(CatalogItem stored)
    {
        Item = stored;
        Current = CatalogItemInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit item"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
