using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

/// <summary>The needs list: search, filters, rows.</summary>
public sealed class NeedsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Behoeften", Level = 1 });
    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoeken in het verhaal" });
    public ILocator Results => page.GetByRole(AriaRole.Table, new() { Name = "Behoeften, pagina" });
    public ILocator Count => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "gevonden" });
    public ILocator Describe => page.GetByRole(AriaRole.Link, new() { Name = "Behoefte beschrijven" });
    public ILocator Overview => page.GetByRole(AriaRole.Link, new() { Name = "Overzicht per pijler" });

    public ILocator NeedLink(string text) => Results.GetByRole(AriaRole.Link).Filter(new() { HasText = text });

    public async Task<NeedsPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Types a search term and waits until htmx has swapped in the rows for it.</summary>
    public async Task SearchAsync(string term)
    {
        var response = page.WaitForResponseAsync(r => r.Url.Contains("Q=", StringComparison.Ordinal) && r.Request.Headers.ContainsKey("hx-request"));
        await Search.FillAsync(term);
        await Search.PressAsync("Enter");
        await response;
    }

    public async Task<NeedFormPage> DescribeAsync()
    {
        await Describe.ClickAsync();
        return await new NeedFormPage(page).WaitAsync("Behoefte beschrijven");
    }
}

/// <summary>"Behoefte beschrijven" and "Behoefte bewerken": the story in three parts, pillar, schools, priority.</summary>
public sealed class NeedFormPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator AsRole => page.GetByRole(AriaRole.Textbox, new() { Name = "Als", Exact = true });
    public ILocator Want => page.GetByRole(AriaRole.Textbox, new() { Name = "wil ik", Exact = true });
    public ILocator SoThat => page.GetByRole(AriaRole.Textbox, new() { Name = "zodat", Exact = true });
    public ILocator Warning => page.GetByRole(AriaRole.Heading, new() { Name = "Beschrijf wat u nodig hebt, niet de oplossing" });
    public ILocator Sentence => page.Locator("#story-check q");
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Behoefte opslaan" });
    public ILocator SaveAnyway => page.GetByRole(AriaRole.Button, new() { Name = "Toch opslaan" });

    public ILocator Pillar(string label) => page.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });
    public ILocator Priority(string label) => page.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true });
    public ILocator School(string name) => page.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    public async Task<NeedFormPage> WaitAsync(string heading)
    {
        await Expect(Heading).ToHaveTextAsync(heading);
        return this;
    }
}

public sealed class NeedDetailsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByRole(AriaRole.Status).First;
    public ILocator Tabs => page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van deze behoefte" });
    public ILocator Story => page.GetByRole(AriaRole.Main).Locator("blockquote");

    public ILocator Value(string label) => page.GetByRole(AriaRole.Main).Locator($"dt:text-is('{label}') + dd");

    public async Task<NeedDetailsPage> WaitAsync()
    {
        await Expect(Tabs).ToBeVisibleAsync();
        return this;
    }
}
