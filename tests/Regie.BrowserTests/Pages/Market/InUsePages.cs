using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The board's in-use list with its matrix, and the page to add an item to it.</summary>
public sealed class InUsePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "In gebruik", Level = 1 });
    public ILocator Matrix => page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Producten per school en bouwsteen") });
    public ILocator Overlaps => page.GetByRole(AriaRole.List).Filter(new() { HasText = "hetzelfde voor" });
    public ILocator Add => page.GetByRole(AriaRole.Link, new() { Name = "Product toevoegen" });
    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Naam of leverancier" });
    public ILocator Suggestion(string title) => page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
    public ILocator AllSchools => page.GetByRole(AriaRole.Checkbox, new() { Name = "Alle scholen" });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen aan de lijst" });

    public async Task<InUsePage> GotoAsync()
    {
        await page.GotoAsync("/Market/InUse/Index");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}
