using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>
/// Where the dashboard starts: a teacher's own groups, the schools a school leader or coordinator is assigned to,
/// and for everyone else the board's schools in figures only.
/// </summary>
[Authorize(Policy = Capabilities.ViewLearningResults)]
public sealed class IndexModel(RegieDbContext db, ChainAccess access, DashboardData data, SchoolDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardSettings Settings { get; set; } = new();
    public DateOnly Today { get; private set; }
    public DashboardPeriod Period { get; private set; } = null!;
    public IReadOnlyList<Aggregate> Groups { get; private set; } = [];
    public IReadOnlyList<Aggregate> Schools { get; private set; } = [];
    public IReadOnlyList<Aggregate> Board { get; private set; } = [];
    public bool SeesBoard => Groups.Count == 0 && Schools.Count == 0;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        await LoadAsync(ct);
        return ExportFile.Create([.. Groups, .. Schools, .. Board], Aggregate.Columns("Groep of school"), exportFormat, "leerresultaten", clock.GetUtcNow());
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = data.Today;
        Period = Settings.Period(Today);
        var schools = (await directory.ForCurrentBoardAsync(db, ct)).Find(new ListState { Status = "alle" }).ToDictionary(s => s.Id);
        var taught = await access.TaughtGroupsAsync(ct);
        var registers = await access.RegisterSchoolsAsync(ct);

        if (taught.Count > 0)
        {
            var groups = await db.PupilGroups.AsNoTracking().Where(g => taught.Contains(g.Id) && g.ArchivedAt == null)
                .Select(g => new { g.Id, g.Name, g.SchoolId }).ToListAsync(ct);
            var pupils = (await db.Pupils.AsNoTracking().Where(p => p.GroupId != null && taught.Contains(p.GroupId.Value) && p.ArchivedAt == null)
                .Select(p => new { p.Id, GroupId = p.GroupId!.Value }).ToListAsync(ct)).ToLookup(p => p.GroupId, p => p.Id);
            var rows = new List<Aggregate>();
            foreach (var g in groups.OrderBy(g => g.Name, StringComparer.CurrentCultureIgnoreCase))
                rows.Add(Aggregate.Of(g.Id, g.Name, schools.GetValueOrDefault(g.SchoolId)?.Name, await data.ForGroupAsync(g.Id, Period, ct), pupils[g.Id], Period));
            Groups = rows;
        }
        if (registers.Count > 0)
            Schools = await SchoolRowsAsync(registers.Where(schools.ContainsKey).Select(id => schools[id]), ct);
        if (SeesBoard)
        {
            var analyses = await data.ForBoardAsync(Period, ct);
            var pupils = await data.PupilIdsAsync(null, bySchool: true, ct);
            Board = schools.Values.Where(s => s.ArchivedAt is null).OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(s => Aggregate.Of(s.Id, s.Name, null, analyses.GetValueOrDefault(s.Id), pupils[s.Id], Period)).ToList();
        }
    }

    private async Task<IReadOnlyList<Aggregate>> SchoolRowsAsync(IEnumerable<SchoolListItem> schools, CancellationToken ct)
    {
        var rows = new List<Aggregate>();
        foreach (var school in schools.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            var analysis = await data.ForSchoolAsync(school.Id, Period, ct);
            var pupils = await data.PupilIdsAsync(school.Id, bySchool: true, ct);
            rows.Add(Aggregate.Of(school.Id, school.Name, null, analysis.Whole, pupils[school.Id], Period));
        }
        return rows;
    }
}
