using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Audit;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>An earlier text and scores of a review, as they stood until <see cref="ReplacedAt"/>.</summary>
public sealed record ReviewVersion(DateTimeOffset ReplacedAt, string Text, IReadOnlyDictionary<ReviewAspect, int> Ratings);

/// <summary>
/// Rebuilds the author's earlier versions from the audit trail: walking back from the current review, each entry
/// that changed the text or scores gives back the values it replaced. The trail belongs to the review's board,
/// so the tenant filter shows it to the author's own board only.
/// </summary>
public static class ReviewHistory
{
    private static readonly string TextField = FieldLabel(nameof(Review.Text));
    private static readonly string RatingsField = FieldLabel(nameof(Review.Ratings));

    public static async Task<IReadOnlyList<ReviewVersion>> EarlierVersionsAsync(RegieDbContext db, Review review, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Review) && a.EntityId == review.Id && a.Action == AuditAction.Updated)
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        var text = review.Text;
        var ratings = (IReadOnlyDictionary<ReviewAspect, int>)review.Ratings;
        var versions = new List<ReviewVersion>();
        foreach (var entry in entries)
        {
            var textChange = entry.Changes.FirstOrDefault(c => c.Field == TextField);
            var ratingsChange = entry.Changes.FirstOrDefault(c => c.Field == RatingsField);
            if (textChange is null && ratingsChange is null) continue;
            if (textChange is not null) text = textChange.Old ?? "";
            if (ratingsChange is not null) ratings = Parse(ratingsChange.Old);
            versions.Add(new ReviewVersion(entry.At, text, ratings));
        }
        return versions;
    }

    private static Dictionary<ReviewAspect, int> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<ReviewAspect, int>>(json) ?? [];

    private static string FieldLabel(string property) =>
        typeof(Review).GetProperty(property)!.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.DisplayAttribute), false)
            .Cast<System.ComponentModel.DataAnnotations.DisplayAttribute>().Single().Name!;
}
