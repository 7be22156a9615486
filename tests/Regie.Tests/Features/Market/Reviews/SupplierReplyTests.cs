using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Reviews;

[Collection(AppCollection.Name)]
public sealed class SupplierReplyTests(RegieApp app)
{
    [Fact]
    public async Task Portal_ListsOnlyReviewsOfTheSuppliersOwnItems_UnansweredFirst_AndExports()
    {
        var (supplierA, clientA) = await app.SupplierUserAsync();
        var (supplierB, _) = await app.SupplierUserAsync();
        var own = await app.ReviewableItemAsync(supplierA);
        var other = await app.ReviewableItemAsync(supplierB);
        var (board, user, _) = await app.BoardUserAsync(Roles.Teacher);
        var answered = await app.AddReviewAsync(board, user, own, 4, "Beantwoorde ervaring.");
        await app.WithDbAsync(async db =>
        {
            var r = await db.Reviews.SingleAsync(x => x.Id == answered.Id);
            r.Reply("Dank u wel.", "Leverancier", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        await app.AddReviewAsync(board, await app.CreateUserAsync(board, Roles.Teacher), own, 2, "Open ervaring.");
        await app.AddReviewAsync(board, user, other, 3, "Ervaring bij een ander.");

        var page = await clientA.GetPageAsync("/Market/Portal/Reviews");

        Assert.Contains("2 ervaringen gevonden", page);
        Assert.True(page.IndexOf("Open ervaring.", StringComparison.Ordinal) < page.IndexOf("Beantwoorde ervaring.", StringComparison.Ordinal));
        Assert.DoesNotContain("Ervaring bij een ander.", page);
        Assert.DoesNotContain("Beantwoorde ervaring.", await clientA.GetPageAsync("/Market/Portal/Reviews?Status=onbeantwoord"));
        var csv = await (await clientA.GetAsync("/Market/Portal/Reviews?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Open ervaring.", csv);
        Assert.DoesNotContain("Ervaring bij een ander.", csv);
    }

    [Fact]
    public async Task Reply_IsOnePerReview_CanBeEdited_AndShowsUnderTheReview_WithoutTouchingTextOrRatings()
    {
        var (supplier, client) = await app.SupplierUserAsync();
        var item = await app.ReviewableItemAsync(supplier);
        var (board, user, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var review = await app.AddReviewAsync(board, user, item, 2, "Inloggen lukte vaak niet.");

        var first = await client.PostFormAsync("/Market/Portal/Reviews?handler=Reply", Reply(review.Id, "We hebben het inloggen verbeterd.", review.Version));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var version = (await app.FindAsync<Review>(review.Id)).Version;
        await client.PostFormAsync("/Market/Portal/Reviews?handler=Reply", Reply(review.Id, "Sinds maart werkt inloggen via Basispoort.", version));

        var stored = await app.FindAsync<Review>(review.Id);
        Assert.Equal("Sinds maart werkt inloggen via Basispoort.", stored.SupplierReply);
        Assert.Equal("Inloggen lukte vaak niet.", stored.Text);
        Assert.Equal(2, stored.Ratings[ReviewAspect.Didactics]);
        var page = await teacher.GetPageAsync($"/Market/Items/{item.Id}");
        Assert.Contains("Reactie van de leverancier", page);
        Assert.Contains("Sinds maart werkt inloggen via Basispoort.", page);
        Assert.DoesNotContain("We hebben het inloggen verbeterd.", page);
    }

    [Fact]
    public async Task Reply_EmptyOrTooLong_IsRefusedWithAMessage()
    {
        var (supplier, client) = await app.SupplierUserAsync();
        var item = await app.ReviewableItemAsync(supplier);
        var (board, user, _) = await app.BoardUserAsync(Roles.Teacher);
        var review = await app.AddReviewAsync(board, user, item, 3);

        var empty = await client.PostFormAsync("/Market/Portal/Reviews?handler=Reply", Reply(review.Id, " ", review.Version));
        var huge = await client.PostFormAsync("/Market/Portal/Reviews?handler=Reply", Reply(review.Id, new string('x', 10_000), review.Version));

        Assert.Contains("Schrijf eerst uw reactie.", await empty.Content.ReadAsStringAsync());
        Assert.Contains("mag niet langer zijn dan 2.000 tekens", await huge.Content.ReadAsStringAsync());
        Assert.Null((await app.FindAsync<Review>(review.Id)).SupplierReply);
    }

    [Fact]
    public async Task SupplierA_CannotReplyToReviewsOfSupplierBsItems()
    {
        var (_, clientA) = await app.SupplierUserAsync();
        var (supplierB, _) = await app.SupplierUserAsync();
        var item = await app.ReviewableItemAsync(supplierB);
        var (board, user, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var review = await app.AddReviewAsync(board, user, item, 3);

        var response = await clientA.PostFormAsync("/Market/Portal/Reviews?handler=Reply", Reply(review.Id, "Niet van mij.", review.Version));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await app.FindAsync<Review>(review.Id)).SupplierReply);
        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync("/Market/Portal/Reviews")).Location());
    }

    private static Dictionary<string, string> Reply(Guid reviewId, string text, int version) => new()
    {
        ["reviewId"] = reviewId.ToString(), ["text"] = text, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
