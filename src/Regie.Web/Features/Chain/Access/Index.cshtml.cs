using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Access;

/// <summary>Every roster fetch and result delivery at the schools the user is privacy contact of; entries are only ever read.</summary>
[Authorize(Policy = Capabilities.ViewDataAccessLog)]
public sealed class IndexModel(RegieDbContext db, ChainAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public AccessLogState State { get; set; } = new();
    public IReadOnlyDictionary<Guid, string> Schools { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<(Guid Id, string Name)> Suppliers { get; private set; } = [];
    public Paged<AccessLogRow>? Entries { get; private set; }
    public AccessChart Chart { get; private set; } = null!;
    public PupilSearch Search { get; } = new();

    private static readonly IReadOnlyList<ExportColumn<AccessLogRow>> ExportColumns =
    [
        new("Tijdstip", r => r.At, ExportKind.DateTime),
        new("School", r => r.SchoolName),
        new("Leverancier", r => r.SupplierName),
        new("Product", r => r.ProductName),
        new("Soort", r => r.Kind),
        new("Door", r => r.Actor),
        new("Records", r => r.RecordCount, ExportKind.Number),
        new("Leerlingen", r => r.PupilCount, ExportKind.Number),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        return Request.IsHtmx() ? Partial("_AccessRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var schools = await access.PrivacySchoolsAsync(ct);
        if (schools.Count == 0) return NotFound();
        return ExportFile.Create(await AccessLog.FindAsync(db, schools, State, ct), ExportColumns, exportFormat, "toegangslog", clock.GetUtcNow());
    }

    /// <summary>A POST, so a pupil's name never ends up in a URL or a server log.</summary>
    public async Task<IActionResult> OnPostFindPupilAsync([FromForm(Name = "Leerling")] string? term, CancellationToken ct)
    {
        State = new AccessLogState();
        if (!await LoadAsync(ct)) return Page();
        await Search.RunAsync(db, Schools, term, ModelState, ct);
        return Page();
    }

    /// <summary>False when the user is privacy contact of no school: the page then explains how one becomes one.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var schools = await access.PrivacySchoolsAsync(ct);
        if (schools.Count == 0) return false;
        Schools = await AccessLog.SchoolNamesAsync(db, schools, ct);
        var ids = schools.ToList();
        Suppliers = (await db.DataAccessEntries.AsNoTracking().Where(e => ids.Contains(e.SchoolId))
                .Select(e => new { e.SupplierId, e.SupplierName }).Distinct().ToListAsync(ct))
            .GroupBy(s => s.SupplierId).Select(g => (g.Key, g.First().SupplierName)).OrderBy(s => s.SupplierName).ToList();
        if (State.From is { } from && State.To is { } to && to < from)
            ModelState.AddModelError(nameof(AccessLogState.To), "De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.");
        var rows = await AccessLog.FindAsync(db, schools, State, ct);
        Entries = rows.ToPaged(State.PageNumber);
        Chart = AccessLog.Chart(rows, State, AccessLog.Day(clock.GetUtcNow()));
        return true;
    }
}
