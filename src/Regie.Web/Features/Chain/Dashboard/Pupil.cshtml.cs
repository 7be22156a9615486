using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>One pupil across all learning materials: for the teachers of the pupil's group and the school's register users.</summary>
[Authorize(Policy = Capabilities.ViewLearningResults)]
public sealed class PupilModel(RegieDbContext db, ChainAccess access, DashboardData data, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardSettings Settings { get; set; } = new();
    public PupilName Pupil { get; private set; } = null!;
    public (Guid Id, string Name)? Group { get; private set; }
    public string SchoolName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public DashboardReport Report { get; private set; } = null!;
    public PupilRow Row => Report.Pupils[0];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? DashboardWorkbook.File(Report, "leerresultaten-leerling", clock.GetUtcNow()) : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // Only the columns the page shows: never the numbers, the date of birth or the sealed ECK iD.
        var pupil = await db.Pupils.AsNoTracking().Where(p => p.Id == id && p.ArchivedAt == null)
            .Select(p => new { p.Id, p.SchoolId, p.GroupId, p.GivenName, p.FamilyNamePrefix, p.FamilyName }).SingleOrDefaultAsync(ct);
        if (pupil is null) return false;
        var taught = pupil.GroupId is { } groupId && (await access.TaughtGroupsAsync(ct)).Contains(groupId);
        if (!taught && !(await access.RegisterSchoolsAsync(ct)).Contains(pupil.SchoolId)) return false;

        Pupil = new PupilName(pupil.Id, pupil.GroupId, Name(pupil.GivenName, pupil.FamilyNamePrefix, pupil.FamilyName), Name(pupil.FamilyName, pupil.FamilyNamePrefix, pupil.GivenName));
        if (pupil.GroupId is { } g && await db.PupilGroups.FindAsync([g], ct) is { } group) Group = (group.Id, group.Name);
        SchoolName = (await db.Schools.FindAsync([pupil.SchoolId], ct))?.Name ?? "";
        Today = data.Today;
        var analysis = await data.ForPupilAsync(id, Settings.Period(Today), ct);
        Report = DashboardReport.Build(analysis, [Pupil], await data.ProductNamesAsync(analysis.Products.Keys, ct));
        return true;
    }

    private static string Name(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
