using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>What recognition adds to the assessment engine: its subjects are catalogue items, its sets have the Recognition purpose.</summary>
public static class RecognitionSubject
{
    public const string Kind = "catalog-item";

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The calendar day in the Netherlands: recognition is decided and expires on Dutch dates.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    /// <summary>Decided recognition assessments, for every signed-in user: explicitly past the tenant filter, decided only.</summary>
    public static IQueryable<Assessment> PublicDecisions(RegieDbContext db) =>
        db.Assessments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.SubjectKind == Kind && a.Status == AssessmentStatus.Decided);

    /// <summary>The item's current recognition: the latest decision, if it gave a level that has not expired.</summary>
    public static async Task<Assessment?> CurrentAsync(RegieDbContext db, Guid itemId, DateOnly today, CancellationToken ct = default)
    {
        var decisions = await PublicDecisions(db).Where(a => a.SubjectId == itemId).ToListAsync(ct);
        var latest = decisions.OrderByDescending(a => a.DecidedAt).FirstOrDefault();
        return latest is not null && latest.IsValidOn(today) ? latest : null;
    }

    /// <summary>Published catalogue items (CatalogItem is not tenant-filtered, so the status filter is the guard).</summary>
    public static IQueryable<CatalogItem> PublishedItems(RegieDbContext db) =>
        db.CatalogItems.AsNoTracking().Where(i => i.Status == ItemStatus.Published);
}
