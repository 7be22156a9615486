using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Thresholds;

namespace Regie.Web.Features.Procurement.Monitor;

/// <summary>
/// The threshold monitor's sums, without a database: totals per category and year against the threshold of that year's
/// period, and purchases from one supplier that look split to stay under a limit.
/// </summary>
public static class ThresholdCalculation
{
    /// <summary>The warning share used while a board has no adopted policy.</summary>
    public const int DefaultWarningShare = 80;

    /// <summary>Purchases further apart than this are not seen as parts of one purchase.</summary>
    public const int SplitWindowMonths = 12;

    public static ThresholdReport Compute(
        IReadOnlyCollection<MonitoredPurchase> purchases, IReadOnlyCollection<TenderThreshold> table,
        ProcurementPolicy? policy, DateOnly today)
    {
        var share = policy?.WarningSharePercent ?? DefaultWarningShare;
        var rows = purchases.Where(p => p.CountsTowardsTotal)
            .GroupBy(p => (p.Category, p.Start.Year, p.Kind))
            .Select(g => Row(g.Key.Category, g.Key.Year, g.Key.Kind, g.ToList(), table, policy, share))
            .OrderBy(r => r.Category).ThenBy(r => r.Year).ThenBy(r => r.Kind)
            .ToList();
        return new ThresholdReport(today, share, policy, rows, SplitFlags(purchases, table, policy));
    }

    private static CategoryYear Row(
        PurchaseCategory category, int year, ContractKind kind, List<MonitoredPurchase> purchases,
        IReadOnlyCollection<TenderThreshold> table, ProcurementPolicy? policy, int share)
    {
        var total = purchases.Sum(p => p.Value);
        var threshold = ThresholdTable.Pick(table, kind, new DateOnly(year, 1, 1));
        var level = threshold is null ? ThresholdLevel.Below
            : total >= threshold.Amount ? ThresholdLevel.Reached
            : total * 100m >= threshold.Amount * share ? ThresholdLevel.Approaching
            : ThresholdLevel.Below;
        var advice = threshold is null ? null : PolicyRules.Advise(policy, category, total, threshold.Amount);
        return new CategoryYear(category, year, kind, total, threshold, level, advice,
            purchases.OrderBy(p => p.Start).ThenByDescending(p => p.Value).ToList());
    }

    /// <summary>
    /// Per category and supplier, every run of purchases within <see cref="SplitWindowMonths"/> of its first one whose
    /// sum needs a heavier procedure than any of them alone. Runs contained in a larger run are left out.
    /// </summary>
    public static IReadOnlyList<SplitFlag> SplitFlags(
        IEnumerable<MonitoredPurchase> purchases, IReadOnlyCollection<TenderThreshold> table, ProcurementPolicy? policy)
    {
        var thresholds = new Dictionary<(ContractKind, int), decimal?>();
        decimal? ThresholdAt(MonitoredPurchase p)
        {
            var key = (p.Kind, ThresholdTable.PeriodStartYear(p.Start));
            if (!thresholds.TryGetValue(key, out var amount))
                thresholds[key] = amount = ThresholdTable.Pick(table, p.Kind, p.Start)?.Amount;
            return amount;
        }

        var flags = new List<SplitFlag>();
        foreach (var group in purchases.Where(p => p.SupplierId is not null).GroupBy(p => (p.Category, Supplier: p.SupplierId!.Value)))
        {
            var sorted = group.OrderBy(p => p.Start).ToList();
            if (sorted.Count < 2) continue;
            var alone = sorted.Select(p => ThresholdAt(p) is { } t ? PolicyRules.Procedure(policy, p.Value, t) : ProcedureKind.European).ToList();
            var lastFlaggedEnd = -1;
            var end = 0;
            for (var i = 0; i < sorted.Count; i++)
            {
                var until = sorted[i].Start.AddMonths(SplitWindowMonths);
                end = Math.Max(end, i);
                while (end + 1 < sorted.Count && sorted[end + 1].Start <= until) end++;
                // Runs only grow at their end, so a run ending where a flagged one ends lies inside it.
                if (end == i || end == lastFlaggedEnd || ThresholdAt(sorted[i]) is not { } threshold) continue;
                var total = 0m;
                var highest = ProcedureKind.SingleQuote;
                for (var j = i; j <= end; j++)
                {
                    total += sorted[j].Value;
                    if (alone[j] > highest) highest = alone[j];
                }
                var together = PolicyRules.Procedure(policy, total, threshold);
                if (together <= highest) continue;
                var run = sorted.GetRange(i, end - i + 1);
                var name = run.Select(p => p.SupplierName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? "onbekende leverancier";
                flags.Add(new SplitFlag(group.Key.Category, group.Key.Supplier, name, total, highest, together, run));
                lastFlaggedEnd = end;
            }
        }
        return flags.OrderBy(f => f.Category).ThenBy(f => f.First).ToList();
    }
}
