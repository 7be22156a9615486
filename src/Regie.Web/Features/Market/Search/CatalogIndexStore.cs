using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>
/// Holds the current <see cref="CatalogIndex"/>. Searches compare the catalogue's <see cref="ChangeStamp"/> with the
/// one the index was built under (one primary-key read, at most once per <see cref="TrustCheckFor"/>). When they differ, one rebuild starts; requests wait a
/// moment for it and otherwise keep searching the previous index, so a rebuild of a large catalogue never makes
/// every reader wait. Text matches and result pages are cached per query for the index they were computed on.
/// </summary>
public sealed class CatalogIndexStore : IDisposable
{
    /// <summary>
    /// How long a stamp check is trusted. Saves in this process clear it at once (see <see cref="ChangeStampInterceptor.Renewed"/>);
    /// a change saved by another app instance shows within this time. It spares every search a database round trip.
    /// </summary>
    private static readonly TimeSpan TrustCheckFor = TimeSpan.FromSeconds(1);

    /// <summary>Long enough for a small catalogue's rebuild, so the one who saved a change sees it on the next search.</summary>
    private static readonly TimeSpan FreshnessWait = TimeSpan.FromMilliseconds(500);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<CatalogIndexStore> _logger;
    private readonly ChangeStampInterceptor _stamps;
    private readonly Lock _gate = new();
    private long _checkedAt; // Stopwatch timestamp of the last check that found the index current; 0: check now
    private int _renewals;
    private readonly MemoryCache _textHits = new(new MemoryCacheOptions { SizeLimit = 4096 });
    private CatalogIndex? _current;
    private Task<CatalogIndex>? _rebuild;

    public CatalogIndexStore(IServiceScopeFactory scopes, ILogger<CatalogIndexStore> logger, ChangeStampInterceptor stamps)
    {
        (_scopes, _logger, _stamps) = (scopes, logger, stamps);
        _stamps.Renewed += OnRenewed;
    }

    public async Task<CatalogIndex> CurrentAsync(RegieDbContext db, CancellationToken ct)
    {
        var current = _current;
        var lastCheck = Interlocked.Read(ref _checkedAt);
        if (current is not null && lastCheck != 0 && Stopwatch.GetElapsedTime(lastCheck) < TrustCheckFor) return current;
        var renewals = Volatile.Read(ref _renewals);
        var checkedAt = Stopwatch.GetTimestamp();
        var stamp = await ChangeStamp.ReadAsync<CatalogItem>(db, Guid.Empty, ct);
        if (current is not null && current.Stamp == stamp)
        {
            // A save announced while the stamp was read may not be in what was read: then the next search checks again.
            if (Volatile.Read(ref _renewals) == renewals) Interlocked.Exchange(ref _checkedAt, checkedAt);
            return current;
        }

        var rebuild = StartRebuild();
        if (current is null) return await rebuild.WaitAsync(ct);
        var first = await Task.WhenAny(rebuild, Task.Delay(FreshnessWait, ct));
        return first == rebuild && rebuild.IsCompletedSuccessfully ? rebuild.Result : current;
    }

    /// <summary>
    /// One page of results with its facet counts. Searches repeat (the same subject and level, the same few words), so
    /// a page is kept for the index it was computed on; a catalogue change makes a new index and so new keys.
    /// </summary>
    public CatalogHits Find(CatalogIndex index, CatalogQuery query, TextHits? text)
    {
        var key = (index.Stamp, "page", query.CacheKey);
        if (_textHits.TryGetValue(key, out CatalogHits? hits)) return hits!;
        hits = index.Find(query, text);
        _textHits.Set(key, hits, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return hits;
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
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
            // The stamp is read before the rows: a change saved in between makes the index newer than its stamp, never older.
            var stamp = await ChangeStamp.ReadAsync<CatalogItem>(db, Guid.Empty, CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            var rows = await db.CatalogItems.AsNoTracking()
                .Where(i => i.Status == ItemStatus.Published)
                .Select(i => new CatalogIndexRow(i.Id, i.Title, i.Kind, i.Sectors, i.Subjects, i.Levels, i.Innovation,
                    i.PricingModel, i.PriceExclVat, i.Compliance, i.RatingAverage, i.RatingCount, i.SupplierName, i.Summary, i.VatRate,
                    i.RecognitionLevel, i.RecognizedUntil))
                .ToListAsync();
            var index = CatalogIndex.Build(rows, stamp);
            _current = index;
            _logger.LogInformation("Catalogue search index built: {Count} items in {Elapsed} ms", index.Count,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return index;
        }
        finally
        {
            lock (_gate) _rebuild = null;
        }
    }

    private void OnRenewed(string kind, Guid owner)
    {
        if (kind != ChangeStamp.KindOf<CatalogItem>()) return;
        Interlocked.Increment(ref _renewals);
        Interlocked.Exchange(ref _checkedAt, 0);
    }

    public void Dispose()
    {
        _stamps.Renewed -= OnRenewed;
        _textHits.Dispose();
    }
}
