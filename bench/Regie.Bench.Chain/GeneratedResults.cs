using Microsoft.EntityFrameworkCore;
using Regie.Web.Features.Chain.Sharing;

namespace Regie.Bench.Chain;

/// <summary>A pupil the rule shares, with the pseudonym the supplier got for it (null before the roster was fetched).</summary>
public sealed record SharedPupil(Guid Id, Guid SchoolId, Guid? GroupId, string PupilNumber, string? Pseudonym);

/// <summary>A test of the product, as the supplier describes it in every delivery.</summary>
public sealed record BenchTest(string Code, string Name, double Minimum, double Maximum, double Norm, string Goal);

public readonly record struct GeneratedResult(int Index, int Pupil, int Test, DateOnly TakenOn, double Score, int Minutes)
{
    /// <summary>The supplier's own key for the result: unique per supplier.</summary>
    public string Key => $"RR{Index:D9}";
}

/// <summary>
/// The results of one school year with a rekenen product, the same for every mode and run (fixed seed): each pupil in turn
/// gets a result on one of twelve blocks, taken on a school day in the last ten months, a score around the pupil's level
/// that grows over the year (a tenth of the pupils stays below the norm), and the minutes spent.
/// </summary>
public static class GeneratedResults
{
    public static readonly IReadOnlyList<BenchTest> Tests =
    [
        new("RR-B01", "Blok 1: getallen tot 1000", 0, 100, 60, "26"),
        new("RR-B02", "Blok 2: optellen en aftrekken", 0, 100, 60, "27"),
        new("RR-B03", "Blok 3: tafels en vermenigvuldigen", 0, 100, 60, "27"),
        new("RR-B04", "Blok 4: delen met rest", 0, 100, 55, "28"),
        new("RR-B05", "Blok 5: breuken", 0, 100, 55, "26"),
        new("RR-B06", "Blok 6: kommagetallen", 0, 100, 55, "26"),
        new("RR-B07", "Blok 7: procenten", 0, 100, 55, "26"),
        new("RR-B08", "Blok 8: meten en lengte", 0, 100, 60, "33"),
        new("RR-B09", "Blok 9: tijd en geld", 0, 100, 60, "33"),
        new("RR-B10", "Blok 10: meetkunde", 0, 100, 60, "32"),
        new("RR-B11", "Blok 11: tabellen en grafieken", 0, 100, 60, "24"),
        new("RR-B12", "Blok 12: schattend rekenen", 0, 100, 55, "29"),
    ];

    public static async Task<List<SharedPupil>> PupilsAsync(BenchDatabase database, SharingRule rule)
    {
        await using var db = database.Context();
        var schools = rule.Scopes.Select(s => s.SchoolId).Distinct().ToList();
        var candidates = await db.Pupils.AsNoTracking().Where(p => schools.Contains(p.SchoolId) && p.ArchivedAt == null)
            .Select(p => new { p.Id, p.SchoolId, p.GroupId, p.PupilNumber }).ToListAsync();
        var issued = await db.IssuedPseudonyms.AsNoTracking().Where(i => i.SupplierId == rule.SupplierId)
            .ToDictionaryAsync(i => i.PupilId, i => i.Value);
        return candidates
            .Where(p => rule.Scopes.Any(s => s.SchoolId == p.SchoolId && (s.GroupId is null || s.GroupId == p.GroupId)))
            .OrderBy(p => p.PupilNumber, StringComparer.Ordinal)
            .Select(p => new SharedPupil(p.Id, p.SchoolId, p.GroupId, p.PupilNumber, issued.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public static IEnumerable<GeneratedResult> Generate(int count, int pupils, DateOnly today)
    {
        var levels = new Random(7300);
        var level = new double[pupils];
        for (var p = 0; p < pupils; p++) level[p] = levels.NextDouble() < 0.1 ? 25 + levels.NextDouble() * 25 : 45 + levels.NextDouble() * 45;
        var random = new Random(7301);
        for (var i = 0; i < count; i++)
        {
            var pupil = i % pupils;
            var test = random.Next(Tests.Count);
            var daysAgo = random.Next(1, 300);
            var takenOn = today.AddDays(-daysAgo);
            if (takenOn.DayOfWeek == DayOfWeek.Saturday) takenOn = takenOn.AddDays(-1);
            else if (takenOn.DayOfWeek == DayOfWeek.Sunday) takenOn = takenOn.AddDays(-2);
            var growth = (300 - daysAgo) / 30.0;
            var score = Math.Clamp(Math.Round(level[pupil] + growth + (random.NextDouble() - 0.5) * 30), Tests[test].Minimum, Tests[test].Maximum);
            yield return new GeneratedResult(i, pupil, test, takenOn, score, 3 + random.Next(38));
        }
    }
}
