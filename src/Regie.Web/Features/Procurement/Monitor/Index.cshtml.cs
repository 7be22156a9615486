using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Monitor;

/// <summary>What the board buys per category and year against the European threshold, with every sum spelled out.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock, ThresholdReports reports) : PageModel
{
    public ThresholdReport Report { get; private set; } = ThresholdReport.Empty;
    public IReadOnlyList<TenderThreshold> Table { get; private set; } = [];

    /// <summary>One line of the export: one step of one purchase in one category and year.</summary>
    public sealed record ExportLine(CategoryYear Row, MonitoredPurchase Purchase, CalculationStep Step);

    private static readonly IReadOnlyList<ExportColumn<ExportLine>> ExportColumns =
    [
        new("Categorie", l => Enums.Label(l.Row.Category)),
        new("Jaar", l => l.Row.Year, ExportKind.Number),
        new("Soort opdracht", l => Enums.Label(l.Row.Kind)),
        new("Bron", l => Enums.Label(l.Purchase.Source)),
        new("School", l => l.Purchase.SchoolName ?? "bestuur"),
        new("Omschrijving", l => l.Purchase.Description),
        new("Leverancier", l => l.Purchase.SupplierName),
        new("Start", l => l.Purchase.Start, ExportKind.Date),
        new("Onderdeel", l => l.Step.Label),
        new("Berekening", l => l.Step.Explanation),
        new("Bedrag", l => l.Step.Amount, ExportKind.Number),
        new("Totaal categorie en jaar", l => l.Row.Total, ExportKind.Number),
        new("Drempel", l => l.Row.Threshold?.Amount, ExportKind.Number),
        new("Drempelperiode", l => l.Row.Threshold?.PeriodLabel),
        new("Aandeel van de drempel (%)", l => l.Row.SharePercent, ExportKind.Number),
        new("Oordeel", l => Enums.Label(l.Row.Level)),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await reports.ForAsync(db, Today, ct);
        Table = await ThresholdList.AllAsync(db, ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var report = await reports.ForAsync(db, Today, ct);
        var lines = report.Rows.SelectMany(r => r.Purchases.SelectMany(p => p.Steps.Select(s => new ExportLine(r, p, s))));
        return ExportFile.Create(lines, ExportColumns, exportFormat, "drempelmonitor", clock.GetUtcNow());
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);
}
