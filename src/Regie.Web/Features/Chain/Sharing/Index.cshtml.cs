using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Sharing;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public SharingListState State { get; set; } = new();
    public Paged<RuleRow> Rules { get; private set; } = null!;
    public List<Choice> Suppliers { get; private set; } = [];
    public int Blocked { get; private set; }
    public List<UncoveredFlow> Uncovered { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<RuleRow>> ExportColumns =
    [
        new("Leverancier", r => r.Supplier),
        new("Product", r => r.Product),
        new("Scholen en groepen", r => r.Scope),
        new("Gegevens", r => r.Fields),
        new("ECK iD in plaats van eigen pseudoniem", r => r.UseEckId),
        new("Status", r => r.StatusLabel),
        new("Reden", r => r.Check.Reason),
        new("Aantal leerlingen", r => r.Pupils, ExportKind.Number),
        new("Laatst opgehaald", r => r.LastRosterFetch, ExportKind.DateTime),
        new("Gearchiveerd op", r => r.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = SharingCatalog.Today(clock);
        Rules = (await RuleList.LoadAsync(db, State, today, ct)).ToPaged(State.PageNumber);
        if (Request.IsHtmx()) return Partial("_RuleRows", this);
        Suppliers = await SharingCatalog.SuppliersAsync(db, ct);
        Blocked = (await RuleList.LoadAsync(db, new SharingListState { Status = "geblokkeerd" }, today, ct)).Count;
        Uncovered = await RuleList.UncoveredFlowsAsync(db, today, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = await RuleList.LoadAsync(db, State, SharingCatalog.Today(clock), ct);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "deelregels", clock.GetUtcNow());
    }
}
