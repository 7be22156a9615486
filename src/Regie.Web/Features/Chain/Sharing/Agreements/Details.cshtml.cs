using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class DetailsModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    public ProcessingAgreement Agreement { get; private set; } = null!;
    public string Supplier { get; private set; } = "";
    public string Product { get; private set; } = "";
    public DateOnly Today { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcessingAgreements.FindAsync([id], ct) is not { } agreement) return NotFound();
        Agreement = agreement;
        Today = SharingCatalog.Today(clock);
        Supplier = (await SharingCatalog.SupplierNamesAsync(db, [agreement.SupplierId], ct)).GetValueOrDefault(agreement.SupplierId, "Onbekende leverancier");
        Product = agreement.CatalogItemId is { } item
            ? (await SharingCatalog.ProductTitlesAsync(db, [item], ct)).GetValueOrDefault(item, "Onbekend product")
            : AgreementList.AllProducts;
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, a => a.Archive(clock.GetUtcNow()),
            "De overeenkomst is gearchiveerd. Deelregels die erop steunden, geven nu geen leerlinglijst meer.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, a => a.Restore(), "De overeenkomst is weer actief.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<ProcessingAgreement> change, string done, CancellationToken ct)
    {
        if (await db.ProcessingAgreements.FindAsync([id], ct) is not { } agreement) return NotFound();
        if (agreement.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze overeenkomst intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        change(agreement);
        if (!await db.SaveIfUnchangedAsync(agreement, version, ct))
            TempData["Status"] = "Iemand anders heeft deze overeenkomst intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
        else
            TempData["Status"] = done;
        return RedirectToPage(new { id });
    }
}
