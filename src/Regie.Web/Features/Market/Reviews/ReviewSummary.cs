using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Market.Reviews;

public sealed record AspectScore(ReviewAspect Aspect, double Average, int Count);

/// <summary>What the published reviews of one item add up to: the mean per aspect and overall, and how overall ratings spread over 1–5.</summary>
public sealed record ReviewSummary(int Count, double Overall, IReadOnlyList<AspectScore> Aspects, IReadOnlyList<int> Distribution)
{
    public static async Task<ReviewSummary> ForItemAsync(RegieDbContext db, Guid itemId, CancellationToken ct)
    {
        var ratings = (await db.Reviews.AsNoTracking()
            .Where(r => r.ItemId == itemId && r.Status == ReviewStatus.Published)
            .Select(r => r.Ratings)
            .ToListAsync(ct)).Where(r => r.Count > 0).ToList();
        return From(ratings);
    }

    public static ReviewSummary From(IReadOnlyList<Dictionary<ReviewAspect, int>> ratings)
    {
        var overall = ratings.Select(r => r.Values.Average()).ToList();
        var aspects = Enum.GetValues<ReviewAspect>().Select(a =>
        {
            var given = ratings.Where(r => r.ContainsKey(a)).Select(r => r[a]).ToList();
            return new AspectScore(a, given.Count == 0 ? 0 : given.Average(), given.Count);
        }).ToList();
        var distribution = Enumerable.Range(1, 5).Select(stars => overall.Count(o => (int)Math.Round(o, MidpointRounding.AwayFromZero) == stars)).ToList();
        return new ReviewSummary(overall.Count, overall.Count == 0 ? 0 : overall.Average(), aspects, distribution);
    }

    /// <summary>The chart's data; the table next to it shows the same numbers.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        labels = Enumerable.Range(1, 5).Select(s => s == 1 ? "1 ster" : $"{s} sterren"),
        datasets = new[] { new { label = "Aantal ervaringen", data = Distribution } },
    });

    public string ChartSummary() => string.Join(", ", Distribution.Select((n, i) => $"{i + 1} {(i == 0 ? "ster" : "sterren")}: {n}"));

    public static string Score(double value) => value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    public static string AspectLabel(ReviewAspect aspect) => Enums.Label(aspect);
}
