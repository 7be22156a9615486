using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register.Import;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Chain.Register;

public sealed record RegisterSchool(Guid Id, string Name, string LocationCode, string City, int Pupils, int Groups, DateTimeOffset? LastImport);

/// <summary>A row of a school's pupil list; set by member initialisation so queries can still filter and sort on it.</summary>
public sealed class PupilListItem
{
    public Guid Id { get; init; }
    public string PupilNumber { get; init; } = "";
    public string GivenName { get; init; } = "";
    public string? Prefix { get; init; }
    public string FamilyName { get; init; } = "";
    public Guid? GroupId { get; init; }
    public string? GroupKey { get; init; }
    public string? GroupName { get; init; }
    public int? YearGroup { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public bool HasEckId { get; init; }
    public DateTimeOffset? ArchivedAt { get; init; }

    public string SortName => string.Join(' ', new[] { FamilyName + ",", GivenName, Prefix }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>The register's reads: always for schools the caller has already checked with <see cref="ChainAccess"/>.</summary>
public static class RegisterQueries
{
    public static async Task<List<RegisterSchool>> SchoolsAsync(RegieDbContext db, IReadOnlySet<Guid> schoolIds, CancellationToken ct)
    {
        var ids = schoolIds.ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.LocationCode, s.City }).ToListAsync(ct);
        var pupils = await db.Pupils.Where(p => ids.Contains(p.SchoolId) && p.ArchivedAt == null)
            .GroupBy(p => p.SchoolId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var groups = await db.PupilGroups.Where(g => ids.Contains(g.SchoolId) && g.ArchivedAt == null)
            .GroupBy(g => g.SchoolId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var imports = await LastImportsAsync(db, ids, ct);
        return schools.Select(s => new RegisterSchool(s.Id, s.Name, s.LocationCode, s.City, pupils.GetValueOrDefault(s.Id), groups.GetValueOrDefault(s.Id), imports.GetValueOrDefault(s.Id)))
            .ToList();
    }

    public static async Task<Dictionary<Guid, DateTimeOffset?>> LastImportsAsync(RegieDbContext db, List<Guid> schoolIds, CancellationToken ct)
    {
        var rows = await db.ImportJobs.AsNoTracking()
            .Where(j => j.Kind == PupilImport.ImportKind && j.Status == ImportStatus.Committed && j.ContextId != null && schoolIds.Contains(j.ContextId.Value))
            .Select(j => new { j.ContextId, j.CompletedAt }).ToListAsync(ct);
        // Max over DateTimeOffset is done here: SQLite cannot aggregate it.
        return rows.GroupBy(r => r.ContextId!.Value).ToDictionary(g => g.Key, g => g.Max(r => r.CompletedAt));
    }

    public static IQueryable<PupilListItem> Pupils(RegieDbContext db, Guid schoolId) =>
        from p in db.Pupils.AsNoTracking()
        where p.SchoolId == schoolId
        join g in db.PupilGroups on p.GroupId equals g.Id into groups
        from g in groups.DefaultIfEmpty()
        select new PupilListItem
        {
            Id = p.Id, PupilNumber = p.PupilNumber, GivenName = p.GivenName, Prefix = p.FamilyNamePrefix, FamilyName = p.FamilyName,
            GroupId = p.GroupId, GroupKey = g.Key, GroupName = g.Name, YearGroup = p.YearGroup, DateOfBirth = p.DateOfBirth,
            HasEckId = p.EckIdLookup != null, ArchivedAt = p.ArchivedAt,
        };

    public static IQueryable<PupilListItem> Find(this IQueryable<PupilListItem> pupils, PupilListState state)
    {
        pupils = state.Show switch
        {
            "gearchiveerd" => pupils.Where(p => p.ArchivedAt != null),
            "alle" => pupils,
            _ => pupils.Where(p => p.ArchivedAt == null),
        };
        if (state.Group is { } group) pupils = pupils.Where(p => p.GroupId == group);
        if (state.Search is { } search)
        {
            var pattern = "%" + search.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            pupils = pupils.Where(p => EF.Functions.Like(p.FamilyName.ToLower(), pattern, "\\") || EF.Functions.Like(p.GivenName.ToLower(), pattern, "\\")
                                       || EF.Functions.Like(p.PupilNumber.ToLower(), pattern, "\\"));
        }
        return (state.Sort, state.Desc) switch
        {
            ("groep", false) => pupils.OrderBy(p => p.GroupKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName),
            ("groep", true) => pupils.OrderByDescending(p => p.GroupKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName),
            ("nummer", false) => pupils.OrderBy(p => p.PupilNumber),
            ("nummer", true) => pupils.OrderByDescending(p => p.PupilNumber),
            ("jaargroep", false) => pupils.OrderBy(p => p.YearGroup).ThenBy(p => p.FamilyName),
            ("jaargroep", true) => pupils.OrderByDescending(p => p.YearGroup).ThenBy(p => p.FamilyName),
            (_, true) => pupils.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName),
            _ => pupils.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.PupilNumber),
        };
    }
}
