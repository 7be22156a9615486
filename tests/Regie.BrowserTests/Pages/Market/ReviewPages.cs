using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The reviews section of an item page: scores, distribution, the reviews themselves.</summary>
public sealed class ItemReviewsSection(IPage page)
{
    public ILocator Section => page.GetByRole(AriaRole.Region, new() { Name = "Ervaringen van scholen" });
    public ILocator WriteReview => Section.GetByRole(AriaRole.Link, new() { Name = "Schrijf uw ervaring" });
    public ILocator Distribution => Section.GetByRole(AriaRole.Table, new() { Name = "Verdeling van de totaalscores" });
    public ILocator Review(string text) => Section.GetByRole(AriaRole.Article).Filter(new() { HasText = text });

    /// <summary>How many reviews have the given overall score; 0 while the item has no reviews at all.</summary>
    public async Task<int> CountWithStarsAsync(int stars)
    {
        if (await Distribution.CountAsync() == 0) return 0;
        var row = Distribution.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = $"{stars} sterren" }) });
        return int.Parse(await row.GetByRole(AriaRole.Cell).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The form to write or change one's own review.</summary>
public sealed class ReviewFormPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("^Uw ervaring met") });
    public ILocator Text => page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Uw ervaring") });
    public ILocator Sector => page.GetByLabel("Sector");
    public ILocator Level => page.GetByLabel("Groep, leerjaar of schooltype");
    public ILocator Months => page.GetByLabel("Hoeveel maanden gebruikt u het product?");
    public ILocator Place => page.GetByRole(AriaRole.Button, new() { Name = "Ervaring plaatsen" });

    public ILocator Score(string aspect, int score) =>
        page.GetByRole(AriaRole.Group, new() { Name = aspect }).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{score}( |$)") });

    public async Task<ReviewFormPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Chooses a score the keyboard way: focus the radio button and press Space.</summary>
    public async Task RateAsync(string aspect, int score)
    {
        await Score(aspect, score).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(Score(aspect, score)).ToBeCheckedAsync();
    }

    public async Task PlaceWithKeyboardAsync()
    {
        await page.TabToAsync(Place, 80);
        await page.Keyboard.PressAsync("Enter");
    }
}
