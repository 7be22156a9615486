using System.Globalization;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Search;

/// <summary>One attribute of the compared items, one value per item; <see cref="Differs"/> when they are not all the same.</summary>
public sealed record ComparisonRow(string Section, string Label, IReadOnlyList<string> Values)
{
    public bool Differs => Values.Distinct(StringComparer.Ordinal).Skip(1).Any();
}

/// <summary>Two to four published items side by side, attribute by attribute, in words a buyer can check.</summary>
public static class ItemComparison
{
    public const int Min = 2;
    public const int Max = 4;
    public const string General = "Algemeen";
    public const string Costs = "Prijs en kosten";
    public const string Compliance = "Privacy, standaarden en veiligheid";
    public const string Experience = "Ervaringen en erkenning";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<ComparisonRow> Rows(IReadOnlyList<CatalogItem> items, int pupils, int years, DateOnly today)
    {
        ComparisonRow Row(string section, string label, Func<CatalogItem, string> value) => new(section, label, items.Select(value).ToList());
        var rows = new List<ComparisonRow>
        {
            Row(General, "Soort", i => Enums.Label(i.Kind) + (i.ServiceType is { } s ? $" ({Enums.Label(s).ToLower(Dutch)})" : "")),
            Row(General, "Leverancier", i => i.SupplierName),
            Row(General, "Sectoren", i => Or(CatalogFormat.Flags(i.Sectors))),
            Row(General, "Vakken", i => Or(string.Join(", ", i.Subjects.Select(CodeLists.SubjectLabel)))),
            Row(General, "Leerjaren", i => Or(string.Join(", ", i.Levels.Select(CodeLists.LevelLabel)))),
            Row(General, "Vernieuwing", i => Or(CatalogFormat.Flags(i.Innovation))),
            Row(Costs, "Prijsmodel", i => Enums.Label(i.PricingModel)),
            Row(Costs, "Prijs excl. btw", i => i.PriceExclVat.ToEuro()),
            Row(Costs, "Prijs incl. btw", i => $"{i.PriceInclVat.ToEuro()} ({i.VatRate.ToString("0.##", Dutch)}% btw)"),
            Row(Costs, "Minimale looptijd", i => i.MinimumTermMonths is > 0 and var m ? $"{m} maanden" : "Geen"),
            Row(Costs, "Eenmalige kosten excl. btw", i => i.OneOffCostsExclVat is > 0 and var c ? c.ToEuro() : "Geen"),
            Row(Costs, "Proefperiode", i => i.TrialAvailable ? "Ja" : "Nee"),
            Row(Costs, $"Kosten voor {pupils.ToString("N0", Dutch)} leerlingen, {years} jaar, excl. btw", i => Estimate(i, pupils, years, e => e.TotalExclVat)),
            Row(Costs, $"Kosten voor {pupils.ToString("N0", Dutch)} leerlingen, {years} jaar, incl. btw", i => Estimate(i, pupils, years, e => e.TotalInclVat)),
        };
        rows.AddRange(Enum.GetValues<ComplianceFact>().Select(fact => Row(Compliance, Enums.Label(fact), i => Fact(i.Compliance, fact))));
        rows.Add(Row(Experience, "Waardering", i => CatalogFormat.Rating(i.RatingAverage, i.RatingCount)));
        rows.Add(Row(Experience, "Erkenning", i => i.IsRecognizedOn(today)
            ? $"Erkend: {i.RecognitionLevel}, tot {i.RecognizedUntil!.Value.ToString("d MMMM yyyy", Dutch)}"
            : "Niet erkend"));
        return rows;
    }

    /// <summary>Hourly and daily rates have no pupil count to multiply; saying so beats a misleading total.</summary>
    private static string Estimate(CatalogItem item, int pupils, int years, Func<CostEstimate, decimal> total)
    {
        if (item.PricingModel is PricingModel.PerHour or PricingModel.PerDay)
            return $"Hangt af van het aantal {(item.PricingModel == PricingModel.PerHour ? "uren" : "dagen")}";
        var estimate = item.Estimate(pupils, years);
        var text = total(estimate).ToEuro();
        if (item.PricingModel == PricingModel.PerLicencePerYear) text += $" (bij {pupils.ToString("N0", Dutch)} licenties)";
        if (estimate.MinimumTermApplies) text += $" (minimaal {estimate.BilledYears} jaar)";
        return text;
    }

    /// <summary>Whether the item meets the fact, with its detail, and who says so: the platform or only the supplier.</summary>
    private static string Fact(ComplianceFacts facts, ComplianceFact fact)
    {
        var detail = fact switch
        {
            ComplianceFact.SingleSignOn => CatalogFormat.Flags(facts.SingleSignOn),
            ComplianceFact.DataExport => string.Join(", ", facts.ExportFormats),
            ComplianceFact.Accessibility => Enums.Label(facts.Accessibility),
            ComplianceFact.DataLocation => Enums.Label(facts.DataLocation),
            ComplianceFact.Certifications => string.Join(", ", facts.Certifications.Select(CodeLists.CertificationLabel)),
            _ => "",
        };
        if (!facts.Has(fact))
            return fact is ComplianceFact.Accessibility or ComplianceFact.DataLocation ? $"Nee ({detail})" : "Nee";
        var source = facts.IsVerified(fact) ? "geverifieerd door het platform" : "volgens de leverancier";
        return detail.Length > 0 ? $"Ja: {detail} ({source})" : $"Ja ({source})";
    }

    private static string Or(string text) => text.Length > 0 ? text : "Niet opgegeven";
}
