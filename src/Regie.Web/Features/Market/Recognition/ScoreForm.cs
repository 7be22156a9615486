using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>One criterion's row in a scoring or consensus form.</summary>
public sealed class ScoreField
{
    public string Key { get; set; } = "";
    public int? Score { get; set; }
    public string? Rationale { get; set; }
}

/// <summary>What a score form shows: the field prefix, the set and the values.</summary>
public sealed record ScoreFormView(string Prefix, CriteriaSet Set, IReadOnlyList<ScoreField> Values);

public static class ScoreForm
{
    public static List<ScoreField> From(CriteriaSet set, IEnumerable<CriterionScore>? stored)
    {
        var scores = stored?.ToList() ?? [];
        return set.Criteria.Select(c => scores.FirstOrDefault(s => s.CriterionKey == c.Key) is { } s
            ? new ScoreField { Key = c.Key, Score = s.Score, Rationale = s.Rationale }
            : new ScoreField { Key = c.Key }).ToList();
    }

    /// <summary>
    /// The posted rows as scores, with every problem in <paramref name="state"/> under the row's field name.
    /// Null when something is wrong. Untouched rows are left out of a draft.
    /// </summary>
    public static List<CriterionScore>? Read(CriteriaSet set, IReadOnlyList<ScoreField> posted, string prefix, ModelStateDictionary state, bool complete)
    {
        var scores = new List<CriterionScore>();
        var ok = true;
        for (var i = 0; i < set.Criteria.Count; i++)
        {
            var criterion = set.Criteria[i];
            var row = posted.FirstOrDefault(p => p.Key == criterion.Key);
            var rationale = row?.Rationale?.Trim() ?? "";
            if (row?.Score is { } score) scores.Add(new CriterionScore(criterion.Key, score, rationale));
            else if (rationale.Length > 0 && !complete)
            {
                state.AddModelError($"{prefix}[{i}].Score", $"Kies een score bij '{criterion.Name}' om de toelichting te bewaren.");
                ok = false;
            }
        }
        foreach (var problem in ScoreRules.Check(set, scores, complete))
        {
            var (key, field) = (problem.Part.Split('.')[0], problem.Part.Split('.').ElementAtOrDefault(1) ?? "Score");
            var index = set.Criteria.FindIndex(c => c.Key == key);
            state.AddModelError(index < 0 ? "" : $"{prefix}[{index}].{field}", problem.Message);
            ok = false;
        }
        return ok && state.IsValid ? scores : null;
    }
}
