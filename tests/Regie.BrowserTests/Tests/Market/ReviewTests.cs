using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Market;

[Collection(RegieCollection.Name)]
public sealed class ReviewTests(RegieFixture app)
{
    [Fact]
    public async Task Teacher_writes_a_review_and_sees_it_counted_on_the_item_page()
    {
        await using var context = await app.NewContextAsync(Roles.Teacher);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Market");
        var firstItem = page.Locator("a[href^='/Market/Items/']").First;
        var title = (await firstItem.InnerTextAsync()).Trim();
        await firstItem.ClickAsync();
        var reviews = new ItemReviewsSection(page);
        await Expect(reviews.Section).ToBeVisibleAsync();
        var fiveStarsBefore = await reviews.CountWithStarsAsync(5);

        await page.TabToAsync(reviews.WriteReview, 200);
        await page.Keyboard.PressAsync("Enter");
        var form = await new ReviewFormPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);
        await form.RateAsync("Didactische kwaliteit", 5);
        await form.RateAsync("Gebruiksgemak", 5);
        await form.Text.FillAsync("Mijn groep 5 rekent er elke ochtend een kwartier mee.");
        await form.Sector.SelectOptionAsync("po");
        await form.Level.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Groep 5" });
        await form.Months.FillAsync("4");
        await form.PlaceWithKeyboardAsync();

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status).First).ToContainTextAsync("Bedankt! Uw ervaring staat nu bij het product.");
        var mine = reviews.Review("Mijn groep 5 rekent er elke ochtend een kwartier mee.");
        await Expect(mine).ToContainTextAsync("leraar, po, groep 5");
        await Expect(mine).ToContainTextAsync("4 maanden in gebruik");
        Assert.Equal(fiveStarsBefore + 1, await reviews.CountWithStarsAsync(5));
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(title)));
        await Axe.AssertNoViolationsAsync(page);
    }
}
