using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Market;

[Collection(RegieCollection.Name)]
public sealed class InUseTests(RegieFixture app)
{
    [Fact]
    public async Task Ict_coordinator_sees_overlap_and_gaps_and_adds_an_item_through_the_suggestions()
    {
        await using var context = await app.NewContextAsync(Roles.IctCoordinator);
        var page = await context.NewPageAsync();
        var inUse = await new InUsePage(page).GotoAsync();
        await Expect(inUse.Matrix).ToContainTextAsync("overlap");
        await Expect(inUse.Matrix).ToContainTextAsync("gat");
        await Expect(inUse.Overlaps).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);

        // The demo list leaves planning empty, so the timetable item is not on it yet.
        await inUse.Add.ClickAsync();
        await inUse.Search.PressSequentiallyAsync("rooster");
        var suggestion = inUse.Suggestion("Schoolplein Rooster");
        await Expect(suggestion).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await suggestion.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await inUse.AllSchools.CheckAsync();
        await inUse.Save.ClickAsync();

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status).First).ToContainTextAsync("Schoolplein Rooster staat nu in de lijst.");
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Schoolplein Rooster" })).ToBeVisibleAsync();
    }
}
