using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Procurement;

/// <summary>The section menu every procurement page carries: trajecten, plannen, drempelmonitor, beleid, contracten.</summary>
public sealed class ProcurementNav(IPage page)
{
    public ILocator Menu => page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van inkoop" });
    public ILocator Link(string label) => Menu.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });

    /// <summary>Signs in through the main menu's "Inkoop" and then picks a section.</summary>
    public static async Task<ProcurementNav> OpenAsync(IPage page, string section)
    {
        await page.GotoAsync("/");
        await new AppShell(page).OpenAsync("Inkoop");
        var nav = new ProcurementNav(page);
        if (section != "Inkooptrajecten") await nav.Link(section).ClickAsync();
        await Expect(nav.Link(section)).ToHaveAttributeAsync("aria-current", "page");
        return nav;
    }
}

/// <summary>Investeringsplannen: the list and "Plan maken".</summary>
public sealed class PlansIndexPage(IPage page)
{
    public ILocator Create => page.GetByRole(AriaRole.Link, new() { Name = "Plan maken", Exact = true });
    public ILocator Results => page.Locator("#plan-results");
    public ILocator PlanLink(string title) => Results.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });

    public async Task<PlanDetailsPage> OpenAsync(string title)
    {
        await PlanLink(title).ClickAsync();
        return await new PlanDetailsPage(page).WaitAsync(title);
    }
}

/// <summary>"Investeringsplan maken".</summary>
public sealed class PlanCreatePage(IPage page)
{
    public ILocator Title => page.GetByLabel("Naam van het plan");
    public ILocator FirstYear => page.GetByLabel("Eerste jaar");
    public ILocator Years => page.GetByLabel("Aantal jaren");
    public ILocator School => page.GetByLabel("School");
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Plan maken" });
}

/// <summary>A plan version: the summary cards, the threshold warnings, the totals and the lines.</summary>
public sealed class PlanDetailsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByRole(AriaRole.Status).First;
    public ILocator AddLine => page.GetByRole(AriaRole.Link, new() { Name = "Regel toevoegen", Exact = true });
    public ILocator VersionsLink => page.GetByRole(AriaRole.Link, new() { Name = "Versies en verschillen", Exact = true });
    public ILocator VersionTabs => page.GetByRole(AriaRole.Navigation, new() { Name = "Versies van dit plan" });
    public ILocator Purchases => page.GetByTestId("purchases");
    public ILocator PurchasesCard => page.Locator("li.regie-card").Filter(new() { Has = Purchases });
    public ILocator GrandTotal => page.GetByTestId("grand-total");
    public ILocator Warnings => page.GetByRole(AriaRole.Complementary, new() { Name = "Waarschuwingen van de drempelmonitor" });
    public ILocator Lines => page.Locator("#plan-lines");
    public ILocator MonitorLink => Warnings.GetByRole(AriaRole.Link, new() { Name = "Bekijk de berekening in de drempelmonitor" });

    /// <summary>The warning of one category and year ("Software en licenties, 2027"); absent while it is below the share.</summary>
    public ILocator Warning(string category, int year) =>
        Warnings.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{category}, {year}:" });

    public async Task<PlanDetailsPage> WaitAsync(string title)
    {
        await Expect(Heading).ToContainTextAsync(title);
        return this;
    }

    public async Task<PlanLinePage> AddLineAsync()
    {
        await AddLine.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Regel toevoegen", Level = 1 })).ToBeVisibleAsync();
        return new PlanLinePage(page);
    }
}

/// <summary>"Regel toevoegen" / "Regel wijzigen": the form of one planned purchase.</summary>
public sealed class PlanLinePage(IPage page)
{
    public ILocator School => page.GetByLabel("School");
    public ILocator Category => page.GetByLabel("Categorie");
    public ILocator Description => page.GetByLabel("Omschrijving");
    public ILocator Quantity => page.GetByLabel("Aantal", new() { Exact = true });
    public ILocator UnitPrice => page.GetByLabel("Prijs per stuk in euro's (excl. btw)");
    public ILocator PurchaseYear => page.GetByLabel("Aanschafjaar");
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Regel opslaan" });
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);

    /// <summary>Fills the line and saves it; a school of null means "Hele bestuur".</summary>
    public async Task<PlanDetailsPage> SaveAsync(PlannedLine line)
    {
        await School.SelectOptionAsync(new SelectOptionValue { Label = line.School ?? "Hele bestuur" });
        await Category.SelectOptionAsync(new SelectOptionValue { Label = line.Category });
        await Description.FillAsync(line.Description);
        await Quantity.FillAsync(line.Quantity);
        await UnitPrice.FillAsync(line.UnitPrice);
        await PurchaseYear.FillAsync(line.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Save.ClickAsync();
        return await SavedAsync(line);
    }

    /// <summary>The same by keyboard only: Tab from field to field, type-ahead in the lists, Enter to save.</summary>
    public async Task<PlanDetailsPage> SaveByKeyboardAsync(PlannedLine line)
    {
        await page.TabToAsync(School);
        await page.Keyboard.TypeAsync(line.School ?? "Hele bestuur");
        await page.TabToAsync(Category);
        await page.Keyboard.TypeAsync(line.Category);
        await page.TabToAsync(Description);
        await page.Keyboard.TypeAsync(line.Description);
        await page.TabToAsync(Quantity);
        await page.Keyboard.PressAsync("ControlOrMeta+a");
        await page.Keyboard.TypeAsync(line.Quantity);
        await page.TabToAsync(UnitPrice);
        await page.Keyboard.TypeAsync(line.UnitPrice);
        await page.TabToAsync(PurchaseYear);
        await page.Keyboard.PressAsync("ControlOrMeta+a");
        await page.Keyboard.TypeAsync(line.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(School).ToHaveValueAsync(new Regex(".+"));
        await Expect(Category.Locator("option:checked")).ToHaveTextAsync(line.Category);
        await page.Keyboard.PressAsync("Enter");
        return await SavedAsync(line);
    }

    private async Task<PlanDetailsPage> SavedAsync(PlannedLine line)
    {
        var details = new PlanDetailsPage(page);
        await Expect(details.Status).ToContainTextAsync($"De regel '{line.Description}' is opgeslagen");
        return details;
    }
}

/// <summary>One planned purchase as a user types it: amounts as text ("€ 180,00", "31,50", "42.500").</summary>
public sealed record PlannedLine(string? School, string Category, string Description, string Quantity, string UnitPrice, int Year);

/// <summary>De drempelmonitor: per category a table of years and, per year, the calculation line by line.</summary>
public sealed class MonitorPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Drempelmonitor", Level = 1 });
    public ILocator Category(string name) => page.GetByRole(AriaRole.Region, new() { Name = name, Exact = true });
    public ILocator YearRow(string category, int year) =>
        Category(category).GetByRole(AriaRole.Table).First.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }) });

    /// <summary>The "Berekening …" disclosure of one category and year.</summary>
    public ILocator Calculation(string category, int year) =>
        Category(category).Locator("details").Filter(new() { Has = page.Locator("summary", new() { HasTextRegex = new Regex($"^Berekening {Regex.Escape(category.ToLowerInvariant())} {year} ") }) });

    /// <summary>The total of a category in a year as the table shows it; 0 when nothing is planned or bought there.</summary>
    public async Task<decimal> TotalAsync(string category, int year)
    {
        var row = YearRow(category, year);
        if (await row.CountAsync() == 0) return 0m;
        var text = await row.GetByRole(AriaRole.Cell).First.InnerTextAsync();
        return decimal.Parse(Regex.Replace(text, "[^0-9,]", ""), System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
    }

    public async Task<MonitorPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}
