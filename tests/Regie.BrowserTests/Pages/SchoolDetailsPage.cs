using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

public sealed class SchoolDetailsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByRole(AriaRole.Status).First;
    public ILocator Edit => page.GetByRole(AriaRole.Link, new() { Name = "Bewerken" });
    public ILocator Tabs => page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van deze school" });
    public ILocator HistoryTable => page.GetByRole(AriaRole.Table, new() { Name = "Wijzigingsgeschiedenis" });

    /// <summary>The value shown for a label in the details list.</summary>
    public ILocator Value(string label) => page.GetByRole(AriaRole.Main).Locator($"dt:text-is('{label}') + dd");

    public async Task<SchoolDetailsPage> WaitAsync(string name)
    {
        await Expect(Tabs).ToBeVisibleAsync();
        await Expect(Heading).ToContainTextAsync(name);
        return this;
    }

    public async Task<SchoolFormPage> EditAsync()
    {
        var name = await Heading.InnerTextAsync();
        await Edit.ClickAsync();
        return await new SchoolFormPage(page).WaitAsync(name + " bewerken");
    }

    public async Task ShowHistoryAsync()
    {
        await Tabs.GetByRole(AriaRole.Link, new() { Name = "Wijzigingen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wijzigingen", Level = 2 })).ToBeVisibleAsync();
    }
}
