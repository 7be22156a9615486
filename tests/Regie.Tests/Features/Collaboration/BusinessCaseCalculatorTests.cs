using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Collaboration.BusinessCase;

namespace Regie.Tests.Features.Collaboration;

/// <summary>Figures computed by hand; see each test for the arithmetic.</summary>
public sealed class BusinessCaseCalculatorTests
{
    private static readonly CaseSettings FourYears = new(2026, 4, 10m);

    private static CaseLine Cost(decimal amount, int from, int? to = null, bool yearly = false, LifecyclePhase phase = LifecyclePhase.Development) =>
        new(LineType.Cost, phase, yearly ? Frequency.Yearly : Frequency.OneOff, amount, from, to);

    private static CaseLine Yearly(LineType type, decimal amount, int from, int? to = null) => new(type, null, Frequency.Yearly, amount, from, to);

    /// <summary>
    /// Build 1000 in 2026; exploitation 200 a year from 2027; revenue 500 a year 2027–2029; subsidy 300 a year 2026–2027.
    /// Net: -700, 600, 300, 300. Without subsidy: -1000, 300, 300, 300.
    /// NPV at 10%: -700 + 600/1,1 + 300/1,21 + 300/1,331 = 318,78; without subsidy -1000 + 272,73 + 247,93 + 225,39 = -253,94.
    /// </summary>
    private static BusinessCaseResult Example() => BusinessCaseCalculator.Calculate(FourYears,
    [
        Cost(1000, 2026),
        Cost(200, 2027, yearly: true, phase: LifecyclePhase.Exploitation),
        Yearly(LineType.Revenue, 500, 2027, 2029),
        Yearly(LineType.Subsidy, 300, 2026, 2027),
    ]);

    [Fact]
    public void NetAndCumulativeCashFlow_PerYear()
    {
        var r = Example();

        Assert.Equal([2026, 2027, 2028, 2029], r.Years.Select(y => y.Year));
        Assert.Equal([-700m, 600m, 300m, 300m], r.Years.Select(y => y.Net));
        Assert.Equal([-700m, -100m, 200m, 500m], r.Years.Select(y => y.Cumulative));
        Assert.Equal([1000m, 200m, 200m, 200m], r.Years.Select(y => y.Costs));
        Assert.Equal(1600m, r.TotalCosts);
        Assert.Equal(1500m, r.TotalRevenues);
        Assert.Equal(600m, r.TotalSubsidies);
        Assert.Equal(500m, r.TotalNet);
    }

    [Fact]
    public void NetPresentValue_LeavesTheFirstYearUndiscounted()
    {
        var r = Example();

        Assert.Equal(318.78m, r.NetPresentValue);
        Assert.Equal(1m, r.Years[0].DiscountFactor);
        Assert.Equal(0.9091m, decimal.Round(r.Years[1].DiscountFactor, 4));
    }

    [Fact]
    public void WithoutSubsidy_ShowsWhatHappensWhenTheSubsidyStops()
    {
        var r = Example();

        Assert.Equal([-1000m, 300m, 300m, 300m], r.Years.Select(y => y.NetWithoutSubsidy));
        Assert.Equal([-1000m, -700m, -400m, -100m], r.Years.Select(y => y.CumulativeWithoutSubsidy));
        Assert.Equal(-253.94m, r.NetPresentValueWithoutSubsidy);
        Assert.Equal(2027, r.LastSubsidyYear);
        Assert.Equal(2028, r.BreakEvenYear);
        Assert.Null(r.BreakEvenYearWithoutSubsidy);
    }

    [Fact]
    public void PhaseTotals_SplitCostsPerLifecyclePhaseAndYear()
    {
        var r = Example();

        Assert.Equal([1000m, 0m, 0m, 0m], r.Phases.Single(p => p.Phase == LifecyclePhase.Development).PerYear);
        Assert.Equal([0m, 200m, 200m, 200m], r.Phases.Single(p => p.Phase == LifecyclePhase.Exploitation).PerYear);
        Assert.Equal(600m, r.Phases.Single(p => p.Phase == LifecyclePhase.Exploitation).Total);
        Assert.Equal(0m, r.Phases.Single(p => p.Phase == LifecyclePhase.IdeaAndPlan).Total);
    }

    [Fact]
    public void OneOff_CountsOnlyInItsYear_Yearly_EveryYearToTheEndOfTheHorizon()
    {
        var r = BusinessCaseCalculator.Calculate(FourYears, [Cost(100, 2027), Cost(10, 2027, yearly: true)]);

        Assert.Equal([0m, 110m, 10m, 10m], r.Years.Select(y => y.Costs));
    }

    [Fact]
    public void HorizonEdges_ClipYearlyLinesAndSkipLinesOutside()
    {
        var r = BusinessCaseCalculator.Calculate(FourYears,
        [
            Cost(1, 2029),                       // one-off in the last year: counts
            Cost(1000, 2030),                    // one-off after the horizon: does not count
            Cost(1000, 2025),                    // one-off before the horizon: does not count
            Cost(10, 2025, 2026, yearly: true),  // starts before the horizon: only 2026
            Cost(100, 2028, 2035, yearly: true), // ends after the horizon: 2028 and 2029
        ]);

        Assert.Equal([10m, 0m, 100m, 101m], r.Years.Select(y => y.Costs));
        Assert.Equal(2, r.LinesOutsideHorizon);
    }

    [Fact]
    public void OneYearHorizon_AndZeroRate_NpvEqualsTheNet()
    {
        var r = BusinessCaseCalculator.Calculate(new CaseSettings(2026, 1, 0m), [Cost(300, 2026), Yearly(LineType.Revenue, 100, 2026)]);

        Assert.Single(r.Years);
        Assert.Equal(-200m, r.NetPresentValue);
        Assert.Equal(r.TotalNet, r.NetPresentValue);
        Assert.Null(r.LastSubsidyYear);
    }

    [Fact]
    public void OwnHours_AreHiddenCostsOfHoursTimesRate()
    {
        var line = new BusinessCaseLine { Type = LineType.OwnHours, Phase = LifecyclePhase.Maintenance, Frequency = Frequency.Yearly, FromYear = 2026 };
        line.SetOwnHours(80, 52.5m);

        var r = BusinessCaseCalculator.Calculate(FourYears, [CaseLine.From(line)]);

        Assert.Equal(4200m, line.Amount);
        Assert.Equal(16800m, r.TotalHiddenCosts);
        Assert.Equal(16800m, r.TotalCosts);
        Assert.Equal(16800m, r.Phases.Single(p => p.Phase == LifecyclePhase.Maintenance).Total);
    }

    [Fact]
    public void SetOwnHours_OnACostLine_IsRefused()
    {
        var line = new BusinessCaseLine { Type = LineType.Cost };
        Assert.Throws<InvalidOperationException>(() => line.SetOwnHours(1, 1));
    }

    [Fact]
    public void Summary_NamesTheFiguresInDutchFormat()
    {
        var text = string.Join(" ", CaseSummary.Describe(Example()));

        Assert.Contains("Over 4 jaar (2026 tot en met 2029) kost het initiatief € 1.600", text);
        Assert.Contains("€ 318,78", text);
        Assert.Contains("Zonder subsidie is de contante waarde € -253,94", text);
        Assert.Contains("De subsidie stopt na 2027", text);
        Assert.Contains("vanaf 2028 niet meer negatief", text);
    }

    [Theory]
    [InlineData("12.500", 12500)]
    [InlineData("1.234,50", 1234.5)]
    [InlineData("€ 37,5", 37.5)]
    [InlineData("800", 800)]
    public void DutchNumbers_AreReadTheDutchWay(string text, decimal expected)
    {
        Assert.True(DutchNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
        Assert.True(DutchNumber.TryParse(DutchNumber.Format(value), out var again));
        Assert.Equal(value, again);
    }
}
