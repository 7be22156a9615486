using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Tests.Features.Procurement.Evaluation;

/// <summary>
/// Three offers worked out by hand: A costs € 80.000 with 60% quality, B € 100.000 with 80%, C € 125.000 with 90%.
/// </summary>
public sealed class PriceQualityScoringTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static readonly OfferToRank[] Offers =
    [
        new(A, "A", 60m, 80_000m),
        new(B, "B", 80m, 100_000m),
        new(C, "C", 90m, 125_000m),
    ];

    private static PriceQualityRules Rules(int weight, PriceScoringMethod method, decimal? budget = null, decimal? ceiling = null) =>
        new(weight, method, budget, ceiling, 4);

    private static RankedOffer Of(IReadOnlyList<RankedOffer> ranking, Guid id) => ranking.Single(r => r.OfferId == id);

    [Fact]
    public void TotalCost_AddsOneOffCostsAndTheYearlyCostsForEveryYear()
    {
        var sheet = new PriceSheet([new("Laptop", 30, 300m, 20m), new("Beheer", 1, 500m, 1_000m)], null);

        // One-off 30 × 300 + 500 = 9.500; yearly 30 × 20 + 1.000 = 1.600; over 4 years 9.500 + 6.400.
        Assert.Equal(9_500m, PriceQualityScoring.OneOff(sheet));
        Assert.Equal(1_600m, PriceQualityScoring.Yearly(sheet));
        Assert.Equal(15_900m, PriceQualityScoring.TotalCost(sheet, 4));
    }

    [Fact]
    public void RelativeToLowest_Weight30_RanksCThenBThenA()
    {
        var ranking = PriceQualityScoring.Rank(Rules(30, PriceScoringMethod.RelativeToLowest), Offers);

        // Price scores 80/80 = 100, 80/100 = 80, 80/125 = 64; quality counts 70%, price 30%.
        Assert.Equal([100m, 80m, 64m], new[] { A, B, C }.Select(id => Of(ranking, id).PriceScore));
        Assert.Equal(72m, Of(ranking, A).Total);   // 42 + 30
        Assert.Equal(80m, Of(ranking, B).Total);   // 56 + 24
        Assert.Equal(82.2m, Of(ranking, C).Total); // 63 + 19,2
        Assert.Equal([C, B, A], ranking.Select(r => r.OfferId));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void RelativeToLowest_Weight40_RanksBThenCThenA()
    {
        var ranking = PriceQualityScoring.Rank(Rules(40, PriceScoringMethod.RelativeToLowest), Offers);

        Assert.Equal(76m, Of(ranking, A).Total);   // 36 + 40
        Assert.Equal(80m, Of(ranking, B).Total);   // 48 + 32
        Assert.Equal(79.6m, Of(ranking, C).Total); // 54 + 25,6
        Assert.Equal([B, C, A], ranking.Select(r => r.OfferId));
    }

    [Fact]
    public void LinearRange_Weight30_GivesTheLowestFullPointsAndTheHighestNone()
    {
        var ranking = PriceQualityScoring.Rank(Rules(30, PriceScoringMethod.LinearRange), Offers);

        // B lies 25.000 below the highest price on a range of 45.000: 55,56 points; 30% of that is 16,67.
        Assert.Equal([100m, 55.56m, 0m], new[] { A, B, C }.Select(id => Of(ranking, id).PriceScore));
        Assert.Equal(72m, Of(ranking, A).Total);    // 42 + 30
        Assert.Equal(72.67m, Of(ranking, B).Total); // 56 + 16,67
        Assert.Equal(63m, Of(ranking, C).Total);    // 63 + 0
        Assert.Equal([B, A, C], ranking.Select(r => r.OfferId));
    }

    [Fact]
    public void LinearRange_AllPricesEqual_GivesEveryoneFullPoints()
    {
        var same = Offers.Select(o => o with { Price = 50_000m }).ToList();
        var ranking = PriceQualityScoring.Rank(Rules(30, PriceScoringMethod.LinearRange), same);

        Assert.All(ranking, r => Assert.Equal(100m, r.PriceScore));
        Assert.Equal([C, B, A], ranking.Select(r => r.OfferId));
    }

    [Fact]
    public void BudgetCeiling_Weight40_IsFullAtTheBudgetAndLinearToTheCeiling()
    {
        var ranking = PriceQualityScoring.Rank(Rules(40, PriceScoringMethod.BudgetCeiling, budget: 90_000m, ceiling: 130_000m), Offers);

        // A is under the budget: 100. B: (130.000 − 100.000) / 40.000 = 75. C: 5.000 / 40.000 = 12,5.
        Assert.Equal([100m, 75m, 12.5m], new[] { A, B, C }.Select(id => Of(ranking, id).PriceScore));
        Assert.Equal(76m, Of(ranking, A).Total); // 36 + 40
        Assert.Equal(78m, Of(ranking, B).Total); // 48 + 30
        Assert.Equal(59m, Of(ranking, C).Total); // 54 + 5
        Assert.Equal([B, A, C], ranking.Select(r => r.OfferId));
    }

    [Fact]
    public void BudgetCeiling_AtOrAboveTheCeiling_GivesNoPoints()
    {
        var rules = Rules(40, PriceScoringMethod.BudgetCeiling, budget: 90_000m, ceiling: 100_000m);

        Assert.Equal(0m, PriceQualityScoring.PriceScore(rules, 100_000m, [100_000m]));
        Assert.Equal(0m, PriceQualityScoring.PriceScore(rules, 140_000m, [100_000m, 140_000m]));
        Assert.Equal(100m, PriceQualityScoring.PriceScore(rules, 90_000m, [90_000m]));
    }

    [Fact]
    public void BudgetCeiling_WithoutBudgetOrCeiling_IsRefusedInDutch()
    {
        Assert.NotNull(Rules(40, PriceScoringMethod.BudgetCeiling, budget: 90_000m).Problem());
        Assert.NotNull(Rules(40, PriceScoringMethod.BudgetCeiling, budget: 90_000m, ceiling: 80_000m).Problem());
        Assert.Null(Rules(40, PriceScoringMethod.BudgetCeiling, budget: 90_000m, ceiling: 95_000m).Problem());
        Assert.Throws<InvalidOperationException>(() => PriceQualityScoring.Rank(Rules(40, PriceScoringMethod.BudgetCeiling), Offers));
    }

    [Fact]
    public void EqualTotals_GoToTheLowerPrice()
    {
        // Price weight 50%: X has 90% quality at € 125 (price score 80), Y 70% at € 100 (100): both 85 points.
        var x = new OfferToRank(Guid.NewGuid(), "X", 90m, 125m);
        var y = new OfferToRank(Guid.NewGuid(), "Y", 70m, 100m);
        var ranking = PriceQualityScoring.Rank(Rules(50, PriceScoringMethod.RelativeToLowest), [x, y]);

        Assert.Equal([85m, 85m], ranking.Select(r => r.Total));
        Assert.Equal([y.OfferId, x.OfferId], ranking.Select(r => r.OfferId));
        Assert.Equal([1, 2], ranking.Select(r => r.Rank));
    }

    [Fact]
    public void EqualTotalsAndPrices_GoToTheHigherQuality()
    {
        // Price weight 100%: quality does not count in the total, so only the tie-break separates them.
        var x = new OfferToRank(Guid.NewGuid(), "X", 80m, 100m);
        var y = new OfferToRank(Guid.NewGuid(), "Y", 90m, 100m);
        var ranking = PriceQualityScoring.Rank(Rules(100, PriceScoringMethod.RelativeToLowest), [x, y]);

        Assert.Equal([y.OfferId, x.OfferId], ranking.Select(r => r.OfferId));
    }

    [Fact]
    public void OffersEqualOnEverything_ShareARank()
    {
        var x = new OfferToRank(Guid.NewGuid(), "X", 80m, 100m);
        var y = new OfferToRank(Guid.NewGuid(), "Y", 80m, 100m);
        var z = new OfferToRank(Guid.NewGuid(), "Z", 50m, 100m);
        var ranking = PriceQualityScoring.Rank(Rules(30, PriceScoringMethod.RelativeToLowest), [z, y, x]);

        Assert.Equal([1, 1, 3], ranking.Select(r => r.Rank));
    }
}
