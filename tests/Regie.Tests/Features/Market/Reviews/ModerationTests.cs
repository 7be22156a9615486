using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Reviews;

[Collection(AppCollection.Name)]
public sealed class ModerationTests(RegieApp app)
{
    private async Task<(CatalogItem Item, Review Review, HttpClient Author, HttpClient Reporter)> ReportedReviewAsync(string text = "Slechte ervaring met dit product.")
    {
        var item = await app.ReviewableItemAsync();
        var (board, author, authorClient) = await app.BoardUserAsync(Roles.Teacher);
        var review = await app.AddReviewAsync(board, author, item, 1, text);
        await app.AddReviewAsync(board, await app.CreateUserAsync(board, Roles.Teacher), item, 5);
        var (_, _, reporter) = await app.BoardUserAsync(Roles.Teacher);
        var reported = await reporter.PostFormAsync($"/Market/Reviews/Report/{review.Id}", new() { ["Reason"] = "Offensive", ["Note"] = "Scheldwoord" });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        return (item, review, authorClient, reporter);
    }

    [Fact]
    public async Task Report_IsOnePerUserPerReview_AndNotForOnesOwnReview()
    {
        var (_, review, author, reporter) = await ReportedReviewAsync();

        await reporter.PostFormAsync($"/Market/Reviews/Report/{review.Id}", new() { ["Reason"] = "Spam" });
        await author.PostFormAsync($"/Market/Reviews/Report/{review.Id}", new() { ["Reason"] = "Spam" });
        var missing = await reporter.PostFormAsync($"/Market/Reviews/Report/{review.Id}", new() { ["Note"] = "zonder reden" });

        var reports = await app.WithDbAsync(db => db.ReviewReports.Where(r => r.ReviewId == review.Id).ToListAsync());
        Assert.Equal(ReportReason.Offensive, Assert.Single(reports).Reason);
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode); // already reported: nothing new, told so
        Assert.Contains("al gemeld", await reporter.GetPageAsync($"/Market/Reviews/Report/{review.Id}"));
    }

    [Fact]
    public async Task Report_WithoutAReason_IsRefusedWithAMessage()
    {
        var item = await app.ReviewableItemAsync();
        var (board, author, _) = await app.BoardUserAsync(Roles.Teacher);
        var review = await app.AddReviewAsync(board, author, item, 3);
        var (_, _, reporter) = await app.BoardUserAsync(Roles.Teacher);

        var response = await reporter.PostFormAsync($"/Market/Reviews/Report/{review.Id}", new() { ["Note"] = "zomaar" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies waarom u deze ervaring meldt.", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.ReviewReports.AnyAsync(r => r.ReviewId == review.Id)));
    }

    [Fact]
    public async Task Queue_ShowsOpenReportsWithReasonCounts_AndExports()
    {
        var (item, _, _, _) = await ReportedReviewAsync("Wachtend op een besluit.");
        var moderator = await app.ModeratorAsync();

        var page = await moderator.GetPageAsync("/Market/Moderation/Index");
        Assert.Contains(item.Title, page);
        Assert.Contains("beledigend of ongepast (1", page);
        Assert.Contains("/Market/Verification/Index", page);
        var csv = await (await moderator.GetAsync("/Market/Moderation/Index?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Wachtend op een besluit.", csv);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/Market/Moderation/Index?handler=Export&format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task Hide_NeedsAReason_TakesTheReviewOutOfListsAndRatings_AndTheAuthorSeesWhy_ThenRestoreBringsItBack()
    {
        var (item, review, author, _) = await ReportedReviewAsync("Deze tekst gaat te ver.");
        var moderator = await app.ModeratorAsync();
        Assert.Equal((2, 3.0), await RatingsAsync(item));

        var missing = await moderator.PostFormAsync("/Market/Moderation/Index?handler=Hide", new() { ["reviewId"] = review.Id.ToString(), ["reason"] = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Vul de reden in", await missing.Content.ReadAsStringAsync());

        var hidden = await moderator.PostFormAsync("/Market/Moderation/Index?handler=Hide", new() { ["reviewId"] = review.Id.ToString(), ["reason"] = "Bevat een scheldwoord." });
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal((1, 5.0), await RatingsAsync(item));
        Assert.DoesNotContain("Deze tekst gaat te ver.", await author.GetPageAsync($"/Market/Items/{item.Id}"));
        var own = await author.GetPageAsync($"/Market/Items/Review/{item.Id}");
        Assert.Contains("Verborgen door de moderator", own);
        Assert.Contains("Bevat een scheldwoord.", own);
        Assert.True(await app.WithDbAsync(db => db.ReviewReports.Where(r => r.ReviewId == review.Id).AllAsync(r => r.HandledAt != null)));
        Assert.Contains("Bevat een scheldwoord.", await moderator.GetPageAsync("/Market/Moderation/Index?status=afgehandeld"));
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/Market/Reviews/Report/{review.Id}")).StatusCode);

        var restored = await moderator.PostFormAsync("/Market/Moderation/Index?handler=Restore", new() { ["reviewId"] = review.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal((2, 3.0), await RatingsAsync(item));
        Assert.Contains("Deze tekst gaat te ver.", await author.GetPageAsync($"/Market/Items/{item.Id}"));
    }

    [Fact]
    public async Task Dismiss_NeedsAnOutcome_AndLeavesTheReviewVisible()
    {
        var (item, review, _, _) = await ReportedReviewAsync("Kritisch maar eerlijk.");
        var moderator = await app.ModeratorAsync();

        var missing = await moderator.PostFormAsync("/Market/Moderation/Index?handler=Dismiss", new() { ["reviewId"] = review.Id.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);

        await moderator.PostFormAsync("/Market/Moderation/Index?handler=Dismiss", new() { ["reviewId"] = review.Id.ToString(), ["outcome"] = "Kritiek is toegestaan." });

        var report = await app.WithDbAsync(db => db.ReviewReports.SingleAsync(r => r.ReviewId == review.Id));
        Assert.Equal("Kritiek is toegestaan.", report.Outcome);
        Assert.Equal(ReviewStatus.Published, (await app.FindAsync<Review>(review.Id)).Status);
        Assert.Equal((2, 3.0), await RatingsAsync(item));
        Assert.DoesNotContain(item.Title, await moderator.GetPageAsync("/Market/Moderation/Index"));
        Assert.Contains("Kritiek is toegestaan.", await moderator.GetPageAsync("/Market/Moderation/Index?status=afgehandeld"));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Teacher)]
    public async Task Boards_CannotReachModeration(string role)
    {
        var (_, review, _, _) = await ReportedReviewAsync();
        var (_, _, client) = await app.BoardUserAsync(role);

        Assert.Contains("/Account/AccessDenied", (await client.GetAsync("/Market/Moderation/Index")).Location());
        var post = await client.PostFormAsync("/Market/Moderation/Index?handler=Hide", new() { ["reviewId"] = review.Id.ToString(), ["reason"] = "weg" });
        Assert.Contains("/Account/AccessDenied", post.Location());
        Assert.Equal(ReviewStatus.Published, (await app.FindAsync<Review>(review.Id)).Status);
    }

    private async Task<(int, double)> RatingsAsync(CatalogItem item)
    {
        var stored = await app.FindAsync<CatalogItem>(item.Id);
        return (stored.RatingCount, stored.RatingAverage);
    }
}
