using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

public sealed class SchoolsPage(IPage page)
{
    private const string RecordSwappedSearches = """
        () => {
            if (!window.regieSearches)
                document.body.addEventListener('htmx:afterSettle', e => window.regieSearches.push(new URL(e.detail.xhr.responseURL).searchParams.get('Q')));
            window.regieSearches = [];
        }
        """;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Scholen", Level = 1 });
    public ILocator Search => page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoeken op naam, plaats of code" });
    public ILocator Results => page.GetByRole(AriaRole.Table, new() { Name = "Scholen, pagina" });
    public ILocator Count => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "gevonden" });
    public ILocator NoResults => page.GetByText("Geen scholen gevonden.");
    public ILocator AddSchool => page.GetByRole(AriaRole.Link, new() { Name = "School toevoegen" });
    public ILocator Import => page.GetByRole(AriaRole.Link, new() { Name = "Importeren uit DUO-bestand" });
    public ILocator ExportToExcel => page.GetByRole(AriaRole.Link, new() { Name = "Exporteren naar Excel" });

    public ILocator SchoolLink(string name) => Results.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator RowCells(string name) =>
        Results.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) }).GetByRole(AriaRole.Cell);

    public async Task<SchoolsPage> GotoAsync()
    {
        await page.GotoAsync("/Schools");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task<SchoolsPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Searches the way a user does (type, Enter) and waits until htmx has swapped in the results.</summary>
    public async Task SearchAsync(string term)
    {
        await page.EvaluateAsync(RecordSwappedSearches);
        await Search.FillAsync(term);
        await Search.PressAsync("Enter");
        await page.WaitForFunctionAsync("term => window.regieSearches.includes(term)", term);
    }

    public async Task<SchoolFormPage> AddSchoolAsync()
    {
        await AddSchool.ClickAsync();
        return await new SchoolFormPage(page).WaitAsync("School toevoegen");
    }

    public async Task<SchoolDetailsPage> OpenAsync(string name)
    {
        await SchoolLink(name).ClickAsync();
        return await new SchoolDetailsPage(page).WaitAsync(name);
    }

    public async Task<IDownload> ExportToExcelAsync() => await page.RunAndWaitForDownloadAsync(() => ExportToExcel.ClickAsync());
}
