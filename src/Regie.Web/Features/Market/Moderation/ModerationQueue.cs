using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Reviews;

namespace Regie.Web.Features.Market.Moderation;

/// <summary>One reported review with its open reports, how often each reason was given, and since when it waits.</summary>
public sealed record ModerationCase(
    Guid ReviewId, Guid ItemId, string ItemTitle, string Reviewer, double Overall, string Text, ReviewStatus Status,
    IReadOnlyList<ReviewReport> Reports, IReadOnlyDictionary<ReportReason, int> ReasonCounts)
{
    public DateTimeOffset WaitingSince => Reports.Min(r => r.CreatedAt);
}

/// <summary>A report as the "afgehandeld" tab and the export show it.</summary>
public sealed record ReportRow(
    Guid ReviewId, string ItemTitle, string Reviewer, string Text, ReviewStatus Status, string? ModerationReason,
    ReportReason Reason, string? Note, string ReporterName, DateTimeOffset CreatedAt, string? Outcome, DateTimeOffset? HandledAt, string? HandledBy);

/// <summary>The platform's view of reports over every board: reviews and reports are not tenant-filtered.</summary>
public static class ModerationQueue
{
    public static async Task<IReadOnlyList<ModerationCase>> OpenCasesAsync(RegieDbContext db, CancellationToken ct)
    {
        var reports = await db.ReviewReports.AsNoTracking().Where(r => r.HandledAt == null).OrderBy(r => r.Id).ToListAsync(ct);
        var ids = reports.Select(r => r.ReviewId).Distinct().ToList();
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Join(db.CatalogItems, r => r.ItemId, i => i.Id, (r, i) => new { Review = r, i.Title })
            .ToDictionaryAsync(x => x.Review.Id, ct);
        // Ids are time-ordered, so the first report of each group is its oldest and groups come oldest first.
        return reports.GroupBy(r => r.ReviewId).Where(g => reviews.ContainsKey(g.Key)).Select(g =>
        {
            var (review, title) = (reviews[g.Key].Review, reviews[g.Key].Title);
            return new ModerationCase(review.Id, review.ItemId, title, review.Reviewer(), review.Overall, review.Text, review.Status, g.ToList(),
                g.GroupBy(r => r.Reason).OrderByDescending(r => r.Count()).ToDictionary(r => r.Key, r => r.Count()));
        }).ToList();
    }

    public static IQueryable<ReportWithReview> Reports(RegieDbContext db, bool handled) =>
        db.ReviewReports.AsNoTracking()
            .Where(r => (r.HandledAt != null) == handled)
            .Join(db.Reviews, r => r.ReviewId, v => v.Id, (r, v) => new { Report = r, Review = v })
            .Join(db.CatalogItems, x => x.Review.ItemId, i => i.Id, (x, i) => new { x.Report, x.Review, i.Title })
            .OrderByDescending(x => x.Report.Id)
            .Select(x => new ReportWithReview(x.Report, x.Review, x.Title));

    public static ReportRow ToRow(ReportWithReview x) => new(
        x.Review.Id, x.Title, x.Review.Reviewer(), x.Review.Text, x.Review.Status, x.Review.ModerationReason, x.Report.Reason, x.Report.Note,
        x.Report.ReporterName, x.Report.CreatedAt, x.Report.Outcome, x.Report.HandledAt, x.Report.HandledBy);
}

public sealed record ReportWithReview(ReviewReport Report, Review Review, string Title);
