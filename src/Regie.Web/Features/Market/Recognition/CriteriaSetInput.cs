using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Web.Features.Market.Recognition;

public sealed class CriterionRow
{
    [Display(Name = "Code")] public string? Key { get; set; }
    [Display(Name = "Naam")] public string? Name { get; set; }
    [Display(Name = "Waar let de commissie op")] public string? Description { get; set; }
    [Display(Name = "Gewicht")] public string? Weight { get; set; }
    [Display(Name = "Knock-out: geen erkenning bij een score onder")] public int? KnockOutBelow { get; set; }
    [Display(Name = "Dit criterium verwijderen")] public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description)
        && string.IsNullOrWhiteSpace(Weight) && KnockOutBelow is null;
}

public sealed class RuleRow
{
    [Display(Name = "Uitkomst")] public string? Level { get; set; }
    [Display(Name = "Minimale gewogen score (%)")] public string? MinimumPercentage { get; set; }
    [Display(Name = "Minimale score bij elk criterium")] public int? MinimumPerCriterion { get; set; }
    [Display(Name = "Geldig (maanden)")] public int? ValidMonths { get; set; }
    [Display(Name = "Deze regel verwijderen")] public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Level) && string.IsNullOrWhiteSpace(MinimumPercentage) && MinimumPerCriterion is null && ValidMonths is null;
}

public sealed class LabelRow
{
    public int Point { get; set; }
    public string? Text { get; set; }
}

/// <summary>The edit form of an unpublished criteria set. Blank and removed rows are left out; the rest goes through <see cref="CriteriaSetRules"/>.</summary>
public sealed class CriteriaSetInput
{
    public int Version { get; set; }
    [Display(Name = "Naam")] public string? Name { get; set; }
    [Display(Name = "Toelichting")] public string? Description { get; set; }
    [Display(Name = "Aantal onafhankelijke beoordelaars")] public int? RequiredAssessors { get; set; }
    [Display(Name = "Laagste score")] public int? ScaleMin { get; set; }
    [Display(Name = "Hoogste score")] public int? ScaleMax { get; set; }
    public List<LabelRow> Labels { get; set; } = [];
    public List<CriterionRow> Criteria { get; set; } = [];
    public List<RuleRow> Rules { get; set; } = [];

    public const int BlankCriteria = 2;

    public static CriteriaSetInput From(CriteriaSet set) => new CriteriaSetInput
    {
        Version = set.Version, Name = set.Name, Description = set.Description, RequiredAssessors = set.RequiredAssessors,
        ScaleMin = set.Scale.Min, ScaleMax = set.Scale.Max,
        Labels = set.Scale.Labels.OrderBy(l => l.Key).Select(l => new LabelRow { Point = l.Key, Text = l.Value }).ToList(),
        Criteria = set.Criteria.Select(c => new CriterionRow
        {
            Key = c.Key, Name = c.Name, Description = c.Description, Weight = Format(c.Weight), KnockOutBelow = c.KnockOutBelow,
        }).ToList(),
        Rules = set.OutcomeRules.Select(r => new RuleRow
        {
            Level = r.Level, MinimumPercentage = Format(r.MinimumPercentage), MinimumPerCriterion = r.MinimumPerCriterion, ValidMonths = r.ValidMonths,
        }).ToList(),
    }.WithBlankRows();

    /// <summary>Room for new rows, so a criterion or rule can be added without JavaScript.</summary>
    public CriteriaSetInput WithBlankRows()
    {
        while (Criteria.Count(c => c.IsBlank) < BlankCriteria) Criteria.Add(new CriterionRow());
        if (!Rules.Any(r => r.IsBlank)) Rules.Add(new RuleRow());
        return this;
    }

    /// <summary>The points the scale labels are asked for: the typed range when it is sensible, else the stored one.</summary>
    public IEnumerable<int> Points() =>
        ScaleMin is { } min && ScaleMax is { } max && min < max && max - min < CriteriaSetRules.MaxScalePoints ? Enumerable.Range(min, max - min + 1) : [];

    public string? LabelFor(int point) => Labels.FirstOrDefault(l => l.Point == point)?.Text;

    /// <summary>Applies the form to the set when every rule holds; otherwise records each problem under its field and changes nothing.</summary>
    public bool TryApply(CriteriaSet set, ModelStateDictionary state)
    {
        var criteria = new List<(int Row, Criterion Value)>();
        for (var i = 0; i < Criteria.Count; i++)
        {
            var row = Criteria[i];
            if (row.Remove || row.IsBlank) continue;
            if (!TryParse(row.Weight, out var weight))
            {
                weight = 1; // reported once, as unreadable, not again as zero
                state.AddModelError($"Input.Criteria[{i}].Weight", $"Criterium {i + 1}: vul het gewicht in als getal, bijvoorbeeld 2 of 1,5.");
            }
            criteria.Add((i, new Criterion((row.Key ?? "").Trim(), (row.Name ?? "").Trim(), (row.Description ?? "").Trim(), weight, row.KnockOutBelow)));
        }
        var rules = new List<(int Row, OutcomeRule Value)>();
        for (var i = 0; i < Rules.Count; i++)
        {
            var row = Rules[i];
            if (row.Remove || row.IsBlank) continue;
            if (!TryParse(row.MinimumPercentage, out var percentage))
                state.AddModelError($"Input.Rules[{i}].MinimumPercentage", $"Uitkomstregel {i + 1}: vul het minimum in als percentage, bijvoorbeeld 65.");
            rules.Add((i, new OutcomeRule((row.Level ?? "").Trim(), percentage, row.MinimumPerCriterion, row.ValidMonths ?? 0)));
        }
        var min = ScaleMin ?? 0;
        var max = ScaleMax ?? 0;
        var labels = Points().ToDictionary(p => p, p => (LabelFor(p) ?? "").Trim());

        var candidate = new CriteriaSet
        {
            Name = (Name ?? "").Trim(), Description = (Description ?? "").Trim(), RequiredAssessors = RequiredAssessors ?? 0,
            Criteria = criteria.Select(c => c.Value).ToList(), Scale = new Scale(min, max, labels), OutcomeRules = rules.Select(r => r.Value).ToList(),
        };
        foreach (var problem in CriteriaSetRules.Check(candidate))
            state.AddModelError(FieldOf(problem.Part, criteria.Select(c => c.Row).ToList(), rules.Select(r => r.Row).ToList(), min), problem.Message);
        if (!state.IsValid) return false;
        set.Revise(candidate.Name, candidate.Description, candidate.RequiredAssessors, candidate.Criteria, candidate.Scale, candidate.OutcomeRules);
        return true;
    }

    private static string FieldOf(string part, List<int> criterionRows, List<int> ruleRows, int min)
    {
        static (string Head, int Index, string Tail) Split(string p)
        {
            var open = p.IndexOf('[', StringComparison.Ordinal);
            var close = p.IndexOf(']', StringComparison.Ordinal);
            return (p[..open], int.Parse(p[(open + 1)..close], CultureInfo.InvariantCulture), p[(close + 1)..]);
        }
        if (!part.Contains('[', StringComparison.Ordinal))
            return part switch
            {
                nameof(CriteriaSet.Scale) => "Input.ScaleMin",
                nameof(CriteriaSet.Criteria) => "Input.Criteria[0].Key",
                nameof(CriteriaSet.OutcomeRules) => "Input.Rules[0].Level",
                _ => "Input." + part,
            };
        var (head, index, tail) = Split(part);
        return head switch
        {
            "Criteria" => $"Input.Criteria[{criterionRows[index]}]{tail}",
            "OutcomeRules" => $"Input.Rules[{ruleRows[index]}]{tail}",
            _ => $"Input.Labels[{index - min}].Text",
        };
    }

    private static bool TryParse(string? text, out decimal value) =>
        decimal.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));
}
