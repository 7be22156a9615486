using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs;

[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed class OverviewModel(RegieDbContext db, SchoolDirectory directory, NeedOverviews overviews, TimeProvider clock) : PageModel
{
    /// <summary>"alle" counts finished and rejected needs too; by default only open needs count.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    /// <summary>The page of the school table; a large board's schools do not all fit on one screen.</summary>
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public NeedOverview Overview { get; private set; } = null!;
    public Paged<PillarCounts> SchoolRows { get; private set; } = null!;
    public bool OnlyOpen => Show != "alle";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Overview = await overviews.ForCurrentBoardAsync(db, await directory.ForCurrentBoardAsync(db, ct), OnlyOpen, ct);
        SchoolRows = Overview.Schools.ToPaged(PageNumber);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var overview = await overviews.ForCurrentBoardAsync(db, await directory.ForCurrentBoardAsync(db, ct), OnlyOpen, ct);
        var columns = new List<ExportColumn<PillarCounts>> { new("School", r => r.Name) };
        columns.AddRange(Pillars.All.Select(p => new ExportColumn<PillarCounts>(Enums.Label(p), r => r[p], ExportKind.Number)));
        columns.Add(new("Totaal", r => r.Total, ExportKind.Number));
        var rows = overview.Schools.Append(overview.WholeBoard).Prepend(overview.Shown);
        return ExportFile.Create(rows, columns, exportFormat, OnlyOpen ? "behoeften-per-pijler-open" : "behoeften-per-pijler", clock.GetUtcNow());
    }

    /// <summary>The chart's data; the table under the chart shows the same numbers.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        labels = Pillars.All.Select(p => Enums.Label(p)),
        datasets = new[]
        {
            new { label = "Open behoeften", data = Pillars.All.Select(p => Overview.Open[p]) },
            new { label = "Alle behoeften", data = Pillars.All.Select(p => Overview.All[p]) },
        },
    });
}
