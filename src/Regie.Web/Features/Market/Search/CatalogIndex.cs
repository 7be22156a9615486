using System.Globalization;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>What the index keeps of a published item: its facet values, sort keys and result card, none of its long texts.</summary>
public sealed record CatalogIndexRow(
    Guid Id, string Title, ItemKind Kind, SchoolSectors Sectors, List<string> Subjects, List<string> Levels,
    InnovationCategories Innovation, PricingModel PricingModel, decimal PriceExclVat, ComplianceFacts Compliance,
    double RatingAverage, int RatingCount, string SupplierName, string Summary, decimal VatRate, string? RecognitionLevel,
    DateOnly? RecognizedUntil)
{
    public CatalogCard Card(Func<string, string> shared) => new(Id, Title, shared(SupplierName), Kind, Summary, Sectors, PricingModel,
        PriceExclVat, VatRate, RatingAverage, RatingCount, RecognitionLevel, RecognizedUntil);
}

public sealed record FacetCount(FacetValue Value, int Count, bool Ticked);

public sealed record FacetCounts(Facet Facet, IReadOnlyList<FacetCount> Values);

/// <summary>One page of a search: the items in order, how many there are in all, and the counts per facet value.</summary>
public sealed record CatalogHits(IReadOnlyList<Guid> Ids, int Total, int Page, int Pages, IReadOnlyList<FacetCounts> Facets);

/// <summary>The items a text query matched, as index positions: as a set, and best match first.</summary>
public sealed record TextHits(Bitset Matches, int[] Ranked);

/// <summary>
/// The published catalogue in memory for facets, filters, sorting and paging. Every facet value has a bitset of
/// the items that have it, so a search is a few AND/OR passes over about 12 KB per value for 100,000 items,
/// and a facet's counts are what the user would get by also ticking that value. Immutable: a change to the
/// catalogue builds a new index (see <see cref="CatalogIndexStore"/>).
/// </summary>
public sealed class CatalogIndex
{
    private static readonly CompareInfo Dutch = CultureInfo.GetCultureInfo("nl-NL").CompareInfo;

    private readonly Guid[] _ids;
    private readonly CatalogCard[] _cards;
    private readonly string[] _titles;
    private readonly string[] _titleStems;
    private readonly double[] _ratings;
    private readonly int[] _titleRank;
    private readonly Dictionary<Guid, int> _positions;
    private readonly Dictionary<Facet, Dictionary<string, Bitset>> _postings;
    private readonly Bitset _all;
    private readonly int[] _byRating;
    private readonly int[] _byPrice;
    private readonly int[] _ratingCounts;
    private (int Limit, IReadOnlyList<string> Titles)? _bestKnownTitles;

    private CatalogIndex(IReadOnlyList<CatalogIndexRow> rows, Guid stamp)
    {
        Stamp = stamp;
        var n = rows.Count;
        _ids = rows.Select(r => r.Id).ToArray();
        // Result cards live here rather than being read per search: SQLite stores a card's title and summary behind the
        // long description in the row, so reading twenty of them per request cost more than the whole search.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        _cards = rows.Select(r => r.Card(name => names.TryGetValue(name, out var known) ? known : names[name] = name)).ToArray();
        _titles = rows.Select(r => r.Title).ToArray();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        _titleStems = rows.Select(r => SearchWords.PaddedStems(r.Title, stems)).ToArray();
        _ratings = rows.Select(r => r.RatingAverage).ToArray();
        _ratingCounts = rows.Select(r => r.RatingCount).ToArray();
        _positions = new Dictionary<Guid, int>(n);
        for (var i = 0; i < n; i++) _positions[_ids[i]] = i;
        _all = Bitset.All(n);

        _titleRank = new int[n];
        // Sort keys once per title: comparing them is a byte compare, where the culture's comparer redoes the work each time.
        var keys = _titles.Select(t => Dutch.GetSortKey(t, CompareOptions.IgnoreCase).KeyData).ToArray();
        var byTitle = Enumerable.Range(0, n).ToArray();
        Array.Sort(byTitle, (a, b) => keys[a].AsSpan().SequenceCompareTo(keys[b]));
        for (var rank = 0; rank < n; rank++) _titleRank[byTitle[rank]] = rank;

        _postings = CatalogFacets.All.ToDictionary(f => f, f => f.Values.ToDictionary(v => v.Key, _ => new Bitset(n)));
        for (var i = 0; i < n; i++)
            foreach (var facet in CatalogFacets.All)
                foreach (var key in facet.ValuesOf(rows[i]))
                    if (facet.Find(key) is { } value) _postings[facet][value.Key].Set(i);

        _byRating = Enumerable.Range(0, n)
            .OrderByDescending(i => rows[i].RatingAverage).ThenByDescending(i => rows[i].RatingCount).ThenBy(i => _titleRank[i]).ToArray();
        _byPrice = Enumerable.Range(0, n)
            .OrderBy(i => PriceBuckets.Of(rows[i].PricingModel, rows[i].PriceExclVat).Order).ThenBy(i => rows[i].PriceExclVat).ThenBy(i => _titleRank[i]).ToArray();
    }

    public static CatalogIndex Build(IReadOnlyList<CatalogIndexRow> rows, Guid stamp) => new(rows, stamp);

    /// <summary>The catalogue stamp the rows were read under.</summary>
    public Guid Stamp { get; }

    public int Count => _ids.Length;

    /// <summary>The titles of the most reviewed items, the products people are likely to name.</summary>
    public IReadOnlyList<string> BestKnownTitles(int limit)
    {
        if (_bestKnownTitles is { } known && known.Limit == limit) return known.Titles;
        var titles = Enumerable.Range(0, Count)
            .OrderByDescending(i => _ratingCounts[i]).ThenBy(i => _titleRank[i])
            .Select(i => _titles[i]).Distinct(StringComparer.OrdinalIgnoreCase).Take(limit).ToList();
        _bestKnownTitles = (limit, titles);
        return titles;
    }

    public bool Contains(Guid id) => _positions.ContainsKey(id);

    /// <summary>The result cards of the given items, in the given order; items not in this index are left out.</summary>
    public IReadOnlyList<CatalogCard> Cards(IReadOnlyList<Guid> ids) =>
        ids.Where(_positions.ContainsKey).Select(id => _cards[_positions[id]]).ToList();

    /// <summary>Orders text matches: more query words in the title first (a title hit above a hit only in the other texts), then by the engine's score.</summary>
    public TextHits Rank(IReadOnlyList<TextMatch> matches, SearchWords words)
    {
        var found = new List<(int Position, int InTitle, double Score)>(matches.Count);
        var set = new Bitset(Count);
        foreach (var match in matches)
        {
            if (!_positions.TryGetValue(match.Id, out var position)) continue; // published after this index was built
            set.Set(position);
            found.Add((position, words.CountIn(_titleStems[position]), match.Score));
        }
        var ranked = found
            .OrderByDescending(f => f.InTitle).ThenByDescending(f => f.Score).ThenByDescending(f => _ratings[f.Position]).ThenBy(f => _titleRank[f.Position])
            .Select(f => f.Position).ToArray();
        return new TextHits(set, ranked);
    }

    public CatalogHits Find(CatalogQuery query, TextHits? text)
    {
        var scope = text?.Matches ?? _all;
        var filters = CatalogFacets.All.ToDictionary(f => f, f => Filter(f, query.Ticked(f)));
        var result = scope.Copy();
        foreach (var filter in filters.Values)
            if (filter is not null) result.And(filter);

        var counts = CatalogFacets.All.Select(facet => Counts(facet, query, BasisFor(facet, scope, result, filters))).ToList();

        var total = result.Count();
        var pages = Math.Max(1, (total + CatalogQuery.PageSize - 1) / CatalogQuery.PageSize);
        var page = Math.Clamp(query.PageNumber, 1, pages);
        var ids = InOrder(query, text, result).Skip((page - 1) * CatalogQuery.PageSize).Take(CatalogQuery.PageSize).ToList();
        return new CatalogHits(ids, total, page, pages, counts);
    }

    /// <summary>Every result in order, up to a limit: what an export of the search holds.</summary>
    public IReadOnlyList<Guid> FindAll(CatalogQuery query, TextHits? text, int limit)
    {
        var result = (text?.Matches ?? _all).Copy();
        foreach (var facet in CatalogFacets.All)
            if (Filter(facet, query.Ticked(facet)) is { } filter) result.And(filter);
        return InOrder(query, text, result).Take(limit).ToList();
    }

    private IEnumerable<Guid> InOrder(CatalogQuery query, TextHits? text, Bitset result)
    {
        var order = query.EffectiveSort switch
        {
            CatalogQuery.ByRelevance when text is not null => text.Ranked,
            CatalogQuery.ByPrice => _byPrice,
            _ => _byRating,
        };
        foreach (var position in order)
            if (result.Contains(position)) yield return _ids[position];
    }

    /// <summary>
    /// The set a facet's counts are taken over: the results with every other facet's filter but not its own, so a
    /// count says how many results ticking that value adds. Values that must all hold narrow within their facet too.
    /// </summary>
    private static Bitset BasisFor(Facet facet, Bitset scope, Bitset result, Dictionary<Facet, Bitset?> filters)
    {
        if (facet.Mode == FacetMode.AllOf || filters[facet] is null) return result;
        var basis = scope.Copy();
        foreach (var (other, filter) in filters)
            if (other != facet && filter is not null) basis.And(filter);
        return basis;
    }

    private FacetCounts Counts(Facet facet, CatalogQuery query, Bitset basis) => new(facet,
        facet.Values.Select(v => new FacetCount(v, _postings[facet][v.Key].CountAnd(basis), query.IsTicked(facet, v))).ToList());

    private Bitset? Filter(Facet facet, IReadOnlyList<FacetValue> ticked)
    {
        if (ticked.Count == 0) return null;
        var filter = _postings[facet][ticked[0].Key].Copy();
        foreach (var value in ticked.Skip(1))
        {
            if (facet.Mode == FacetMode.AllOf) filter.And(_postings[facet][value.Key]);
            else filter.Or(_postings[facet][value.Key]);
        }
        return filter;
    }
}
