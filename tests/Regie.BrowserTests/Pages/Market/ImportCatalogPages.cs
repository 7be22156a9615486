using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The way into the catalogue import from "Mijn aanbod", and the portal list's search and count.</summary>
public sealed class ImportCatalogPage(IPage page)
{
    public ILocator ImportLink => page.GetByRole(AriaRole.Link, new() { Name = "Importeren uit CSV of Excel" });
    public ILocator TemplateCsv => page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeldbestand (CSV)" });
    public ILocator TemplateXlsx => page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeldbestand (Excel)" });
    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoeken op titel, tekst of eigen code" });
    public ILocator Count => page.Locator("#item-results").GetByRole(AriaRole.Status);
    public ILocator ItemLink(string title) => page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });

    public async Task SearchAsync(string text)
    {
        await Search.FillAsync(text);
        await Search.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"Q={Uri.EscapeDataString(text)}"));
    }
}

/// <summary>A catalogue CSV as a supplier exports it from Excel: semicolons, Dutch headers, one item per row.</summary>
public sealed class ImportCatalogFile
{
    private static readonly string[] Headers =
        ["eigen code", "titel", "samenvatting", "beschrijving", "soort", "sectoren", "vakken", "leerjaren", "prijs excl. btw", "locatie van de gegevens"];

    private readonly List<string[]> _rows = [];

    public static ImportCatalogFile Series(string token, int count)
    {
        var file = new ImportCatalogFile();
        for (var n = 1; n <= count; n++)
            file._rows.Add([$"{token}-{n:D2}", $"Leerlijn {token} {n}", "Oefenen op eigen niveau", "Korte lessen met directe feedback.",
                "Digitaal leermiddel", "po", "Rekenen en wiskunde", "groep 5, groep 6", n % 2 == 0 ? "12,50" : "9.95", "Binnen de EU/EER"]);
        return file;
    }

    /// <summary>Changes one cell of the row with the given 1-based item number.</summary>
    public ImportCatalogFile With(int item, string header, string value)
    {
        _rows[item - 1][Array.IndexOf(Headers, header)] = value;
        return this;
    }

    public byte[] Bytes() => Encoding.UTF8.GetPreamble()
        .Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { Headers }.Concat(_rows).Select(r => string.Join(';', r))) + "\r\n")).ToArray();
}

/// <summary>The API keys page, where a supplier connects its own systems for the API and bulk updates.</summary>
public sealed class ImportApiKeysPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "API-sleutels", Level = 1 });
    public ILocator Name => page.GetByLabel("Naam", new() { Exact = true });
    public ILocator Write => page.GetByRole(AriaRole.Checkbox, new() { Name = "Aanbod wijzigen" });
    public ILocator Create => page.GetByRole(AriaRole.Button, new() { Name = "Sleutel maken" });
    public ILocator IssuedKey => page.GetByRole(AriaRole.Textbox, new() { Name = "API-sleutel" });
    public ILocator Revoke(string name) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Intrekken") });
    public ILocator Notice => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "ingetrokken" });

    public async Task<ImportApiKeysPage> OpenAsync()
    {
        await page.GotoAsync("/Market/Portal/ApiKeys");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}
