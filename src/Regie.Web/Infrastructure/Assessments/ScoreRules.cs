namespace Regie.Web.Infrastructure.Assessments;

/// <summary>What a valid set of scores looks like: on the scale, with a rationale, for known criteria; complete when submitted.</summary>
public static class ScoreRules
{
    public const int RationaleMax = 4000;

    /// <summary>Violations keyed "criterionKey.Score" or "criterionKey.Rationale". A draft may leave criteria open; a submission or consensus may not.</summary>
    public static IReadOnlyList<RuleViolation> Check(CriteriaSet set, IReadOnlyCollection<CriterionScore> scores, bool complete)
    {
        var problems = new List<RuleViolation>();
        var byKey = scores.GroupBy(s => s.CriterionKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var unknown in byKey.Keys.Where(k => set.Criteria.All(c => c.Key != k)))
            problems.Add(new(unknown, $"Het criterium '{unknown}' hoort niet bij deze criteriaset."));
        foreach (var criterion in set.Criteria)
        {
            if (!byKey.TryGetValue(criterion.Key, out var given))
            {
                if (complete) problems.Add(new(criterion.Key + ".Score", $"Kies een score bij '{criterion.Name}' en licht die toe."));
                continue;
            }
            if (given.Count > 1) { problems.Add(new(criterion.Key + ".Score", $"Bij '{criterion.Name}' staat meer dan één score.")); continue; }
            var score = given[0];
            if (score.Score < set.Scale.Min || score.Score > set.Scale.Max)
                problems.Add(new(criterion.Key + ".Score", $"De score bij '{criterion.Name}' moet tussen {set.Scale.Min} en {set.Scale.Max} liggen."));
            if (string.IsNullOrWhiteSpace(score.Rationale))
                problems.Add(new(criterion.Key + ".Rationale", $"Licht de score bij '{criterion.Name}' toe."));
            else if (score.Rationale.Length > RationaleMax)
                problems.Add(new(criterion.Key + ".Rationale", $"De toelichting bij '{criterion.Name}' mag niet langer zijn dan 4.000 tekens."));
        }
        return problems;
    }

    /// <summary>The scores in the set's criterion order, trimmed, so stored lists read the same way everywhere.</summary>
    public static List<CriterionScore> Ordered(CriteriaSet set, IEnumerable<CriterionScore> scores)
    {
        var list = scores.ToList();
        return set.Criteria
            .Select(c => list.FirstOrDefault(s => s.CriterionKey == c.Key))
            .OfType<CriterionScore>()
            .Select(s => s with { Rationale = s.Rationale.Trim() })
            .ToList();
    }

    internal static void Require(CriteriaSet set, IReadOnlyCollection<CriterionScore> scores, bool complete)
    {
        var problems = Check(set, scores, complete);
        if (problems.Count > 0) throw new AssessmentRuleException(problems[0].Message);
    }
}
