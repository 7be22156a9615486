using System.Collections.Concurrent;
using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>One line as the overview's table shows it, with its cost over the plan's horizon worked out once.</summary>
public sealed record PlanLineRow(
    Guid Id, Guid LineKey, int Version, Guid? SchoolId, string SchoolName, PurchaseCategory Category, string Description,
    decimal Quantity, decimal UnitPrice, int PurchaseYear, IReadOnlyList<PlanPhase> Phases, decimal YearlyRecurring,
    int? ContractMonths, LineCost Cost, bool Removed, string SearchText)
{
    public bool BoughtIn(int year) => Phases.Count == 0 ? PurchaseYear == year : Phases.Any(p => p.Year == year);

    /// <summary>"2026" or "2026: 30, 2027: 30".</summary>
    public string When => Phases.Count == 0
        ? PurchaseYear.ToString(CultureInfo.InvariantCulture)
        : string.Join(", ", Phases.Select(p => $"{p.Year}: {p.Quantity.ToString("#,##0.##", CultureInfo.GetCultureInfo("nl-NL"))}"));
}

/// <summary>
/// All lines of one plan version with their totals, immutable, held by <see cref="PlanOverviews"/>. Filtering, sorting
/// and paging 20,000 lines in memory costs less than a count and a sorted page in SQL, and sorts amounts the same way on
/// SQLite (which cannot order decimals) and PostgreSQL.
/// </summary>
public sealed class PlanVersionLines
{
    private static readonly StringComparer Dutch = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);
    private readonly PlanLineRow[] _rows;
    private readonly bool _hasRemoved;
    private readonly ConcurrentDictionary<(string Sort, bool Desc), PlanLineRow[]> _sorted = new();

    public PlanVersionLines(PlanLineRow[] rows, PlanTotals totals, Guid lineStamp, Guid schoolStamp)
    {
        _rows = rows;
        _hasRemoved = rows.Any(r => r.Removed);
        Totals = totals;
        LineStamp = lineStamp;
        SchoolStamp = schoolStamp;
    }

    /// <summary>Totals of the lines still in the version (removed lines do not count).</summary>
    public PlanTotals Totals { get; }
    public Guid LineStamp { get; }
    public Guid SchoolStamp { get; }

    public IReadOnlyList<PlanLineRow> Find(PlanLineFilter filter)
    {
        var sorted = Sorted(filter.Sort, filter.Desc);
        // The usual view (all lines, no filter) is the sorted array itself: paging it copies nothing.
        if (filter is { Search: null, School: null or "", Category: null, Year: null, ShowRemoved: false } && !_hasRemoved) return sorted;
        return Filtered(sorted, filter).ToList();
    }

    private static IEnumerable<PlanLineRow> Filtered(PlanLineRow[] sorted, PlanLineFilter filter)
    {
        var term = filter.Search is { } q ? SearchTerms.Normalize(q) : null;
        Guid? school = Guid.TryParse(filter.School, out var id) ? id : null;
        var wholeBoard = filter.School == PlanLineFilter.WholeBoard;
        foreach (var row in sorted)
        {
            if (row.Removed != filter.ShowRemoved) continue;
            if (wholeBoard ? row.SchoolId is not null : school is { } s && row.SchoolId != s) continue;
            if (filter.Category is { } category && row.Category != category) continue;
            if (filter.Year is { } year && !row.BoughtIn(year)) continue;
            if (term is not null && !row.SearchText.Contains(term, StringComparison.Ordinal)) continue;
            yield return row;
        }
    }

    private PlanLineRow[] Sorted(string? sort, bool desc)
    {
        sort = sort is "omschrijving" or "school" or "jaar" or "aantal" or "kosten" ? sort : "categorie";
        return _sorted.GetOrAdd((sort, desc), k => Sort(_rows, k.Sort, k.Desc));
    }

    private static PlanLineRow[] Sort(PlanLineRow[] rows, string sort, bool desc)
    {
        IOrderedEnumerable<PlanLineRow> By<T>(Func<PlanLineRow, T> key, IComparer<T>? comparer = null) =>
            desc ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
        var sorted = sort switch
        {
            "omschrijving" => By(r => r.Description, Dutch),
            "school" => By(r => r.SchoolName, Dutch),
            "jaar" => By(r => r.PurchaseYear),
            "aantal" => By(r => r.Quantity),
            "kosten" => By(r => r.Cost.Total),
            _ => By(r => r.Category).ThenBy(r => r.SchoolName, Dutch),
        };
        return sorted.ThenBy(r => r.Description, Dutch).ThenBy(r => r.Id).ToArray();
    }
}
