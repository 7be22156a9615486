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

/// <summary>The search page's one entry point: text search in the database, everything else in the <see cref="CatalogIndex"/>.</summary>
public sealed class MarketSearch(RegieDbContext db, CatalogIndexStore store, ICatalogTextSearch text)
{
    public const int ExportLimit = 5_000;

    public async Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken ct)
    {
        var index = await store.CurrentAsync(db, ct);
        var hits = index.Find(query, await TextHitsAsync(index, query, ct));
        return new CatalogSearchResult(hits, await CardsAsync(hits.Ids, ct), index.Count);
    }

    /// <summary>The whole result set in order, up to <see cref="ExportLimit"/> items.</summary>
    public async Task<IReadOnlyList<CatalogCard>> ExportAsync(CatalogQuery query, CancellationToken ct)
    {
        var index = await store.CurrentAsync(db, ct);
        return await CardsAsync(index.FindAll(query, await TextHitsAsync(index, query, ct), ExportLimit), ct);
    }

    private async Task<TextHits?> TextHitsAsync(CatalogIndex index, CatalogQuery query, CancellationToken ct)
    {
        var words = query.Words;
        if (words.IsEmpty) return null;
        return await store.TextHitsAsync(index, words, () => text.MatchAsync(db, words, ct));
    }

    /// <summary>The cards of the given items in the given order; one query, still only published items.</summary>
    private async Task<IReadOnlyList<CatalogCard>> CardsAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var cards = await db.CatalogItems.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.Status == ItemStatus.Published)
            .Select(i => new CatalogCard(i.Id, i.Title, i.SupplierName, i.Kind, i.Summary, i.Sectors, i.PricingModel, i.PriceExclVat,
                i.VatRate, i.RatingAverage, i.RatingCount, i.RecognitionLevel, i.RecognizedUntil))
            .ToDictionaryAsync(c => c.Id, ct);
        return ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList();
    }
}
