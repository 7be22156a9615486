using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Chain.Sharing;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class DetailsModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    public RuleRow Row { get; private set; } = null!;
    public int Version { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.SharingRules.AsNoTracking().Include(r => r.Scopes).FirstOrDefaultAsync(r => r.Id == id, ct) is not { } rule) return NotFound();
        Row = (await RuleList.RowsAsync(db, [rule], SharingCatalog.Today(clock), ct))[0];
        Version = rule.Version;
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, r => r.Archive(clock.GetUtcNow()), "De deelregel is gearchiveerd: de leverancier krijgt voor dit product geen leerlinglijst meer.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, r => r.Restore(), "De deelregel is weer actief.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<SharingRule> change, string done, CancellationToken ct)
    {
        if (await db.SharingRules.FindAsync([id], ct) is not { } rule) return NotFound();
        if (rule.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze deelregel intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        change(rule);
        if (rule.ArchivedAt is null && await db.SharingRules.AnyAsync(r => r.Id != id && r.ArchivedAt == null && r.SupplierId == rule.SupplierId && r.CatalogItemId == rule.CatalogItemId, ct))
        {
            TempData["Status"] = "Deze deelregel kan niet weer actief worden: voor dit product bestaat al een andere actieve deelregel.";
            return RedirectToPage(new { id });
        }
        TempData["Status"] = await db.SaveIfUnchangedAsync(rule, version, ct)
            ? done : "Iemand anders heeft deze deelregel intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
        return RedirectToPage(new { id });
    }
}
