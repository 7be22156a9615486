using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Portal;

[Authorize(Policy = Capabilities.ManageCatalog)]
public sealed class DetailsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public CatalogItem Item { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.FindOwnAsync(tenant, id, ct) is not { } item) return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, int version, CancellationToken ct)
    {
        if (await db.FindOwnAsync(tenant, id, ct) is not { } item) return NotFound();
        if (item.Version != version) return Stale(id);
        if (item.Status == ItemStatus.Archived) return RedirectToPage(new { id });
        var missing = item.Publish(clock.GetUtcNow());
        if (missing.Count > 0)
        {
            Item = item;
            foreach (var field in missing) ModelState.AddModelError("", $"{field} is nog niet ingevuld.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return await SaveAsync(item, version, $"{item.Title} is gepubliceerd. Scholen vinden het nu in de markt.", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, i => i.IsPublished, i => i.Withdraw(), i => $"{i.Title} is teruggetrokken en weer een concept. Scholen zien het niet meer.", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, i => i.Status != ItemStatus.Archived, i => i.Archive(clock.GetUtcNow()),
            i => $"{i.Title} is gearchiveerd. U vindt het terug onder 'Gearchiveerd'.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, i => i.Status == ItemStatus.Archived, i => i.Restore(), i => $"{i.Title} is teruggezet als concept.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Func<CatalogItem, bool> allowed, Action<CatalogItem> change, Func<CatalogItem, string> done, CancellationToken ct)
    {
        if (await db.FindOwnAsync(tenant, id, ct) is not { } item) return NotFound();
        if (item.Version != version) return Stale(id);
        if (!allowed(item)) return RedirectToPage(new { id });
        change(item);
        return await SaveAsync(item, version, done(item), ct);
    }

    private async Task<IActionResult> SaveAsync(CatalogItem item, int version, string message, CancellationToken ct)
    {
        if (!await db.SaveIfUnchangedAsync(item, version, ct)) return Stale(item.Id);
        TempData["Status"] = message;
        return RedirectToPage(new { id = item.Id });
    }

    private RedirectToPageResult Stale(Guid id)
    {
        TempData["Status"] = "Iemand anders heeft dit item intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
        return RedirectToPage(new { id });
    }
}
