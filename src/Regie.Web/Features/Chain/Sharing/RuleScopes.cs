using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing;

public sealed record GroupChoice(Guid Id, string Label, int Pupils);

public sealed record SchoolChoice(Guid Id, string Name, int Pupils, List<GroupChoice> Groups);

/// <summary>The board's schools and groups a rule can share, and what a rule's scopes mean in words and in pupils.</summary>
public static class RuleScopes
{
    public const string Tampered = "Een gekozen school of groep hoort niet (meer) bij uw bestuur. Kies opnieuw uit de lijst.";

    /// <summary>Active pupils per school and group: the only thing about pupils these pages show.</summary>
    public sealed record PupilCounts(IReadOnlyDictionary<Guid, int> PerSchool, IReadOnlyDictionary<Guid, int> PerGroup)
    {
        public int Covered(IEnumerable<SharingScope> scopes)
        {
            var list = scopes.ToList();
            var wholeSchools = list.Where(s => s.GroupId is null).Select(s => s.SchoolId).ToHashSet();
            return wholeSchools.Sum(s => PerSchool.GetValueOrDefault(s))
                + list.Where(s => s.GroupId is { } && !wholeSchools.Contains(s.SchoolId)).Select(s => s.GroupId!.Value).Distinct().Sum(g => PerGroup.GetValueOrDefault(g));
        }
    }

    public static async Task<PupilCounts> CountPupilsAsync(RegieDbContext db, CancellationToken ct)
    {
        var rows = await db.Pupils.AsNoTracking().Where(p => p.ArchivedAt == null)
            .GroupBy(p => new { p.SchoolId, p.GroupId }).Select(g => new { g.Key.SchoolId, g.Key.GroupId, Count = g.Count() }).ToListAsync(ct);
        return new PupilCounts(
            rows.GroupBy(r => r.SchoolId).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
            rows.Where(r => r.GroupId is not null).GroupBy(r => r.GroupId!.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)));
    }

    public static async Task<List<SchoolChoice>> TreeAsync(RegieDbContext db, CancellationToken ct)
    {
        var counts = await CountPupilsAsync(db, ct);
        var schools = await db.Schools.AsNoTracking().Where(s => s.ArchivedAt == null).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var groups = (await db.PupilGroups.AsNoTracking().Where(g => g.ArchivedAt == null)
                .Select(g => new { g.Id, g.SchoolId, g.Key, g.Name, g.YearGroup }).ToListAsync(ct))
            .OrderBy(g => g.YearGroup ?? int.MaxValue).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToLookup(g => g.SchoolId);
        return schools.Select(s => new SchoolChoice(s.Id, s.Name, counts.PerSchool.GetValueOrDefault(s.Id),
                groups[s.Id].Select(g => new GroupChoice(g.Id, GroupLabel(g.Key, g.Name), counts.PerGroup.GetValueOrDefault(g.Id))).ToList()))
            .ToList();
    }

    /// <summary>
    /// The scopes the posted ids ask for: a whole school, or chosen groups of a school that is not shared whole.
    /// Ids that are not the board's active schools and groups are refused, never silently dropped.
    /// </summary>
    public static List<(Guid SchoolId, Guid? GroupId)> Resolve(IReadOnlyCollection<Guid> schoolIds, IReadOnlyCollection<Guid> groupIds, List<SchoolChoice> tree, ModelStateDictionary state)
    {
        var schools = tree.Select(s => s.Id).ToHashSet();
        var groupSchool = tree.SelectMany(s => s.Groups.Select(g => (g.Id, School: s.Id))).ToDictionary(g => g.Id, g => g.School);
        if (schoolIds.Any(id => !schools.Contains(id)) || groupIds.Any(id => !groupSchool.ContainsKey(id)))
        {
            state.AddModelError("Input.Scopes", Tampered);
            return [];
        }
        var scopes = schoolIds.Distinct().Select(s => (s, (Guid?)null)).ToList();
        scopes.AddRange(groupIds.Distinct().Where(g => !schoolIds.Contains(groupSchool[g])).Select(g => (groupSchool[g], (Guid?)g)));
        if (scopes.Count == 0) state.AddModelError("Input.Scopes", "Kies ten minste één school of groep. Zonder keuze deelt de regel niets.");
        return scopes;
    }

    /// <summary>"De Linde (hele school); De Regenboog: groep 5A, groep 6B".</summary>
    public static async Task<Func<IEnumerable<SharingScope>, string>> DescriberAsync(RegieDbContext db, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var groups = await db.PupilGroups.AsNoTracking().Select(g => new { g.Id, g.Key, g.Name }).ToDictionaryAsync(g => g.Id, g => GroupLabel(g.Key, g.Name), ct);
        return scopes => Describe(scopes, schools, groups);
    }

    public static string Describe(IEnumerable<SharingScope> scopes, IReadOnlyDictionary<Guid, string> schools, IReadOnlyDictionary<Guid, string> groups)
    {
        var parts = scopes.GroupBy(s => s.SchoolId)
            .Select(g => (School: schools.GetValueOrDefault(g.Key, "Onbekende school"), Scopes: g.ToList()))
            .OrderBy(p => p.School, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => p.Scopes.Any(s => s.GroupId is null)
                ? $"{p.School} (hele school)"
                : $"{p.School}: {string.Join(", ", p.Scopes.Select(s => groups.GetValueOrDefault(s.GroupId!.Value, "onbekende groep")).Order(StringComparer.CurrentCultureIgnoreCase))}")
            .ToList();
        return parts.Count == 0 ? "Niets" : string.Join("; ", parts);
    }

    private static string GroupLabel(string key, string name) =>
        string.IsNullOrWhiteSpace(name) ? $"groep {key}" : name.Contains(key, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({key})";
}
