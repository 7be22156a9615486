using Regie.Web.Data;
using Regie.Web.Features.Needs;

namespace Regie.Web.Features.Market.Search;

/// <summary>
/// Product names from the published catalogue as solution words, so a need that names a product gets the brand
/// warning. Capped to the most reviewed items: every word becomes a pattern checked against every story.
/// </summary>
public sealed class CatalogTitleWords(CatalogIndexStore store) : ISolutionWordSource
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<SolutionWord>> WordsAsync(RegieDbContext db, CancellationToken ct)
    {
        var index = await store.CurrentAsync(db, ct);
        return index.BestKnownTitles(Limit)
            .Where(t => t.Trim().Length >= 3 && !LooksLikeCommonWord(t.Trim()))
            .Select(t => new SolutionWord(t.Trim(), SolutionTermKind.Brand, Hint))
            .ToList();
    }

    /// <summary>
    /// A one-word title with a Dutch inflection ("Rekenen", "Eerste") is more likely an ordinary word than a brand, and
    /// would flag every need that uses it; invented names ("Snappet", "Rekenrijk") stem to themselves and are kept.
    /// </summary>
    private static bool LooksLikeCommonWord(string title)
    {
        if (title.Contains(' ', StringComparison.Ordinal)) return false;
        var word = Infrastructure.Web.SearchTerms.Normalize(title);
        return Infrastructure.Text.DutchWords.StopWords.Contains(word) || Infrastructure.Text.DutchStemmer.Stem(word) != word;
    }

    private const string Hint =
        "U noemt een product uit de catalogus. Schrijf op wat u wilt bereiken; dan kunnen ook andere aanbieders laten zien hoe zij dat oplossen.";
}
