using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Search;

/// <summary>
/// What the search page shows, all in its URL (q, kind, sector, subject, level, category, price, fact, sort,
/// pageNumber) so a search can be shared, bookmarked, and walked back with the browser's back button.
/// </summary>
public sealed class CatalogQuery
{
    public const string ByRelevance = "relevance";
    public const string ByRating = "rating";
    public const string ByPrice = "price";
    public const int PageSize = 20;

    public string? Q { get; set; }
    public List<string> Kind { get; set; } = [];
    public List<string> Sector { get; set; } = [];
    public List<string> Subject { get; set; } = [];
    public List<string> Level { get; set; } = [];
    public List<string> Category { get; set; } = [];
    public List<string> Price { get; set; } = [];
    public List<string> Fact { get; set; } = [];
    public string? Sort { get; set; }
    public int PageNumber { get; set; } = 1;

    private SearchWords? _words;
    private readonly Dictionary<Facet, IReadOnlyList<FacetValue>> _ticked = [];

    public SearchWords Words => _words ??= SearchWords.Parse(Q);

    /// <summary>Relevance needs words to be relevant to; without them the best rated come first.</summary>
    public string EffectiveSort => Sort switch
    {
        ByRating or ByPrice => Sort,
        _ => Words.IsEmpty ? ByRating : ByRelevance,
    };

    public List<string> Selected(Facet facet) => facet.Key switch
    {
        "kind" => Kind,
        "sector" => Sector,
        "subject" => Subject,
        "level" => Level,
        "category" => Category,
        "price" => Price,
        "fact" => Fact,
        _ => [],
    };

    /// <summary>The ticked values of a facet that exist, in their canonical spelling.</summary>
    public IReadOnlyList<FacetValue> Ticked(Facet facet)
    {
        if (!_ticked.TryGetValue(facet, out var ticked))
            _ticked[facet] = ticked = Selected(facet).Select(facet.Find).OfType<FacetValue>().Distinct().ToList();
        return ticked;
    }

    /// <summary>The same for every URL that asks the same thing: folded words, canonical facet values in a fixed order, order and page.</summary>
    public string CacheKey => string.Join('|',
        CatalogFacets.All.Select(f => string.Join(',', Ticked(f).Select(v => v.Key).Order(StringComparer.Ordinal)))
            .Prepend(Words.Key).Append(EffectiveSort).Append(PageNumber.ToString(CultureInfo.InvariantCulture)));

    public bool HasFilters => CatalogFacets.All.Any(f => Ticked(f).Count > 0);

    public bool IsTicked(Facet facet, FacetValue value) => Ticked(facet).Contains(value);

    public IEnumerable<KeyValuePair<string, string?>> Pairs(string? sort = null, int? page = null, (Facet Facet, FacetValue Value)? without = null)
    {
        if (!string.IsNullOrWhiteSpace(Q)) yield return new("q", Q.Trim());
        foreach (var facet in CatalogFacets.All)
            foreach (var value in Ticked(facet))
                if (without is not { } w || w.Facet != facet || w.Value != value)
                    yield return new(facet.Key, value.Key);
        if ((sort ?? Sort) is { Length: > 0 } s) yield return new("sort", s);
        if (page is > 1) yield return new("pageNumber", page.Value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>This search's URL, on another page of results or in another order (which starts again at page 1).</summary>
    public string Href(string path, int? page = null, string? sort = null) => ListState.WithQuery(path, Pairs(sort, page ?? PageNumber));

    /// <summary>This search without one ticked value: the way out of "no results".</summary>
    public string HrefWithout(string path, Facet facet, FacetValue value) => ListState.WithQuery(path, Pairs(without: (facet, value)));

    public string ExportHref(string path, string format) =>
        ListState.WithQuery(path, Pairs().Append(new("handler", "Export")).Append(new("format", format)));
}
