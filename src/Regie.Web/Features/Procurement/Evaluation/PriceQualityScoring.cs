using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>How a project turns quality and price into one score: the price weight, the method and its budget bounds.</summary>
public sealed record PriceQualityRules(int PriceWeightPercent, PriceScoringMethod Method, decimal? Budget, decimal? Ceiling, int TcoYears)
{
    public static PriceQualityRules For(ProcurementProject project) =>
        new(project.PriceWeightPercent, project.PriceScoring, project.PriceBudget, project.PriceCeiling, project.TcoYears);

    /// <summary>Why the rules cannot score offers, in Dutch; null when they can.</summary>
    public string? Problem() => this switch
    {
        { PriceWeightPercent: < 0 or > 100 } => "De weging van de prijs moet tussen 0 en 100 procent liggen.",
        { TcoYears: < 1 or > 30 } => "De horizon voor de totale kosten moet tussen 1 en 30 jaar liggen.",
        { Method: PriceScoringMethod.BudgetCeiling, Budget: null } or { Method: PriceScoringMethod.BudgetCeiling, Ceiling: null } =>
            "Bij scoren tussen budget en plafond zijn zowel het budget als de plafondprijs nodig.",
        { Method: PriceScoringMethod.BudgetCeiling } when Ceiling <= Budget => "De plafondprijs moet hoger zijn dan het budget.",
        _ => null,
    };
}

/// <summary>One offer going into the ranking: its final quality percentage and its total cost over the horizon.</summary>
public sealed record OfferToRank(Guid OfferId, string SupplierName, decimal QualityPercentage, decimal Price);

/// <summary>One offer's place: the quality and price parts that add up to its total (all 0–100 points).</summary>
public sealed record RankedOffer(Guid OfferId, string SupplierName, int Rank, decimal QualityPercentage, decimal Price,
    decimal PriceScore, decimal QualityPart, decimal PricePart, decimal Total);

/// <summary>
/// The pure arithmetic of the best price-quality ratio. Everything is rounded to two decimals at each step that is shown
/// on screen, so the figures on the page, in the export and in the letters add up exactly.
/// </summary>
public static class PriceQualityScoring
{
    /// <summary>Total cost of ownership of a price sheet: the one-off costs plus the yearly costs for every year of the horizon.</summary>
    public static decimal TotalCost(PriceSheet sheet, int years) =>
        OneOff(sheet) + Yearly(sheet) * years;

    public static decimal OneOff(PriceSheet sheet) => Round(sheet.Lines.Sum(l => l.Quantity * l.OneOffPerUnit));

    public static decimal Yearly(PriceSheet sheet) => Round(sheet.Lines.Sum(l => l.Quantity * l.YearlyPerUnit));

    /// <summary>The price score (0–100) of one price among all compared prices.</summary>
    public static decimal PriceScore(PriceQualityRules rules, decimal price, IReadOnlyCollection<decimal> allPrices)
    {
        var lowest = allPrices.Min();
        var highest = allPrices.Max();
        var score = rules.Method switch
        {
            PriceScoringMethod.RelativeToLowest => price <= 0 ? 100m : lowest / price * 100m,
            PriceScoringMethod.LinearRange => highest == lowest ? 100m : (highest - price) / (highest - lowest) * 100m,
            PriceScoringMethod.BudgetCeiling => Between(price, rules.Budget!.Value, rules.Ceiling!.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(rules), rules.Method, "Unknown price scoring method."),
        };
        return Round(Math.Clamp(score, 0m, 100m));
    }

    /// <summary>
    /// Ranks offers by total score, best first. Equal totals go to the lower price, then to the higher quality; offers
    /// equal on all three share a rank.
    /// </summary>
    public static IReadOnlyList<RankedOffer> Rank(PriceQualityRules rules, IReadOnlyCollection<OfferToRank> offers)
    {
        if (rules.Problem() is { } problem) throw new InvalidOperationException(problem);
        if (offers.Count == 0) return [];
        var prices = offers.Select(o => o.Price).ToList();
        var qualityWeight = 100 - rules.PriceWeightPercent;
        var scored = offers.Select(o =>
        {
            var priceScore = PriceScore(rules, o.Price, prices);
            var qualityPart = Round(o.QualityPercentage * qualityWeight / 100m);
            var pricePart = Round(priceScore * rules.PriceWeightPercent / 100m);
            return new RankedOffer(o.OfferId, o.SupplierName, 0, o.QualityPercentage, o.Price, priceScore, qualityPart, pricePart, qualityPart + pricePart);
        })
        .OrderByDescending(o => o.Total).ThenBy(o => o.Price).ThenByDescending(o => o.QualityPercentage).ThenBy(o => o.SupplierName, StringComparer.Ordinal)
        .ToList();

        var ranked = new List<RankedOffer>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var previous = i == 0 ? null : ranked[i - 1];
            var same = previous is not null && previous.Total == scored[i].Total && previous.Price == scored[i].Price
                && previous.QualityPercentage == scored[i].QualityPercentage;
            ranked.Add(scored[i] with { Rank = same ? previous!.Rank : i + 1 });
        }
        return ranked;
    }

    private static decimal Between(decimal price, decimal budget, decimal ceiling) =>
        price <= budget ? 100m : price >= ceiling ? 0m : (ceiling - price) / (ceiling - budget) * 100m;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
