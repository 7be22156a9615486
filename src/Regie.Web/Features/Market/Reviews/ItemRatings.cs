using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Audit;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>
/// The one way a review is saved: the item's rating count and average (which search facets and "sort by rating"
/// read) are recounted from the published reviews and written in the same save.
/// </summary>
public static class ItemRatings
{
    private const int Attempts = 3;

    /// <summary>False when the review changed since <paramref name="versionSeen"/>: nothing is saved and the context is cleared.</summary>
    public static async Task<bool> SaveAsync(RegieDbContext db, Review review, int? versionSeen, CancellationToken ct)
    {
        if (versionSeen is { } version) db.Entry(review).Property(r => r.Version).OriginalValue = version;
        for (var attempt = 1; ; attempt++)
        {
            await RecountAsync(db, review, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < Attempts && e.Entries.All(x => x.Entity is Catalog.CatalogItem))
            {
                // Another review of the same item (or its supplier) saved the item first: undo this attempt's
                // bookkeeping, read the item again and count once more.
                foreach (var audit in db.ChangeTracker.Entries<AuditEntry>().Where(a => a.State == EntityState.Added).ToList())
                    audit.State = EntityState.Detached;
                foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(x => x.State == EntityState.Modified))
                    entry.Entity.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue!;
                foreach (var entry in e.Entries) await entry.ReloadAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }
    }

    /// <summary>Counts the stored published reviews of the item, with <paramref name="changed"/> as it is now in memory.</summary>
    private static async Task RecountAsync(RegieDbContext db, Review changed, CancellationToken ct)
    {
        var item = await db.CatalogItems.SingleAsync(i => i.Id == changed.ItemId, ct);
        var ratings = await db.Reviews.AsNoTracking()
            .Where(r => r.ItemId == changed.ItemId && r.Id != changed.Id && r.Status == ReviewStatus.Published)
            .Select(r => r.Ratings)
            .ToListAsync(ct);
        var overall = ratings.Where(r => r.Count > 0).Select(r => r.Values.Average()).ToList();
        if (changed.IsPublished && changed.Ratings.Count > 0) overall.Add(changed.Overall);
        item.ApplyRatings(overall.Count, overall.Count == 0 ? 0 : overall.Average());
    }
}
