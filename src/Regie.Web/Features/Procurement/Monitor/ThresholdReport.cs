using System.ComponentModel.DataAnnotations;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Thresholds;

namespace Regie.Web.Features.Procurement.Monitor;

public enum ThresholdLevel
{
    [Display(Name = "Onder de drempel")] Below = 0,
    [Display(Name = "Let op: nadert de drempel")] Approaching = 1,
    [Display(Name = "Europees aanbesteden verplicht")] Reached = 2,
}

/// <summary>
/// What a board buys in one category in one year, added up over all its schools and compared with the threshold of
/// the period that year falls in.
/// </summary>
public sealed record CategoryYear(
    PurchaseCategory Category, int Year, ContractKind Kind, decimal Total, ThresholdLookup? Threshold,
    ThresholdLevel Level, PolicyAdvice? Advice, IReadOnlyList<MonitoredPurchase> Purchases)
{
    /// <summary>The total as a percentage of the threshold; null when no threshold is known for the year.</summary>
    public decimal? SharePercent => Threshold is { Amount: > 0 } t ? Math.Round(Total / t.Amount * 100m, 1) : null;

    public bool IsWarning => Level != ThresholdLevel.Below;
}

/// <summary>
/// Purchases of one category from one supplier, close together in time, that are each below a limit and together reach
/// it: this looks like splitting a purchase to stay under the threshold, which the law does not allow.
/// </summary>
public sealed record SplitFlag(
    PurchaseCategory Category, Guid SupplierId, string SupplierName, decimal Total, ProcedureKind HighestAlone,
    ProcedureKind Together, IReadOnlyList<MonitoredPurchase> Purchases)
{
    public DateOnly First => Purchases.Min(p => p.Start);
    public DateOnly Last => Purchases.Max(p => p.Start);
}

public sealed record ThresholdReport(
    DateOnly Today, int WarningSharePercent, ProcurementPolicy? Policy, IReadOnlyList<CategoryYear> Rows,
    IReadOnlyList<SplitFlag> SplitFlags)
{
    public static readonly ThresholdReport Empty = new(default, ThresholdCalculation.DefaultWarningShare, null, [], []);

    /// <summary>Warnings for this year and later; past years are history, not something to act on.</summary>
    public IEnumerable<CategoryYear> CurrentWarnings(PurchaseCategory? category = null) =>
        Rows.Where(r => r.IsWarning && r.Year >= Today.Year && (category is null || r.Category == category));

    /// <summary>Split flags whose latest purchase is less than a year ago.</summary>
    public IEnumerable<SplitFlag> CurrentSplitFlags(PurchaseCategory? category = null) =>
        SplitFlags.Where(f => f.Last >= Today.AddMonths(-12) && (category is null || f.Category == category));
}
