using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;

namespace Regie.Web.Features.Chain.Api;

/// <summary>
/// The schools, groups and pupils a sharing rule covers right now: archived schools, groups and pupils never count.
/// A scope on a whole school covers its current groups; a scope on a group covers only that group.
/// </summary>
public sealed class RuleScope
{
    public sealed record ScopedSchool(Guid Id, string Brin, string LocationNumber);

    public required Guid BoardId { get; init; }
    public required IReadOnlyDictionary<Guid, ScopedSchool> Schools { get; init; }
    /// <summary>The groups shown to the supplier, per id.</summary>
    public required IReadOnlyDictionary<Guid, PupilGroup> Groups { get; init; }
    private HashSet<Guid> WholeSchools { get; init; } = [];
    private HashSet<Guid> SharedGroups { get; init; } = [];

    public static async Task<RuleScope> LoadAsync(RegieDbContext db, SharingRule rule, CancellationToken ct)
    {
        var schoolIds = rule.Scopes.Select(s => s.SchoolId).Distinct().ToList();
        var schools = await db.Schools.IgnoreQueryFilters().AsNoTracking()
            .Where(s => schoolIds.Contains(s.Id) && s.BoardId == rule.BoardId && s.ArchivedAt == null)
            .OrderBy(s => s.Brin).ThenBy(s => s.LocationNumber)
            .Select(s => new ScopedSchool(s.Id, s.Brin, s.LocationNumber)).ToListAsync(ct);
        var active = schools.Select(s => s.Id).ToHashSet();
        var whole = rule.Scopes.Where(s => s.GroupId is null && active.Contains(s.SchoolId)).Select(s => s.SchoolId).ToHashSet();
        var named = rule.Scopes.Where(s => s.GroupId is not null && active.Contains(s.SchoolId)).Select(s => s.GroupId!.Value).ToList();
        var wholeList = whole.ToList();
        var groups = await db.PupilGroups.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.BoardId == rule.BoardId && g.ArchivedAt == null && (wholeList.Contains(g.SchoolId) || named.Contains(g.Id)))
            .OrderBy(g => g.Key).ToListAsync(ct);
        return new RuleScope
        {
            BoardId = rule.BoardId,
            Schools = schools.ToDictionary(s => s.Id),
            Groups = groups.Where(g => active.Contains(g.SchoolId)).ToDictionary(g => g.Id),
            WholeSchools = whole,
            SharedGroups = groups.Where(g => active.Contains(g.SchoolId) && named.Contains(g.Id)).Select(g => g.Id).ToHashSet(),
        };
    }

    /// <summary>The rule's pupils, in the database: not archived, at a whole school in scope or in a shared group.</summary>
    public IQueryable<Pupil> Pupils(RegieDbContext db)
    {
        var whole = WholeSchools.ToList();
        var groups = SharedGroups.ToList();
        return db.Pupils.IgnoreQueryFilters().Where(p => p.BoardId == BoardId && p.ArchivedAt == null
            && (EF.Parameter(whole).Contains(p.SchoolId) || (p.GroupId != null && EF.Parameter(groups).Contains(p.GroupId.Value))));
    }

    /// <summary>The same test for a pupil already loaded.</summary>
    public bool Covers(Guid boardId, Guid schoolId, Guid? groupId, bool archived) =>
        boardId == BoardId && !archived && Schools.ContainsKey(schoolId)
        && (WholeSchools.Contains(schoolId) || (groupId is { } g && SharedGroups.Contains(g)));
}
