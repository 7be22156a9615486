using System.Globalization;

namespace Regie.Web.Infrastructure.Assessments;

/// <summary>What makes a criteria set usable: checked on every save and again before publishing.</summary>
public static class CriteriaSetRules
{
    public const int MaxCriteria = 30;
    public const int MaxRules = 10;
    public const int MaxScalePoints = 11;
    public const int NameMax = 200;
    public const int DescriptionMax = 8000;
    public const int CriterionTextMax = 2000;
    public const int LabelMax = 200;

    public static IReadOnlyList<RuleViolation> Check(CriteriaSet set)
    {
        var problems = new List<RuleViolation>();
        void Add(string part, string message) => problems.Add(new(part, message));

        if (string.IsNullOrWhiteSpace(set.Name)) Add(nameof(set.Name), "Geef de criteriaset een naam.");
        else if (set.Name.Length > NameMax) Add(nameof(set.Name), $"De naam mag niet langer zijn dan {NameMax} tekens.");
        if (set.Description.Length > DescriptionMax) Add(nameof(set.Description), "De toelichting mag niet langer zijn dan 8.000 tekens.");
        if (set.RequiredAssessors is < 1 or > 5) Add(nameof(set.RequiredAssessors), "Het aantal beoordelaars moet tussen 1 en 5 liggen.");

        CheckScale(set.Scale, Add);
        CheckCriteria(set, Add);
        CheckRules(set, Add);
        return problems;
    }

    private static void CheckScale(Scale scale, Action<string, string> add)
    {
        if (scale.Min >= scale.Max) { add(nameof(Scale), "De laagste score van de schaal moet kleiner zijn dan de hoogste."); return; }
        if (scale.Min < 0 || scale.Max - scale.Min + 1 > MaxScalePoints) { add(nameof(Scale), $"De schaal loopt van 0 of hoger en heeft hoogstens {MaxScalePoints} punten."); return; }
        for (var point = scale.Min; point <= scale.Max; point++)
        {
            if (!scale.Labels.TryGetValue(point, out var label) || string.IsNullOrWhiteSpace(label))
                add($"Scale[{point}]", $"Beschrijf wat score {point} betekent.");
            else if (label.Length > LabelMax)
                add($"Scale[{point}]", $"De betekenis van score {point} mag niet langer zijn dan {LabelMax} tekens.");
        }
        foreach (var extra in scale.Labels.Keys.Where(k => k < scale.Min || k > scale.Max))
            add($"Scale[{extra}]", $"Score {extra} valt buiten de schaal van {scale.Min} tot en met {scale.Max}.");
    }

    private static void CheckCriteria(CriteriaSet set, Action<string, string> add)
    {
        if (set.Criteria.Count == 0) { add(nameof(set.Criteria), "Voeg ten minste één criterium toe."); return; }
        if (set.Criteria.Count > MaxCriteria) add(nameof(set.Criteria), $"Een set heeft hoogstens {MaxCriteria} criteria.");
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < set.Criteria.Count; i++)
        {
            var c = set.Criteria[i];
            var row = $"Criterium {i + 1}";
            var part = $"Criteria[{i}]";
            if (string.IsNullOrWhiteSpace(c.Key)) add(part + ".Key", $"{row}: vul een korte code in.");
            else if (!keys.Add(c.Key.Trim())) add(part + ".Key", $"{row}: de code '{c.Key}' komt al eerder voor; elke code mag één keer voorkomen.");
            else if (c.Key.Length > 50 || c.Key.Any(ch => !char.IsAsciiLetterOrDigit(ch) && ch != '-'))
                add(part + ".Key", $"{row}: de code bestaat uit letters, cijfers en streepjes (hoogstens 50).");
            if (string.IsNullOrWhiteSpace(c.Name)) add(part + ".Name", $"{row}: vul de naam van het criterium in.");
            else if (c.Name.Length > LabelMax) add(part + ".Name", $"{row}: de naam mag niet langer zijn dan {LabelMax} tekens.");
            if (c.Description.Length > CriterionTextMax) add(part + ".Description", $"{row}: de uitleg mag niet langer zijn dan 2.000 tekens.");
            if (c.Weight <= 0) add(part + ".Weight", $"{row}: het gewicht moet groter zijn dan 0.");
            else if (c.Weight > 100) add(part + ".Weight", $"{row}: het gewicht mag hoogstens 100 zijn.");
            if (c.KnockOutBelow is { } floor && (floor <= set.Scale.Min || floor > set.Scale.Max))
                add(part + ".KnockOutBelow", $"{row}: de knock-outgrens moet hoger zijn dan {set.Scale.Min} en hoogstens {set.Scale.Max}.");
        }
    }

    private static void CheckRules(CriteriaSet set, Action<string, string> add)
    {
        if (set.OutcomeRules.Count == 0) { add(nameof(set.OutcomeRules), "Voeg ten minste één uitkomstregel toe."); return; }
        if (set.OutcomeRules.Count > MaxRules) add(nameof(set.OutcomeRules), $"Een set heeft hoogstens {MaxRules} uitkomstregels.");
        var levels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        OutcomeRule? previous = null;
        for (var i = 0; i < set.OutcomeRules.Count; i++)
        {
            var r = set.OutcomeRules[i];
            var row = $"Uitkomstregel {i + 1}";
            var part = $"OutcomeRules[{i}]";
            if (string.IsNullOrWhiteSpace(r.Level)) add(part + ".Level", $"{row}: vul de naam van de uitkomst in.");
            else if (r.Level.Length > 100) add(part + ".Level", $"{row}: de naam van de uitkomst mag niet langer zijn dan 100 tekens.");
            else if (!levels.Add(r.Level.Trim())) add(part + ".Level", $"{row}: de uitkomst '{r.Level}' komt al eerder voor.");
            if (r.MinimumPercentage is < 0 or > 100) add(part + ".MinimumPercentage", $"{row}: het minimum moet tussen 0 en 100 procent liggen.");
            if (r.MinimumPerCriterion is { } floor && (floor < set.Scale.Min || floor > set.Scale.Max))
                add(part + ".MinimumPerCriterion", $"{row}: de minimumscore per criterium moet op de schaal liggen ({set.Scale.Min} tot en met {set.Scale.Max}).");
            if (r.ValidMonths is < 1 or > 120) add(part + ".ValidMonths", $"{row}: de geldigheid moet tussen 1 en 120 maanden liggen.");
            if (previous is not null && !IsBelow(r, previous))
                add(part + ".MinimumPercentage", $"{row}: zet de regels van hoog naar laag; deze regel vraagt niet minder dan de regel erboven, dus hij zou nooit gelden.");
            previous = r;
        }
    }

    /// <summary>A later rule must ask less than the one above it, or it can never win.</summary>
    private static bool IsBelow(OutcomeRule rule, OutcomeRule above) =>
        rule.MinimumPercentage < above.MinimumPercentage
        || (rule.MinimumPercentage == above.MinimumPercentage && (rule.MinimumPerCriterion ?? int.MinValue) < (above.MinimumPerCriterion ?? int.MinValue));

    /// <summary>"≥ 80% en overal ten minste 3": a rule as one Dutch phrase.</summary>
    public static string Describe(OutcomeRule rule)
    {
        var text = "ten minste " + rule.MinimumPercentage.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")) + "%";
        return rule.MinimumPerCriterion is { } floor ? text + $" en bij elk criterium ten minste {floor}" : text;
    }
}
