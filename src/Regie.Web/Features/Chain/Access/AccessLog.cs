using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Access;

public sealed record AccessLogRow(Guid Id, DateTimeOffset At, Guid SchoolId, string SchoolName, Guid SupplierId, string SupplierName,
    string ProductName, DataAccessKind Kind, string Actor, int RecordCount, int PupilCount);

/// <summary>Records per supplier per month, for the chart and its table.</summary>
public sealed record AccessChart(IReadOnlyList<DateOnly> Months, IReadOnlyList<(string Supplier, int[] Records)> Suppliers);

/// <summary>The data-access log of the schools a privacy contact answers for.</summary>
public static class AccessLog
{
    public const int ChartMonths = 12;

    /// <summary>
    /// The entries of the given schools that pass the filters, newest first. The period and the order are applied in
    /// memory: SQLite cannot compare or sort DateTimeOffset, and one school's log is a few entries per supplier per day.
    /// </summary>
    public static async Task<List<AccessLogRow>> FindAsync(RegieDbContext db, IReadOnlySet<Guid> schools, AccessLogState state, CancellationToken ct)
    {
        var ids = schools.ToList();
        var query = db.DataAccessEntries.AsNoTracking().Where(e => ids.Contains(e.SchoolId));
        if (state.School is { } school) query = query.Where(e => e.SchoolId == school);
        if (state.Supplier is { } supplier) query = query.Where(e => e.SupplierId == supplier);
        if (state.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        var names = await SchoolNamesAsync(db, schools, ct);
        var rows = await query.Select(e => new AccessLogRow(e.Id, e.At, e.SchoolId, "", e.SupplierId, e.SupplierName, e.ProductName, e.Kind, e.Actor, e.RecordCount, e.PupilCount))
            .ToListAsync(ct);
        return rows
            .Where(r => (state.From is not { } from || Day(r.At) >= from) && (state.To is not { } to || Day(r.At) <= to))
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => r with { SchoolName = names.GetValueOrDefault(r.SchoolId, "") })
            .ToList();
    }

    public static async Task<Dictionary<Guid, string>> SchoolNamesAsync(RegieDbContext db, IReadOnlySet<Guid> schools, CancellationToken ct)
    {
        var ids = schools.ToList();
        return await db.Schools.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.Local().DateTime);

    /// <summary>Records per supplier for the twelve months up to the end of the period (or this month).</summary>
    public static AccessChart Chart(IReadOnlyList<AccessLogRow> rows, AccessLogState state, DateOnly today)
    {
        var last = MonthOf(state.To ?? today);
        var first = state.From is { } from && MonthOf(from) > last.AddMonths(-ChartMonths) ? MonthOf(from) : last.AddMonths(1 - ChartMonths);
        var months = new List<DateOnly>();
        for (var month = first; month <= last; month = month.AddMonths(1)) months.Add(month);
        var suppliers = rows
            .Where(r => MonthOf(Day(r.At)) >= first && MonthOf(Day(r.At)) <= last)
            .GroupBy(r => r.SupplierName)
            .OrderBy(g => g.Key, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true))
            .Select(g => (g.Key, months.Select(m => g.Where(r => MonthOf(Day(r.At)) == m).Sum(r => r.RecordCount)).ToArray()))
            .ToList();
        return new AccessChart(months, suppliers);
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
