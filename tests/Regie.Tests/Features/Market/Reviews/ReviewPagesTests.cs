using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Reviews;

[Collection(AppCollection.Name)]
public sealed class ReviewPagesTests(RegieApp app)
{
    private Task<CatalogItem> ItemAsync(Guid id) => app.FindAsync<CatalogItem>(id);

    [Fact]
    public async Task Write_AsTeacher_SavesTheReview_CountsItIntoTheItem_AndShowsItOnTheItemPage()
    {
        var item = await app.ReviewableItemAsync();
        var (_, user, client) = await app.BoardUserAsync(Roles.Teacher);
        Assert.Contains("Schrijf uw ervaring", await client.GetPageAsync($"/Market/Items/{item.Id}"));

        var response = await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(didactics: 4, ease: 2));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Market/Items/{item.Id}#ervaringen", response.Location());
        var review = await app.WithDbAsync(db => db.Reviews.SingleAsync(r => r.ItemId == item.Id));
        Assert.Equal(user.Id, review.AuthorId);
        Assert.Equal(2, review.Ratings.Count); // "kan ik niet beoordelen" leaves the other aspects out
        var stored = await ItemAsync(item.Id);
        Assert.Equal((1, 3.0), (stored.RatingCount, stored.RatingAverage));

        var page = await client.GetPageAsync($"/Market/Items/{item.Id}");
        Assert.Contains("leraar, po, groep 5", page);
        Assert.Contains("Mijn klas oefent er graag mee.", page);
        Assert.Contains("data-stars=\"3\">1<", page);
        Assert.Contains("Uw ervaring bekijken of bewerken", page);
    }

    [Fact]
    public async Task Edit_KeepsOneReviewPerUser_RecountsTheItem_AndShowsTheEarlierVersionToTheAuthor()
    {
        var item = await app.ReviewableItemAsync();
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(didactics: 2, text: "Eerste indruk: traag."));
        var version = (await app.WithDbAsync(db => db.Reviews.SingleAsync(r => r.ItemId == item.Id))).Version;

        var response = await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(didactics: 5, text: "Na een update: snel.", version: version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reviews = await app.WithDbAsync(db => db.Reviews.Where(r => r.ItemId == item.Id).ToListAsync());
        Assert.Equal("Na een update: snel.", Assert.Single(reviews).Text);
        Assert.Equal(5.0, (await ItemAsync(item.Id)).RatingAverage);
        var own = await client.GetPageAsync($"/Market/Items/Review/{item.Id}");
        Assert.Contains("Eerdere versies", own);
        Assert.Contains("Eerste indruk: traag.", own);
        Assert.Contains("bewerkt op", await client.GetPageAsync($"/Market/Items/{item.Id}"));
    }

    [Fact]
    public async Task Edit_WithAStaleVersion_GivesTheConflictPage_AndKeepsTheStoredReview()
    {
        var item = await app.ReviewableItemAsync();
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(text: "Versie een"));
        var version = (await app.WithDbAsync(db => db.Reviews.SingleAsync(r => r.ItemId == item.Id))).Version;
        await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(text: "Versie twee", version: version));

        var stale = await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(text: "Versie drie", version: version));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nu opgeslagen", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Versie twee", (await app.WithDbAsync(db => db.Reviews.SingleAsync(r => r.ItemId == item.Id))).Text);
    }

    [Theory]
    [InlineData("no-rating")]
    [InlineData("bad-score")]
    [InlineData("no-sector")]
    [InlineData("bad-level")]
    [InlineData("5mb")]
    public async Task Write_WithBadInput_ShowsADutchMessage_AndSavesNothing(string kind)
    {
        var item = await app.ReviewableItemAsync();
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var (form, message) = kind switch
        {
            "no-rating" => (ReviewTestData.ReviewForm(didactics: 0), "Geef ten minste"),
            "bad-score" => (ReviewTestData.ReviewForm(didactics: 9), "Kies een score van 1 tot en met 5"),
            "no-sector" => (ReviewTestData.ReviewForm(sector: "None"), "Kies de sector"),
            "bad-level" => (ReviewTestData.ReviewForm(level: "groep-12"), "Kies een groep, leerjaar of schooltype"),
            _ => (ReviewTestData.ReviewForm(text: new string('x', 5 * 1024 * 1024)), "mag niet langer zijn dan 4.000 tekens"),
        };

        var response = await client.PostFormAsync($"/Market/Items/Review/{item.Id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Reviews.AnyAsync(r => r.ItemId == item.Id)));
    }

    [Fact]
    public async Task ScriptInTheText_IsShownAsText()
    {
        var item = await app.ReviewableItemAsync();
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        await client.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(text: "<script>alert('x')</script><b>vet</b>"));

        var page = await client.GetPageAsync($"/Market/Items/{item.Id}");

        Assert.DoesNotContain("<script>alert('x')</script>", page);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;vet&lt;/b&gt;", page);
    }

    [Fact]
    public async Task TheName_IsShownOnlyWhenTheAuthorChoosesTo()
    {
        var item = await app.ReviewableItemAsync();
        var (_, hidden, hiddenClient) = await app.BoardUserAsync(Roles.Teacher);
        var (_, shown, shownClient) = await app.BoardUserAsync(Roles.Teacher);
        await hiddenClient.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(level: "groep-5"));
        await shownClient.PostFormAsync($"/Market/Items/Review/{item.Id}", ReviewTestData.ReviewForm(sector: "Vo", level: "havo", showName: true));
        var (_, _, reader) = await app.BoardUserAsync(Roles.Executive);

        var page = await reader.GetPageAsync($"/Market/Items/{item.Id}");

        Assert.Contains("– leraar, po, groep 5<", page);
        Assert.DoesNotContain(hidden.DisplayName, page);
        Assert.Contains($"{shown.DisplayName} (leraar, vo, havo)", page);
    }

    [Fact]
    public async Task Write_IsRefused_ForUnpublishedItems_AndForOrganizationsThatAreNotBoards()
    {
        var concept = await app.ReviewableItemAsync(publish: false);
        var published = await app.ReviewableItemAsync();
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var (_, supplier) = await app.SupplierUserAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Market/Items/Review/{concept.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.PostFormAsync($"/Market/Items/Review/{concept.Id}", ReviewTestData.ReviewForm())).StatusCode);
        var refused = await supplier.GetAsync($"/Market/Items/Review/{published.Id}");
        Assert.Contains("/Account/AccessDenied", refused.Location());
        Assert.False(await app.WithDbAsync(db => db.Reviews.AnyAsync(r => r.ItemId == concept.Id)));
    }

    [Fact]
    public async Task MoreReviews_ComeAPageAtATime_WithAndWithoutHtmx()
    {
        var item = await app.ReviewableItemAsync();
        var board = await app.CreateBoardAsync();
        for (var i = 0; i < 12; i++) await app.AddReviewAsync(board, await app.CreateUserAsync(board, Roles.Teacher), item, 1 + i % 5, $"Ervaring nummer {i:D2}.");
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);

        var first = await client.GetPageAsync($"/Market/Items/{item.Id}");
        Assert.Contains("Ervaring nummer 11.", first);
        Assert.DoesNotContain("Ervaring nummer 01.", first);
        Assert.Contains($"/Market/Reviews/List/{item.Id}?pageNumber=2", first);

        var request = new HttpRequestMessage(HttpMethod.Get, $"/Market/Reviews/List/{item.Id}?pageNumber=2");
        request.Headers.Add("HX-Request", "true");
        var fragment = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Ervaring nummer 01.", fragment);
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("Ervaring nummer 00.", await client.GetPageAsync($"/Market/Reviews/List/{item.Id}?pageNumber=2"));
        Assert.Equal(12, (await ItemAsync(item.Id)).RatingCount);
    }
}
