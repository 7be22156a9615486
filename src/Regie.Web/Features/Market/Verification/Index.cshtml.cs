using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Verification;

[Authorize(Policy = Capabilities.ModerateMarket)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<VerificationRow> Items { get; private set; } = null!;

    private static readonly IReadOnlyList<ExportColumn<VerificationRow>> ExportColumns =
    [
        new("Titel", r => r.Title),
        new("Leverancier", r => r.SupplierName),
        new("Gepubliceerd op", r => r.PublishedAt, ExportKind.Date),
        new("Aantal ongecontroleerde gegevens", r => r.Unverified.Count, ExportKind.Number),
        new("Ongecontroleerde gegevens", r => string.Join(", ", r.Unverified.Select(f => Enums.Label(f)))),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = (await VerificationQueue.FindAsync(db, State, ct)).ToPaged(State.PageNumber);
        return Request.IsHtmx() ? Partial("_VerificationRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await VerificationQueue.FindAsync(db, State, ct), ExportColumns, exportFormat, "te-controleren-gegevens", clock.GetUtcNow());
    }
}
