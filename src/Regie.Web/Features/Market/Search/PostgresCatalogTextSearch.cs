using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>
/// PostgreSQL stems with its own Dutch configuration: the generated "SearchVector" column (GIN-indexed) holds
/// to_tsvector('dutch', SearchText), and to_tsquery('dutch', ...) stems the folded query words the same way.
/// </summary>
public sealed class PostgresCatalogTextSearch : ICatalogTextSearch
{
    public async Task<IReadOnlyList<TextMatch>> MatchAsync(RegieDbContext db, SearchWords words, CancellationToken ct)
    {
        if (words.IsEmpty) return [];
        var query = QueryExpression(words);
        var published = (int)ItemStatus.Published;
        return await db.Database.SqlQuery<TextMatch>($"""
            SELECT c."Id" AS "Id", ts_rank(c."SearchVector", q)::float8 AS "Score"
            FROM "CatalogItems" c, to_tsquery('dutch', {query}) q
            WHERE c."SearchVector" @@ q AND c."Status" = {published}
            """).ToListAsync(ct);
    }

    /// <summary>(rekenen:* | reken) &amp; ...: PostgreSQL stems each operand, so it gets the word as typed and our stem of it.</summary>
    /// <remarks>The words hold letters only (<see cref="Infrastructure.Text.DutchWords"/>), so no operator can be smuggled in.</remarks>
    public static string QueryExpression(SearchWords words) => string.Join(" & ", words.Words.Select(w =>
        w.ShorterStem is not null ? $"({w.Word}:* | {w.Stem})" : $"{w.Word}:*"));
}
