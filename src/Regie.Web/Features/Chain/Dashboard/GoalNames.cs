using System.Collections.Concurrent;
using System.Globalization;
using Regie.Web.Infrastructure.Curriculum;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>A learning goal as the dashboard groups by it: a curriculum goal, a goal code we do not know, or a test without goal.</summary>
public sealed record GoalRef(string Key, string Label, int Order);

/// <summary>
/// Turns the goal codes suppliers send into the goals of our code list. Suppliers write a kerndoel as "23", "K23",
/// "kerndoel 23" or as our own code "kd-po-2006-23"; all of them are the same goal on the dashboard.
/// </summary>
public static class GoalNames
{
    private const string KerndoelList = "kerndoelen-po";
    private static readonly ConcurrentDictionary<string, GoalRef> Resolved = new(StringComparer.OrdinalIgnoreCase);

    public static GoalRef Resolve(string code)
    {
        code = code.Trim();
        if (Resolved.TryGetValue(code, out var known)) return known;
        // Codes come from suppliers: remember a bounded number so odd codes cannot grow memory without end.
        return Resolved.Count < 5_000 ? Resolved.GetOrAdd(code, Lookup) : Lookup(code);
    }

    /// <summary>Results without a goal are followed per test, so progress is still compared like with like.</summary>
    public static GoalRef ForTest(string testKey, string testName) => new("toets:" + testKey, $"{testName} (geen leerdoel)", 10_000);

    private static GoalRef Lookup(string code)
    {
        if (CurriculumGoals.Find(code.ToLowerInvariant()) is { } exact) return For(exact);
        if (KerndoelNumber(code) is { } number
            && CurriculumGoals.All.Where(g => g.List == KerndoelList && g.Number == number).OrderByDescending(g => g.ValidFrom).FirstOrDefault() is { } goal)
            return For(goal);
        return new GoalRef("code:" + code.ToUpperInvariant(), $"Leerdoel {code}", 5_000);
    }

    private static GoalRef For(CurriculumGoal goal) => new(goal.Code, $"Kerndoel {goal.Number}: {goal.Topic}", goal.Number);

    /// <summary>"23", "K23", "KD 23", "kerndoel 23" → 23.</summary>
    private static int? KerndoelNumber(string code)
    {
        var text = code.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "kerndoel", "kd", "k" })
            if (text.StartsWith(prefix, StringComparison.Ordinal)) { text = text[prefix.Length..].TrimStart(' ', '-', '.'); break; }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : null;
    }
}
