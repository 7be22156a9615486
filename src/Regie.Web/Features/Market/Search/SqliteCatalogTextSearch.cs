using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>
/// SQLite's FTS5 table "CatalogSearch" holds the Dutch stems the app writes into CatalogItems.SearchStems (SQLite
/// has no Dutch stemmer), so the query is stemmed here the same way; bm25 ranks, negated so higher is better.
/// </summary>
public sealed class SqliteCatalogTextSearch : ICatalogTextSearch
{
    public async Task<IReadOnlyList<TextMatch>> MatchAsync(RegieDbContext db, SearchWords words, CancellationToken ct)
    {
        if (words.IsEmpty) return [];
        var match = MatchExpression(words);
        var published = (int)ItemStatus.Published;
        return await db.Database.SqlQuery<TextMatch>($"""
            SELECT c."Id" AS "Id", -bm25("CatalogSearch") AS "Score"
            FROM "CatalogSearch" JOIN "CatalogItems" c ON c.rowid = "CatalogSearch".rowid
            WHERE "CatalogSearch" MATCH {match} AND c."Status" = {published}
            """).ToListAsync(ct);
    }

    /// <summary>("reken"* OR "rek") AND ...: every word, each as a prefix of its stem or as its shorter stem.</summary>
    public static string MatchExpression(SearchWords words) => string.Join(" AND ", words.Words.Select(w =>
        w.ShorterStem is { } shorter ? $"({Quote(w.Stem)}* OR {Quote(shorter)})" : $"{Quote(w.Stem)}*"));

    private static string Quote(string stem) => "\"" + stem.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
