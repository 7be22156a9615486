using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>One published review as every signed-in user sees it.</summary>
public sealed record ReviewCard(
    Guid Id, Guid ItemId, string Reviewer, IReadOnlyDictionary<ReviewAspect, int> Ratings, double Overall, string Text, int? MonthsOfUse,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, bool Verified, string? SupplierReply, DateTimeOffset? SupplierReplyAt,
    bool IsMine, bool ReportedByMe);

public sealed record ReviewFeedPage(Guid ItemId, IReadOnlyList<ReviewCard> Cards, int Total, int Page, bool CanReport)
{
    public const int Size = 10;
    public bool HasMore => Page * Size < Total;
    public int Shown => Math.Min(Page * Size, Total);
}

/// <summary>The published reviews of an item, newest first, a page at a time ("meer tonen").</summary>
public static class ReviewFeed
{
    /// <param name="knownTotal">The number of published reviews when the caller already counted them (the item page's summary did).</param>
    public static async Task<ReviewFeedPage> PageAsync(
        RegieDbContext db, Guid itemId, int page, Guid? userId, bool canReport, CancellationToken ct, int? knownTotal = null)
    {
        var published = db.Reviews.AsNoTracking().Where(r => r.ItemId == itemId && r.Status == ReviewStatus.Published);
        var total = knownTotal ?? await published.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + ReviewFeedPage.Size - 1) / ReviewFeedPage.Size));
        var skip = (page - 1) * ReviewFeedPage.Size;
        var take = ReviewFeedPage.Size;
        // Ids are time-ordered (version 7), and SQLite cannot sort on DateTimeOffset.
        var reviews = await published.OrderByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(ct);
        var verified = await VerifiedUse.BoardsUsingAsync(db, itemId, reviews.Select(r => r.BoardId), ct);
        var ids = reviews.Select(r => r.Id).ToList();
        var reported = userId is { } me && ids.Count > 0
            ? (await db.ReviewReports.AsNoTracking().Where(r => ids.Contains(r.ReviewId) && r.ReporterId == me && r.HandledAt == null).Select(r => r.ReviewId).ToListAsync(ct)).ToHashSet()
            : [];
        var cards = reviews.Select(r => new ReviewCard(
            r.Id, r.ItemId, r.Reviewer(), r.Ratings, r.Overall, r.Text, r.MonthsOfUse, r.CreatedAt, r.IsEdited ? r.UpdatedAt : null,
            verified.Contains(r.BoardId), r.SupplierReply, r.SupplierReplyAt, r.AuthorId == userId, reported.Contains(r.Id))).ToList();
        return new ReviewFeedPage(itemId, cards, total, page, canReport);
    }
}
