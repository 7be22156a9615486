using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The supplier portal: "Mijn aanbod", the item form and an item's page in the portal.</summary>
public sealed class PortalListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Mijn aanbod", Level = 1 });
    public ILocator AddItem => page.GetByRole(AriaRole.Link, new() { Name = "Item toevoegen" });

    public async Task<PortalListPage> OpenAsync()
    {
        await page.GotoAsync("/Market/Portal/Index");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}

public sealed class PortalItemFormPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Title => page.GetByLabel("Titel", new() { Exact = true });
    public ILocator Summary => page.GetByLabel("Samenvatting", new() { Exact = true });
    public ILocator Description => page.GetByLabel("Beschrijving", new() { Exact = true });
    public ILocator Kind => page.GetByLabel("Soort", new() { Exact = true });
    public ILocator Price => page.GetByLabel("Prijs excl. btw");
    public ILocator DataLocation => page.GetByLabel("Locatie van de gegevens");
    public ILocator SaveConcept => page.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" });
    public ILocator Group(string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });
    public ILocator Box(string legend, string label) => Group(legend).GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });

    public async Task<PortalItemFormPage> WaitAsync(string heading)
    {
        await Expect(Heading).ToHaveTextAsync(heading);
        return this;
    }

    /// <summary>Long code lists fold away per group; a keyboard user opens the group with Enter on its summary.</summary>
    public async Task OpenFoldAsync(string legend, string group)
    {
        var summary = Group(legend).Locator("summary", new() { HasText = group });
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }
}

public sealed class PortalItemPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByRole(AriaRole.Status).First;
    public ILocator Publish => page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" });
    public ILocator ViewInMarket => page.GetByRole(AriaRole.Link, new() { Name = "Bekijken in de markt" });
    public ILocator StatusTitle => page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Status: ") });

    public async Task<PortalItemPage> WaitAsync(string title)
    {
        await Expect(Heading).ToContainTextAsync(title);
        return this;
    }
}
