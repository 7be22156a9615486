using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Monitor;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Procurement.Thresholds;

namespace Regie.Tests.Features.Procurement.Monitor;

public sealed class ThresholdCalculationTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly IReadOnlyList<TenderThreshold> Table = ShippedThresholds.All;

    private static PlanLineFacts Line(decimal quantity, decimal price, int year, decimal yearly = 0, int? months = null,
        PurchaseCategory category = PurchaseCategory.Devices, Guid? school = null, Guid? supplier = null) =>
        new(Guid.NewGuid(), school, category, "Laptops", supplier, quantity, price, year, yearly, 0, 0, 0, months);

    private static MonitoredPurchase Planned(PlanLineFacts line, string? school = null) => MonitoredPurchase.FromPlanLine(line, school, null);

    private static MonitoredPurchase Project(IReadOnlyList<EstimateLine> estimate, DateOnly start, PurchaseCategory category = PurchaseCategory.Software, Guid? supplier = null) =>
        MonitoredPurchase.FromProject(new ProjectFacts(Guid.NewGuid(), "INK-1", "Leerlingvolgsysteem", category, ContractKind.SuppliesAndServices, start, estimate), supplier, supplier is null ? null : "Leverancier");

    private static MonitoredPurchase Contract(Guid supplier, decimal value, DateOnly start, PurchaseCategory category = PurchaseCategory.Devices) =>
        MonitoredPurchase.FromContract(new ContractFacts(Guid.NewGuid(), "Contract", category, supplier, "Leverancier", value, start));

    [Fact]
    public void APlanLineWithoutTerm_CountsItsYearlyCostsFor48Months()
    {
        var purchase = Planned(Line(10, 1_000m, 2026, yearly: 1_200m));
        Assert.Equal(10_000m + 4_800m, purchase.Value);
        Assert.Contains(purchase.Steps, s => s.Explanation.Contains("48 maanden", StringComparison.Ordinal));

        var fixedTerm = Planned(Line(10, 1_000m, 2026, yearly: 1_200m, months: 24));
        Assert.Equal(10_000m + 2_400m, fixedTerm.Value);
    }

    [Fact]
    public void AProject_CountsBaseOptionsRenewalsAndLots()
    {
        var purchase = Project(
        [
            new(EstimateLineKind.Base, "Basis", 10_000m, 1_000m, 24),
            new(EstimateLineKind.Option, "Extra module", 0, 500m, 24),
            new(EstimateLineKind.Renewal, "Verlenging", 0, 1_000m, 12),
            new(EstimateLineKind.Lot, "Perceel 2", 5_000m, 0, null),
        ], new DateOnly(2026, 5, 1));
        Assert.Equal(10_000m + 24_000m + 12_000m + 12_000m + 5_000m, purchase.Value);
        Assert.Equal(4, purchase.Steps.Count);
    }

    [Fact]
    public void PurchasesForDifferentSchools_AreAddedUpPerCategoryAndYear()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var report = ThresholdCalculation.Compute(
        [
            Planned(Line(200, 500m, 2026, school: a), "De Vlinder"),
            Planned(Line(150, 500m, 2026, school: b), "Het Anker"),
            Planned(Line(50, 500m, 2026), null), // board-wide
            Planned(Line(10, 500m, 2027, school: a), "De Vlinder"),
            Planned(Line(10, 500m, 2026, category: PurchaseCategory.Software)),
        ], Table, null, Today);

        var devices2026 = Assert.Single(report.Rows, r => r.Category == PurchaseCategory.Devices && r.Year == 2026);
        Assert.Equal(200_000m, devices2026.Total);
        Assert.Equal(3, devices2026.Purchases.Count);
        Assert.Equal(216_000m, devices2026.Threshold!.Amount);
        Assert.Equal(ThresholdLevel.Approaching, devices2026.Level); // 92.6 % ≥ the default 80 %
        Assert.Equal(ProcedureKind.MultipleQuotes, devices2026.Advice!.Procedure);
        Assert.Equal(3, report.Rows.Count);
    }

    [Fact]
    public void EachYear_IsComparedWithTheThresholdOfItsOwnPeriod()
    {
        // € 218.000 is above the 2026–27 threshold (€ 216.000) but below the 2024–25 one (€ 221.000).
        var report = ThresholdCalculation.Compute(
        [
            Planned(Line(1, 218_000m, 2025)),
            Planned(Line(1, 218_000m, 2027)),
        ], Table, null, Today);

        var y2025 = report.Rows.Single(r => r.Year == 2025);
        var y2027 = report.Rows.Single(r => r.Year == 2027);
        Assert.Equal((2024, 221_000m, ThresholdLevel.Approaching), (y2025.Threshold!.PeriodStartYear, y2025.Threshold.Amount, y2025.Level));
        Assert.Equal((2026, 216_000m, ThresholdLevel.Reached), (y2027.Threshold!.PeriodStartYear, y2027.Threshold.Amount, y2027.Level));
        Assert.True(y2027.Advice!.RequiredByLaw);
    }

    [Fact]
    public void AYearWithoutPublishedThresholds_UsesTheNewestPeriod_AndSaysSo()
    {
        var report = ThresholdCalculation.Compute([Planned(Line(1, 100_000m, 2029))], Table, null, Today);
        var row = Assert.Single(report.Rows);
        Assert.Equal((2026, true), (row.Threshold!.PeriodStartYear, row.Threshold.IsCarriedOver));
    }

    [Fact]
    public void ThePolicysWarningShare_DecidesWhenToWarn()
    {
        var purchases = new[] { Planned(Line(1, 150_000m, 2026)) }; // 69.4 % of € 216.000
        Assert.Equal(ThresholdLevel.Below, ThresholdCalculation.Compute(purchases, Table, null, Today).Rows[0].Level);
        var policy = new ProcurementPolicy { WarningSharePercent = 60, Status = PolicyStatus.Adopted };
        var report = ThresholdCalculation.Compute(purchases, Table, policy, Today);
        Assert.Equal((ThresholdLevel.Approaching, 60), (report.Rows[0].Level, report.WarningSharePercent));
        Assert.Single(report.CurrentWarnings());
        Assert.Empty(report.CurrentWarnings(PurchaseCategory.Software));
    }

    [Fact]
    public void ContractsDoNotFillTheYearsTotal()
    {
        var report = ThresholdCalculation.Compute([Contract(Guid.NewGuid(), 500_000m, new DateOnly(2026, 1, 1))], Table, null, Today);
        Assert.Empty(report.Rows);
    }

    [Fact]
    public void SameSupplierAndCategory_WithinTwelveMonths_BelowTheThresholdEach_IsFlagged()
    {
        var supplier = Guid.NewGuid();
        var report = ThresholdCalculation.Compute(
        [
            Contract(supplier, 120_000m, new DateOnly(2026, 2, 1)),
            Contract(supplier, 110_000m, new DateOnly(2027, 1, 15)),
        ], Table, null, Today);

        var flag = Assert.Single(report.SplitFlags);
        Assert.Equal((230_000m, ProcedureKind.MultipleQuotes, ProcedureKind.European, 2), (flag.Total, flag.HighestAlone, flag.Together, flag.Purchases.Count));
    }

    [Fact]
    public void ThirteenMonthsApart_OrAnotherSupplier_OrAnotherCategory_IsNotFlagged()
    {
        var supplier = Guid.NewGuid();
        Assert.Empty(ThresholdCalculation.SplitFlags(
        [
            Contract(supplier, 120_000m, new DateOnly(2026, 2, 1)),
            Contract(supplier, 110_000m, new DateOnly(2027, 3, 1)),
        ], Table, null));
        Assert.Empty(ThresholdCalculation.SplitFlags(
        [
            Contract(supplier, 120_000m, new DateOnly(2026, 2, 1)),
            Contract(Guid.NewGuid(), 110_000m, new DateOnly(2026, 6, 1)),
        ], Table, null));
        Assert.Empty(ThresholdCalculation.SplitFlags(
        [
            Contract(supplier, 120_000m, new DateOnly(2026, 2, 1)),
            Contract(supplier, 110_000m, new DateOnly(2026, 6, 1), PurchaseCategory.Services),
        ], Table, null));
    }

    [Fact]
    public void SplittingBelowThePolicyLimit_IsFlaggedToo()
    {
        var supplier = Guid.NewGuid();
        var policy = new ProcurementPolicy { SingleQuoteMax = 50_000m, MultipleQuotesMax = 150_000m };
        var flags = ThresholdCalculation.SplitFlags(
        [
            Planned(Line(1, 40_000m, 2026, supplier: supplier)),
            Project([new(EstimateLineKind.Base, "Tweede deel", 30_000m, 0, null)], new DateOnly(2026, 9, 1), PurchaseCategory.Devices, supplier),
        ], Table, policy);
        var flag = Assert.Single(flags);
        Assert.Equal((ProcedureKind.SingleQuote, ProcedureKind.MultipleQuotes), (flag.HighestAlone, flag.Together));
    }

    [Fact]
    public void APurchaseThatNeedsATenderOnItsOwn_DoesNotMakeTheOthersLookSplit()
    {
        var supplier = Guid.NewGuid();
        Assert.Empty(ThresholdCalculation.SplitFlags(
        [
            Contract(supplier, 300_000m, new DateOnly(2026, 2, 1)),
            Contract(supplier, 10_000m, new DateOnly(2026, 3, 1)),
        ], Table, null));
    }
}
