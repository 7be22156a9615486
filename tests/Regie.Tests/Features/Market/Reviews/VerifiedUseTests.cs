using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.InUse;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Reviews;

[Collection(AppCollection.Name)]
public sealed class VerifiedUseTests(RegieApp app)
{
    [Fact]
    public async Task Badge_FollowsTheInUseListOfTheReviewersOwnBoardOnly()
    {
        var item = await app.ReviewableItemAsync();
        var (usingBoard, usingAuthor) = await BoardAuthorAsync();
        var (archived, archivedAuthor) = await BoardAuthorAsync();
        var (notUsing, notUsingAuthor) = await BoardAuthorAsync();
        await app.AddReviewAsync(usingBoard, usingAuthor, item, 5, "Van het gebruikende bestuur.");
        await app.AddReviewAsync(archived, archivedAuthor, item, 4, "Van het bestuur dat stopte.");
        await app.AddReviewAsync(notUsing, notUsingAuthor, item, 3, "Van een bestuur zonder gebruik.");
        await UseAsync(usingBoard, item, archivedAt: null);
        await UseAsync(archived, item, archivedAt: DateTimeOffset.UtcNow);
        await UseAsync(await app.CreateBoardAsync(), item, archivedAt: null); // a third board's use verifies no one else

        var (_, _, reader) = await app.BoardUserAsync(Roles.Teacher);
        var feed = await app.WithDbAsync(db => ReviewFeed.PageAsync(db, item.Id, 1, null, false, default));

        Assert.True(feed.Cards.Single(c => c.Text.StartsWith("Van het gebruikende", StringComparison.Ordinal)).Verified);
        Assert.False(feed.Cards.Single(c => c.Text.StartsWith("Van het bestuur dat stopte", StringComparison.Ordinal)).Verified);
        Assert.False(feed.Cards.Single(c => c.Text.StartsWith("Van een bestuur zonder", StringComparison.Ordinal)).Verified);
        var page = await reader.GetPageAsync($"/Market/Items/{item.Id}");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "Geverifieerd gebruik"));
    }

    private async Task<(Board, AppUser)> BoardAuthorAsync()
    {
        var board = await app.CreateBoardAsync();
        return (board, await app.CreateUserAsync(board, Roles.Teacher));
    }

    private Task<int> UseAsync(Board board, CatalogItem item, DateTimeOffset? archivedAt) => app.WithDbAsync(async db =>
    {
        db.ItemUses.Add(new ItemUse { BoardId = board.Id, ItemId = item.Id, Block = BuildingBlocks.Content, ArchivedAt = archivedAt });
        return await db.SaveChangesAsync();
    }, board);
}
