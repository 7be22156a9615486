using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>
/// Holds the current <see cref="CatalogIndex"/>. Each search compares the catalogue's <see cref="ChangeStamp"/> with
/// the one the index was built under (one primary-key read). When they differ, one rebuild starts; requests wait a
/// moment for it and otherwise keep searching the previous index, so a rebuild of a large catalogue never makes
/// every reader wait. Text-search results are cached per query for the index they were ranked on.
/// </summary>
public sealed class CatalogIndexStore(IServiceScopeFactory scopes, ILogger<CatalogIndexStore> logger) : IDisposable
{
    /// <summary>Long enough for a small catalogue's rebuild, so the one who saved a change sees it on the next search.</summary>
    private static readonly TimeSpan FreshnessWait = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly MemoryCache _textHits = new(new MemoryCacheOptions { SizeLimit = 4096 });
    private CatalogIndex? _current;
    private Task<CatalogIndex>? _rebuild;

    public async Task<CatalogIndex> CurrentAsync(RegieDbContext db, CancellationToken ct)
    {
        var stamp = await ChangeStamp.ReadAsync<CatalogItem>(db, Guid.Empty, ct);
        var current = _current;
        if (current is not null && current.Stamp == stamp) return current;

        var rebuild = StartRebuild();
        if (current is null) return await rebuild.WaitAsync(ct);
        var first = await Task.WhenAny(rebuild, Task.Delay(FreshnessWait, ct));
        return first == rebuild && rebuild.IsCompletedSuccessfully ? rebuild.Result : current;
    }

    /// <summary>The ranked matches of a query on an index, from the cache when this index already answered it.</summary>
    public async Task<TextHits> TextHitsAsync(CatalogIndex index, SearchWords words, Func<Task<IReadOnlyList<TextMatch>>> match)
    {
        var key = (index.Stamp, words.Key);
        if (_textHits.TryGetValue(key, out TextHits? hits)) return hits!;
        hits = index.Rank(await match(), words);
        _textHits.Set(key, hits, new MemoryCacheEntryOptions
        {
            // Bigger result sets count more, so a few broad queries cannot push out many narrow ones unnoticed.
            Size = 1 + hits.Ranked.Length / 1024,
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
        return hits;
    }

    private Task<CatalogIndex> StartRebuild()
    {
        lock (_gate)
        {
            return _rebuild ??= Task.Run(RebuildAsync);
        }
    }

    private async Task<CatalogIndex> RebuildAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
            // The stamp is read before the rows: a change saved in between makes the index newer than its stamp, never older.
            var stamp = await ChangeStamp.ReadAsync<CatalogItem>(db, Guid.Empty, CancellationToken.None);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var rows = await db.CatalogItems.AsNoTracking()
                .Where(i => i.Status == ItemStatus.Published)
                .Select(i => new CatalogIndexRow(i.Id, i.Title, i.Kind, i.Sectors, i.Subjects, i.Levels, i.Innovation,
                    i.PricingModel, i.PriceExclVat, i.Compliance, i.RatingAverage, i.RatingCount))
                .ToListAsync();
            var index = CatalogIndex.Build(rows, stamp);
            _current = index;
            logger.LogInformation("Catalogue search index built: {Count} items in {Elapsed} ms", index.Count,
                (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return index;
        }
        finally
        {
            lock (_gate) _rebuild = null;
        }
    }

    public void Dispose() => _textHits.Dispose();
}
