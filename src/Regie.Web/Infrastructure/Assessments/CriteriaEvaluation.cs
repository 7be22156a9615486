namespace Regie.Web.Infrastructure.Assessments;

/// <summary>What a set of scores earns under a criteria set: the weighted percentage, the blocking criteria and the winning rule.</summary>
public sealed record CriteriaOutcome(decimal Percentage, IReadOnlyList<Criterion> KnockedOutBy, OutcomeRule? Rule)
{
    /// <summary>The outcome level, or null when no rule holds (or a knock-out criterion blocks every rule).</summary>
    public string? Level => Rule?.Level;

    /// <summary>The last day the outcome holds: the decision date plus the rule's validity in months.</summary>
    public DateOnly? ValidUntil(DateOnly decidedOn) => Rule is null ? null : decidedOn.AddMonths(Rule.ValidMonths);
}

/// <summary>
/// The pure arithmetic of a criteria set. The percentage runs over the scale: every criterion at the lowest point is 0%,
/// every criterion at the highest point is 100%, and each criterion counts by its weight.
/// </summary>
public static class CriteriaEvaluation
{
    public static decimal Percentage(CriteriaSet set, IReadOnlyCollection<CriterionScore> scores)
    {
        var byKey = ScoresByKey(set, scores);
        var span = set.Scale.Max - set.Scale.Min;
        var maximum = set.Criteria.Sum(c => c.Weight * span);
        var earned = set.Criteria.Sum(c => c.Weight * (byKey[c.Key] - set.Scale.Min));
        // Rounded before rules are applied, so the published percentage and the outcome never disagree.
        return Math.Round(earned / maximum * 100m, 2, MidpointRounding.AwayFromZero);
    }

    public static CriteriaOutcome Evaluate(CriteriaSet set, IReadOnlyCollection<CriterionScore> scores)
    {
        var byKey = ScoresByKey(set, scores);
        var percentage = Percentage(set, scores);
        var knockedOut = set.Criteria.Where(c => c.KnockOutBelow is { } floor && byKey[c.Key] < floor).ToList();
        if (knockedOut.Count > 0) return new CriteriaOutcome(percentage, knockedOut, null);
        var lowest = byKey.Values.Min();
        var rule = set.OutcomeRules.FirstOrDefault(r => percentage >= r.MinimumPercentage && (r.MinimumPerCriterion is not { } floor || lowest >= floor));
        return new CriteriaOutcome(percentage, [], rule);
    }

    private static Dictionary<string, int> ScoresByKey(CriteriaSet set, IReadOnlyCollection<CriterionScore> scores)
    {
        if (set.Criteria.Count == 0) throw new ArgumentException("A criteria set without criteria cannot be evaluated.", nameof(set));
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var score in scores) byKey[score.CriterionKey] = score.Score;
        var missing = set.Criteria.FirstOrDefault(c => !byKey.ContainsKey(c.Key));
        if (missing is not null) throw new ArgumentException($"No score for criterion '{missing.Key}'.", nameof(scores));
        var outside = byKey.FirstOrDefault(p => p.Value < set.Scale.Min || p.Value > set.Scale.Max);
        if (outside.Key is not null) throw new ArgumentException($"Score {outside.Value} for '{outside.Key}' is outside the scale.", nameof(scores));
        return byKey;
    }
}
