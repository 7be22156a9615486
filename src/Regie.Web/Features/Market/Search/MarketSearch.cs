using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>An item as a search result card (and an export row) shows it.</summary>
public sealed record CatalogCard(
    Guid Id, string Title, string SupplierName, ItemKind Kind, string Summary, SchoolSectors Sectors, PricingModel PricingModel,
    decimal PriceExclVat, decimal VatRate, double RatingAverage, int RatingCount, string? RecognitionLevel, DateOnly? RecognizedUntil)
{
    public bool IsRecognizedOn(DateOnly day) => RecognitionLevel is not null && RecognizedUntil >= day;
}

public sealed record CatalogSearchResult(CatalogHits Hits, IReadOnlyList<CatalogCard> Cards, int CatalogueSize);

/// <summary>The search page's one entry point: text search in the database, everything else (cards too) in the <see cref="CatalogIndex"/>.</summary>
public sealed class MarketSearch(RegieDbContext db, CatalogIndexStore store, ICatalogTextSearch text)
{
    public const int ExportLimit = 5_000;

    public async Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken ct)
    {
        var index = await store.CurrentAsync(db, ct);
        var hits = store.Find(index, query, await TextHitsAsync(index, query, ct));
        return new CatalogSearchResult(hits, index.Cards(hits.Ids), index.Count);
    }

    /// <summary>The whole result set in order, up to <see cref="ExportLimit"/> items.</summary>
    public async Task<IReadOnlyList<CatalogCard>> ExportAsync(CatalogQuery query, CancellationToken ct)
    {
        var index = await store.CurrentAsync(db, ct);
        return index.Cards(index.FindAll(query, await TextHitsAsync(index, query, ct), ExportLimit));
    }

    private async Task<TextHits?> TextHitsAsync(CatalogIndex index, CatalogQuery query, CancellationToken ct)
    {
        var words = query.Words;
        if (words.IsEmpty) return null;
        return await store.TextHitsAsync(index, words, () => text.MatchAsync(db, words, ct));
    }
}
