using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public SharingListState State { get; set; } = new();
    public Paged<AgreementRow> Agreements { get; private set; } = null!;
    public List<Choice> Suppliers { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<AgreementRow>> ExportColumns =
    [
        new("Leverancier", r => r.Supplier),
        new("Product", r => r.Product),
        new("Modelversie", r => r.ModelVersion),
        new("Ondertekend op", r => r.SignedOn, ExportKind.Date),
        new("Geldig tot", r => r.EndsOn, ExportKind.Date),
        new("Status", r => r.Status),
        new("Gegevens", r => r.Fields),
        new("ECK iD toegestaan", r => r.AllowsEckId),
        new("Doeleinden", r => r.Agreement.Purposes),
        new("Categorieën persoonsgegevens", r => r.Agreement.PersonalDataCategories),
        new("Subverwerkers", r => r.Agreement.Subprocessors),
        new("Landen van verwerking", r => r.Agreement.ProcessingCountries),
        new("Bewaartermijn", r => r.Agreement.Retention),
        new("Beveiligingsmaatregelen", r => r.Agreement.SecurityMeasures),
        new("Melding datalekken", r => r.Agreement.BreachNotification),
        new("Gearchiveerd op", r => r.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Agreements = (await AgreementList.LoadAsync(db, State, SharingCatalog.Today(clock), ct)).ToPaged(State.PageNumber);
        if (Request.IsHtmx()) return Partial("_AgreementRows", this);
        Suppliers = await SharingCatalog.SuppliersAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = await AgreementList.LoadAsync(db, State, SharingCatalog.Today(clock), ct);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "verwerkersovereenkomsten", clock.GetUtcNow());
    }
}
