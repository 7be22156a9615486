using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>
/// A school's groups in figures. Never names: those are on the group pages, which open only for the group's teachers
/// and the school's register users; everyone else in the board sees the figures without links.
/// </summary>
[Authorize(Policy = Capabilities.ViewLearningResults)]
public sealed class SchoolModel(RegieDbContext db, ChainAccess access, DashboardData data, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardSettings Settings { get; set; } = new();
    public Guid SchoolId { get; private set; }
    public string SchoolName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public DashboardPeriod Period { get; private set; } = null!;
    public Aggregate Whole { get; private set; } = null!;
    public IReadOnlyList<Aggregate> Groups { get; private set; } = [];
    public IReadOnlySet<Guid> OpenGroups { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        return ExportFile.Create([Whole, .. Groups], Aggregate.Columns("Groep"), exportFormat, "leerresultaten-school", clock.GetUtcNow());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schools.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(ct) is not { } name) return false;
        (SchoolId, SchoolName, Today) = (id, name, data.Today);
        Period = Settings.Period(Today);
        var analysis = await data.ForSchoolAsync(id, Period, ct);
        var pupils = await data.PupilIdsAsync(id, bySchool: false, ct);
        var groups = await db.PupilGroups.AsNoTracking().Where(g => g.SchoolId == id && g.ArchivedAt == null)
            .Select(g => new { g.Id, g.Name }).ToListAsync(ct);

        Whole = Aggregate.Of(id, "Hele school", null, analysis.Whole, pupils.SelectMany(p => p), Period);
        Groups = groups.OrderBy(g => g.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => Aggregate.Of(g.Id, g.Name, null, analysis.Groups.GetValueOrDefault(g.Id), pupils[g.Id], Period)).ToList();
        var taught = await access.TaughtGroupsAsync(ct);
        OpenGroups = (await access.RegisterSchoolsAsync(ct)).Contains(id) ? groups.Select(g => g.Id).ToHashSet() : groups.Select(g => g.Id).Where(taught.Contains).ToHashSet();
        return true;
    }
}
