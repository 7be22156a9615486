using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain;

/// <summary>
/// Which schools and groups the signed-in user may see pupils of. Names stay inside the school: a teacher sees the groups
/// they teach, a school leader or coordinator the schools they are assigned to, and everyone else only aggregates.
/// Every chain page that shows a pupil asks here first.
/// </summary>
public sealed class ChainAccess(RegieDbContext db, TenantContext tenant)
{
    private Dictionary<Guid, HashSet<SchoolAssignmentKind>>? _assignments;
    private HashSet<Guid>? _taughtGroups;

    private Guid UserId => tenant.UserId ?? Guid.Empty;

    /// <summary>The user's assignments per school.</summary>
    public async Task<IReadOnlyDictionary<Guid, HashSet<SchoolAssignmentKind>>> AssignmentsAsync(CancellationToken ct = default)
    {
        if (_assignments is not null) return _assignments;
        var rows = await db.SchoolAssignments.AsNoTracking().Where(a => a.UserId == UserId).Select(a => new { a.SchoolId, a.Kind }).ToListAsync(ct);
        _assignments = rows.GroupBy(r => r.SchoolId).ToDictionary(g => g.Key, g => g.Select(r => r.Kind).ToHashSet());
        return _assignments;
    }

    /// <summary>Schools whose pupil register the user keeps: assigned as school leader or ICT coordinator.</summary>
    public async Task<IReadOnlySet<Guid>> RegisterSchoolsAsync(CancellationToken ct = default) =>
        (await AssignmentsAsync(ct)).Where(a => a.Value.Contains(SchoolAssignmentKind.SchoolLeader) || a.Value.Contains(SchoolAssignmentKind.Coordinator))
            .Select(a => a.Key).ToHashSet();

    /// <summary>Schools whose data-access log the user reads: assigned as privacy contact.</summary>
    public async Task<IReadOnlySet<Guid>> PrivacySchoolsAsync(CancellationToken ct = default) =>
        (await AssignmentsAsync(ct)).Where(a => a.Value.Contains(SchoolAssignmentKind.PrivacyContact)).Select(a => a.Key).ToHashSet();

    public async Task<IReadOnlySet<Guid>> TaughtGroupsAsync(CancellationToken ct = default)
    {
        if (_taughtGroups is not null) return _taughtGroups;
        _taughtGroups = (await db.GroupTeachers.AsNoTracking().Where(t => t.UserId == UserId).Select(t => t.GroupId).ToListAsync(ct)).ToHashSet();
        return _taughtGroups;
    }

    /// <summary>Whether the user may see this group's pupils by name: they teach it, or keep its school's register.</summary>
    public async Task<bool> SeesNamesInGroupAsync(PupilGroup group, CancellationToken ct = default) =>
        (await TaughtGroupsAsync(ct)).Contains(group.Id) || (await RegisterSchoolsAsync(ct)).Contains(group.SchoolId);

    public async Task<bool> SeesNamesInSchoolAsync(Guid schoolId, CancellationToken ct = default) =>
        (await RegisterSchoolsAsync(ct)).Contains(schoolId);
}
