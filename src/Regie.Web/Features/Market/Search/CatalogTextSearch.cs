using Regie.Web.Data;
using Regie.Web.Infrastructure.Text;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Search;

/// <summary>A published item whose text matches a query, with how well it matches (higher is better).</summary>
public sealed class TextMatch
{
    public Guid Id { get; set; }
    public double Score { get; set; }
}

/// <summary>Full-text search over the catalogue in the database's own engine: FTS5 on SQLite, tsvector on PostgreSQL.</summary>
public interface ICatalogTextSearch
{
    /// <summary>The published items containing every word of the query (as a word, a longer form of it, or its stem).</summary>
    Task<IReadOnlyList<TextMatch>> MatchAsync(RegieDbContext db, SearchWords words, CancellationToken ct);
}

/// <summary>One word of a query: as typed (folded), its Dutch stem, and the stem of that stem.</summary>
/// <remarks>
/// A query word matches any indexed stem that starts with its stem ("rekenen" → reken* finds "rekent"), and also
/// the stem of its stem: the text's "reken" is indexed as "rek", which no prefix of "rekenen" reaches.
/// </remarks>
public sealed record SearchWord(string Word, string Stem, string? ShorterStem);

/// <summary>The meaningful words of a search box, folded the way <see cref="CatalogItem"/> folds its search text.</summary>
public sealed class SearchWords
{
    private SearchWords(IReadOnlyList<SearchWord> words) => Words = words;

    public IReadOnlyList<SearchWord> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>The same for every spelling of the same query ("Geïntegreerd  Rekenen" and "geintegreerd rekenen").</summary>
    public string Key => string.Join(' ', Words.Select(w => w.Word));

    public static SearchWords Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return new([]);
        var words = DutchWords.Split(SearchTerms.Normalize(query)).Distinct().Take(12).Select(word =>
        {
            var stem = DutchStemmer.Stem(word);
            var shorter = DutchStemmer.Stem(stem);
            return new SearchWord(word, stem, shorter != stem && shorter.Length >= 2 ? shorter : null);
        });
        return new(words.ToList());
    }

    /// <summary>How many words of the query a title (as its stems, space-separated and padded with spaces) holds.</summary>
    public int CountIn(string paddedStems) => Words.Count(w =>
        paddedStems.Contains(" " + w.Stem, StringComparison.Ordinal)
        || (w.ShorterStem is { } shorter && paddedStems.Contains(" " + shorter + " ", StringComparison.Ordinal)));

    /// <param name="known">Stems already worked out; titles share most of their words, and stemming is the costly part.</param>
    public static string PaddedStems(string text, Dictionary<string, string>? known = null) =>
        " " + string.Join(' ', DutchWords.Split(SearchTerms.Normalize(text)).Select(word =>
        {
            if (known is null) return DutchStemmer.Stem(word);
            if (!known.TryGetValue(word, out var stem)) known[word] = stem = DutchStemmer.Stem(word);
            return stem;
        })) + " ";
}
