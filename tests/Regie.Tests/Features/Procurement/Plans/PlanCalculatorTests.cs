using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Plans;

namespace Regie.Tests.Features.Procurement.Plans;

/// <summary>The plan's sums against examples worked out by hand.</summary>
public sealed class PlanCalculatorTests
{
    private static readonly PlanHorizon Horizon = new(2026, 4); // 2026 tot en met 2029

    private static PlanLineFigures Line(
        decimal quantity = 10, decimal unitPrice = 500, int year = 2027, int depreciationYears = 4, DepreciationMethod method = DepreciationMethod.Linear,
        decimal maintenance = 0, decimal licences = 0, decimal insurance = 0, decimal support = 0, int? contractMonths = null,
        PurchaseCategory category = PurchaseCategory.Devices, Guid? school = null, params PlanPhase[] phases) =>
        new(school, category, quantity, unitPrice, year, depreciationYears, method, maintenance, licences, insurance, support, contractMonths, phases);

    [Fact]
    public void Linear_SplitsEquallyAndTheLastYearTakesTheRoundingRest()
    {
        Assert.Equal([250m, 250m, 250m, 250m], PlanCalculator.Depreciate(1000m, 4, DepreciationMethod.Linear));
        // 1000 / 3 = 333,33 twice; the last year takes 1000 − 666,66 = 333,34.
        Assert.Equal([333.33m, 333.33m, 333.34m], PlanCalculator.Depreciate(1000m, 3, DepreciationMethod.Linear));
    }

    [Fact]
    public void DecliningBalance_TakesTwoDividedByYearsOfTheBookValue_RestInTheLastYear()
    {
        // Rate 2/4 = 50%: 500 (book 500), 250 (book 250), 125 (book 125), rest 125.
        Assert.Equal([500m, 250m, 125m, 125m], PlanCalculator.Depreciate(1000m, 4, DepreciationMethod.DecliningBalance));
        // Rate 2/5 = 40%: 4000 (6000), 2400 (3600), 1440 (2160), 864 (1296), rest 1296.
        Assert.Equal([4000m, 2400m, 1440m, 864m, 1296m], PlanCalculator.Depreciate(10_000m, 5, DepreciationMethod.DecliningBalance));
    }

    [Fact]
    public void None_PutsEverythingInThePurchaseYear()
    {
        Assert.Equal([1000m], PlanCalculator.Depreciate(1000m, 4, DepreciationMethod.None));
        var schedule = PlanCalculator.DepreciationSchedule(Line(quantity: 2, unitPrice: 750, year: 2028, method: DepreciationMethod.None));
        Assert.Equal(1500m, Assert.Single(schedule, d => d.Key == 2028).Value);
        Assert.Single(schedule);
    }

    [Fact]
    public void Phases_DepreciateEachFromItsOwnYear()
    {
        // 60 Chromebooks at € 300: 30 in 2026 (€ 9.000) and 30 in 2027 (€ 9.000), linear over 3 years.
        var line = Line(quantity: 60, unitPrice: 300, year: 2026, depreciationYears: 3,
            phases: [new PlanPhase(2026, 30, "groep 5 en 6"), new PlanPhase(2027, 30, "groep 7 en 8")]);

        var schedule = PlanCalculator.DepreciationSchedule(line);

        Assert.Equal([(2026, 3000m), (2027, 6000m), (2028, 6000m), (2029, 3000m)], schedule.Select(d => (d.Key, d.Value)));
    }

    [Fact]
    public void Recurring_StartsInTheFirstPurchaseYear_AndStopsWithTheContract()
    {
        // € 1.200 a year on an 18-month contract from 2026: a full year, then half a year, then nothing.
        var line = Line(year: 2026, maintenance: 1000, support: 200, contractMonths: 18);
        Assert.Equal(1200m, PlanCalculator.RecurringIn(line, 2026));
        Assert.Equal(600m, PlanCalculator.RecurringIn(line, 2027));
        Assert.Equal(0m, PlanCalculator.RecurringIn(line, 2028));
        Assert.Equal(0m, PlanCalculator.RecurringIn(line, 2025));

        var open = Line(year: 2027, licences: 400, phases: [new PlanPhase(2028, 5, null), new PlanPhase(2027, 5, null)]);
        Assert.Equal(0m, PlanCalculator.RecurringIn(open, 2026));
        Assert.Equal(400m, PlanCalculator.RecurringIn(open, 2029));
    }

    [Fact]
    public void TotalCostOfOwnership_IsPurchasesPlusRecurringWithinTheHorizon()
    {
        // 10 × € 500 = € 5.000 in 2027; € 500 a year from 2027 to 2029 = € 1.500.
        var open = PlanCalculator.TotalCostOfOwnership(Line(maintenance: 300, insurance: 200), Horizon);
        Assert.Equal(new LineCost(5000m, 1500m), open);
        Assert.Equal(6500m, open.Total);

        // The same with a 24-month contract: only 2027 and 2028.
        Assert.Equal(6000m, PlanCalculator.TotalCostOfOwnership(Line(maintenance: 300, insurance: 200, contractMonths: 24), Horizon).Total);
    }

    [Fact]
    public void Totals_AddUpPerYearCategoryAndSchool()
    {
        var school = Guid.NewGuid();
        var lines = new[]
        {
            // Devices for one school: € 5.000 in 2027, depreciated € 1.250 a year from 2027, € 500 a year from 2027.
            Line(school: school, maintenance: 500),
            // Software for the whole board: € 2.000 in 2026, written off at once, € 1.000 licences a year from 2026.
            Line(quantity: 1, unitPrice: 2000, year: 2026, method: DepreciationMethod.None, licences: 1000, category: PurchaseCategory.Software),
        };

        var totals = PlanCalculator.Totals(lines, Horizon);

        Assert.Equal(2, totals.Lines);
        Assert.Equal([2000m, 5000m, 0m, 0m], totals.Years.Select(y => y.Purchases));
        Assert.Equal([1000m, 1500m, 1500m, 1500m], totals.Years.Select(y => y.Recurring));
        Assert.Equal([2000m, 1250m, 1250m, 1250m], totals.Years.Select(y => y.Depreciation));
        Assert.Equal(7000m, totals.Purchases);
        Assert.Equal(5500m, totals.Recurring);
        Assert.Equal(12_500m, totals.Costs);

        var devices = Assert.Single(totals.Categories, c => c.Category == PurchaseCategory.Devices);
        Assert.Equal([0m, 5500m, 500m, 500m], devices.CostsPerYear);
        Assert.Equal(3750m, devices.Depreciation); // the fourth year, 2030, falls outside the plan
        var software = Assert.Single(totals.Categories, c => c.Category == PurchaseCategory.Software);
        Assert.Equal(6000m, software.Costs);

        Assert.Equal(new SchoolTotal(null, 1, 2000m, 4000m), totals.Schools[0]);
        Assert.Equal(new SchoolTotal(school, 1, 5000m, 1500m), totals.Schools[1]);
    }

    [Fact]
    public void Totals_LeaveOutPurchasesOutsideTheHorizon()
    {
        var totals = PlanCalculator.Totals([Line(year: 2031)], Horizon);
        Assert.Equal(0m, totals.Purchases);
        Assert.Equal(0m, totals.Depreciation);
    }

    [Fact]
    public void Reserve_IsAnAmountOrAPercentageOfThePurchases()
    {
        Assert.Equal(25_000m, PlanCalculator.Reserve(ReserveKind.Amount, 25_000m, 400_000m));
        Assert.Equal(20_000m, PlanCalculator.Reserve(ReserveKind.Percentage, 5m, 400_000m));
        Assert.Equal(1_234.57m, PlanCalculator.Reserve(ReserveKind.Percentage, 7.5m, 16_460.93m)); // 1.234,56975 rounded to cents
        Assert.Equal(0m, PlanCalculator.Reserve(ReserveKind.None, 10m, 400_000m));
    }
}
