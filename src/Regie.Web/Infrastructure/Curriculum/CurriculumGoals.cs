using System.Text.Json;

namespace Regie.Web.Infrastructure.Curriculum;

/// <summary>One goal of a versioned curriculum code list, e.g. kerndoel 23 of the primary-education list of 2006.</summary>
public sealed record CurriculumGoal(string Code, string List, string Version, int Number, string Domain, string Topic, DateOnly ValidFrom, DateOnly? ValidUntil);

/// <summary>
/// Curriculum code lists shipped as data (Infrastructure/Curriculum/*.json, embedded). A list has versions: goals of an
/// older version keep their codes so items and results that name them stay readable after a new version takes over.
/// </summary>
public static class CurriculumGoals
{
    private static readonly Lazy<IReadOnlyList<CurriculumGoal>> Goals = new(Load);
    private static readonly Lazy<Dictionary<string, CurriculumGoal>> ByCode = new(() => Goals.Value.ToDictionary(g => g.Code, StringComparer.Ordinal));

    public static IReadOnlyList<CurriculumGoal> All => Goals.Value;

    /// <summary>The goals valid today, ordered by list and number.</summary>
    public static IReadOnlyList<CurriculumGoal> Current => ValidOn(DateOnly.FromDateTime(DateTime.UtcNow));

    public static IReadOnlyList<CurriculumGoal> ValidOn(DateOnly day) =>
        Goals.Value.Where(g => g.ValidFrom <= day && (g.ValidUntil is null || g.ValidUntil > day)).ToList();

    public static CurriculumGoal? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    private static IReadOnlyList<CurriculumGoal> Load()
    {
        var assembly = typeof(CurriculumGoals).Assembly;
        var goals = new List<CurriculumGoal>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Regie.Curriculum.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            goals.AddRange(JsonSerializer.Deserialize<List<CurriculumGoal>>(stream, JsonSerializerOptions.Web)!);
        }
        return goals.OrderBy(g => g.List, StringComparer.Ordinal).ThenBy(g => g.Number).ToList();
    }
}
