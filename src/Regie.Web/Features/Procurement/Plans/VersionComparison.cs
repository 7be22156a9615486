using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

public sealed record FieldChange(string Field, string Before, string After);

public sealed record ChangedLine(Guid LineKey, string Description, IReadOnlyList<FieldChange> Fields);

/// <summary>An amount before and after, e.g. the costs of one year or one category.</summary>
public sealed record AmountChange(string Label, decimal Before, decimal After)
{
    public decimal Difference => After - Before;
}

/// <summary>What changed from one version to the next: lines matched by their key, field by field, and the totals.</summary>
public sealed record VersionDifference(
    IReadOnlyList<InvestmentPlanLine> Added, IReadOnlyList<InvestmentPlanLine> Removed, IReadOnlyList<ChangedLine> Changed,
    IReadOnlyList<AmountChange> Years, IReadOnlyList<AmountChange> Categories, AmountChange Total)
{
    public bool None => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}

public static class VersionComparison
{
    /// <summary>Compares the lines that count in each version (removed lines count as absent).</summary>
    public static VersionDifference Compare(
        IEnumerable<InvestmentPlanLine> before, IEnumerable<InvestmentPlanLine> after, PlanTotals beforeTotals, PlanTotals afterTotals,
        decimal beforeReserve, decimal afterReserve, Func<Guid?, string> school)
    {
        var old = before.Where(l => !l.IsRemoved).ToDictionary(l => l.LineKey);
        var now = after.Where(l => !l.IsRemoved).ToDictionary(l => l.LineKey);
        var changed = now.Values.Where(l => old.ContainsKey(l.LineKey))
            .Select(l => new ChangedLine(l.LineKey, l.Description, Fields(old[l.LineKey], l, school)))
            .Where(c => c.Fields.Count > 0).OrderBy(c => c.Description, StringComparer.CurrentCultureIgnoreCase).ToList();

        var years = afterTotals.Horizon.All.Union(beforeTotals.Horizon.All).Order()
            .Select(y => new AmountChange(y.ToString(PlanLabels.Dutch), CostsIn(beforeTotals, y), CostsIn(afterTotals, y))).ToList();
        var categories = Enum.GetValues<PurchaseCategory>()
            .Select(c => new AmountChange(Enums.Label(c), Costs(beforeTotals, c), Costs(afterTotals, c)))
            .Where(c => c.Before != 0 || c.After != 0).ToList();
        return new VersionDifference(
            now.Values.Where(l => !old.ContainsKey(l.LineKey)).OrderBy(l => l.Description).ToList(),
            old.Values.Where(l => !now.ContainsKey(l.LineKey)).OrderBy(l => l.Description).ToList(),
            changed, years, categories,
            new AmountChange("Totaal met reserve", beforeTotals.Costs + beforeReserve, afterTotals.Costs + afterReserve));
    }

    /// <summary>The fields a person changes, labelled and formatted as the form shows them.</summary>
    public static IReadOnlyList<FieldChange> Fields(InvestmentPlanLine a, InvestmentPlanLine b, Func<Guid?, string> school)
    {
        var fields = new List<FieldChange>();
        void Add(string label, string before, string after)
        {
            if (before != after) fields.Add(new FieldChange(label, before, after));
        }
        Add("School", school(a.SchoolId), school(b.SchoolId));
        Add("Categorie", Enums.Label(a.Category), Enums.Label(b.Category));
        Add("Omschrijving", a.Description, b.Description);
        Add("Product uit de markt", a.CatalogItemId is null ? "geen" : "gekozen", b.CatalogItemId is null ? "geen" : b.CatalogItemId == a.CatalogItemId ? "gekozen" : "ander product");
        Add("Aantal", PlanLabels.Number(a.Quantity), PlanLabels.Number(b.Quantity));
        Add("Prijs per stuk", a.UnitPrice.ToEuro(), b.UnitPrice.ToEuro());
        Add("Aanschafjaar", a.PurchaseYear.ToString(PlanLabels.Dutch), b.PurchaseYear.ToString(PlanLabels.Dutch));
        Add("Fasering", Phasing(a), Phasing(b));
        Add("Afschrijvingstermijn", $"{a.DepreciationYears} jaar", $"{b.DepreciationYears} jaar");
        Add("Afschrijvingsmethode", Enums.Label(a.DepreciationMethod), Enums.Label(b.DepreciationMethod));
        Add("Onderhoud per jaar", a.YearlyMaintenance.ToEuro(), b.YearlyMaintenance.ToEuro());
        Add("Licenties per jaar", a.YearlyLicences.ToEuro(), b.YearlyLicences.ToEuro());
        Add("Verzekering per jaar", a.YearlyInsurance.ToEuro(), b.YearlyInsurance.ToEuro());
        Add("Ondersteuning per jaar", a.YearlySupport.ToEuro(), b.YearlySupport.ToEuro());
        Add("Contractduur", PlanLabels.Term(a.ContractMonths), PlanLabels.Term(b.ContractMonths));
        Add("Toelichting", a.Note ?? "", b.Note ?? "");
        return fields;
    }

    private static string Phasing(InvestmentPlanLine l) =>
        l.Phases.Count == 0 ? "geen" : string.Join(", ", l.Phases.Select(p => $"{p.Year}: {PlanLabels.Number(p.Quantity)}"));

    private static decimal CostsIn(PlanTotals totals, int year) =>
        totals.Horizon.Contains(year) ? totals.Years[totals.Horizon.IndexOf(year)].Costs : 0;

    private static decimal Costs(PlanTotals totals, PurchaseCategory category) =>
        totals.Categories.FirstOrDefault(c => c.Category == category)?.Costs ?? 0;
}
