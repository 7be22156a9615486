using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Chain;

/// <summary>Leerresultaten: the user's groups and schools in figures.</summary>
public sealed class DashboardIndexPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Leerresultaten", Level = 1 });
    public ILocator MyGroups => page.GetByRole(AriaRole.Region, new() { Name = "Mijn groepen" });
    public ILocator GroupLink(string name) => MyGroups.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Regex.Escape(name)}$") });

    public async Task<DashboardIndexPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}

/// <summary>One group across all learning materials: who stalls and why, goals, scores and time, each chart with its table.</summary>
public sealed class DashboardGroupPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Stalled => page.GetByRole(AriaRole.Table, new() { Name = "Leerlingen die stilstaan, met de reden" });
    public ILocator StalledRow(string name) => Stalled.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });
    public ILocator Weeks => page.GetByLabel("Stilstand na hoeveel weken");
    public ILocator Charts => page.Locator("canvas");
    public ILocator Export => page.GetByRole(AriaRole.Link, new() { Name = "Naar Excel" });
}
