using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Chain;

/// <summary>The section menu every Leerlinggegevens page carries.</summary>
public sealed class ChainNav(IPage page)
{
    public ILocator Nav => page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van leerlinggegevens" });
    public ILocator Link(string label) => Nav.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });

    /// <summary>Opens Leerlinggegevens from the main menu, then one of its parts.</summary>
    public static async Task<ChainNav> OpenAsync(IPage page, string part)
    {
        await page.GotoAsync("/");
        await new AppShell(page).OpenAsync("Leerlinggegevens");
        var nav = new ChainNav(page);
        if (part != "Overzicht") await nav.Link(part).ClickAsync();
        await Expect(nav.Link(part)).ToHaveAttributeAsync("aria-current", "page");
        return nav;
    }
}

/// <summary>Leerlingen: the schools whose pupils the user keeps.</summary>
public sealed class RegisterIndexPage(IPage page)
{
    public ILocator Schools => page.GetByRole(AriaRole.Table, new() { Name = "Scholen waarvan u de leerlingen bijhoudt" });
    public ILocator SchoolLink(string name) => Schools.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task<RegisterSchoolPage> OpenAsync(string school)
    {
        await SchoolLink(school).ClickAsync();
        var details = new RegisterSchoolPage(page);
        await Expect(details.Heading).ToHaveTextAsync(school);
        return details;
    }
}

/// <summary>One school's groups and pupils, with the import and the pseudonym lookup.</summary>
public sealed class RegisterSchoolPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Import => page.GetByRole(AriaRole.Link, new() { Name = "Importeer leerlingen" });
    public ILocator Groups => page.GetByRole(AriaRole.Table, new() { Name = "Groepen met hun leraren en aantal leerlingen" });
    public ILocator GroupRow(string key) => Groups.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = key, Exact = true }) });
    public ILocator Search => page.GetByLabel("Zoeken op naam of leerlingnummer");
    public ILocator Group => page.GetByLabel("Groep", new() { Exact = true });
    public ILocator Count => page.Locator("#pupil-results").GetByRole(AriaRole.Status);
    public ILocator Pupils => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Leerlingen, pagina ") });
    public ILocator PupilLink(string sortName) => Pupils.GetByRole(AriaRole.Link, new() { Name = sortName, Exact = true });
}
