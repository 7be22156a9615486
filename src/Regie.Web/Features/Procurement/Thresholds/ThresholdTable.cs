using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>
/// The threshold that applies to a procedure: the one of the two-year period the procedure starts in. When that period
/// is not in the table yet, the newest earlier period is used and <see cref="IsCarriedOver"/> says so.
/// </summary>
public sealed record ThresholdLookup(ContractKind Kind, int PeriodStartYear, decimal Amount, bool IsCarriedOver)
{
    public string PeriodLabel => $"{PeriodStartYear}–{PeriodStartYear + 1}";
}

public static class ThresholdTable
{
    /// <summary>Periods start on 1 January of even years.</summary>
    public static int PeriodStartYear(DateOnly day) => day.Year % 2 == 0 ? day.Year : day.Year - 1;

    public static ThresholdLookup? Pick(IEnumerable<TenderThreshold> table, ContractKind kind, DateOnly procedureStart)
    {
        var period = PeriodStartYear(procedureStart);
        var row = table.Where(t => t.Kind == kind && t.PeriodStartYear <= period).MaxBy(t => t.PeriodStartYear);
        return row is null ? null : new ThresholdLookup(kind, row.PeriodStartYear, row.Amount, row.PeriodStartYear != period);
    }

    public static async Task<ThresholdLookup?> ForAsync(RegieDbContext db, ContractKind kind, DateOnly procedureStart, CancellationToken ct) =>
        Pick(await db.TenderThresholds.AsNoTracking().Where(t => t.Kind == kind).ToListAsync(ct), kind, procedureStart);
}
