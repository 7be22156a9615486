using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

/// <summary>Start (choose a file) and result (progress, errors, preview, commit) of an import.</summary>
public sealed partial class ImportPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator File => page.GetByLabel("Bestand", new() { Exact = true });
    public ILocator Check => page.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" });
    public ILocator ErrorsHeading => page.GetByRole(AriaRole.Heading, new() { NameRegex = ErrorsTitle() });
    public ILocator ErrorRows => DataRows(page.GetByRole(AriaRole.Table, new() { Name = "Fouten per regel" }));
    public ILocator Preview => page.GetByRole(AriaRole.Table, new() { Name = "Voorbeeld van de import" });
    public ILocator PreviewRows => DataRows(Preview);
    public ILocator Commit => page.GetByRole(AriaRole.Button, new() { NameRegex = CommitLabel() });
    public ILocator ChooseOther => page.GetByRole(AriaRole.Link, new() { Name = "Ander bestand kiezen" });
    public ILocator Done => page.GetByText("De import is voltooid.");
    public ILocator ShowResult => page.GetByRole(AriaRole.Link, new() { Name = "Bekijk het resultaat" });

    private ILocator DataRows(ILocator table) => table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell) });

    public async Task<ImportPage> GotoAsync(string kind)
    {
        await page.GotoAsync($"/Imports/Start/{kind}");
        await Expect(Check).ToBeVisibleAsync();
        return this;
    }

    public async Task UploadAsync(string fileName, byte[] content)
    {
        await File.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = content });
        await Check.ClickAsync();
        await Expect(ChooseOther).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    public async Task<IReadOnlyList<(int Line, string Message)>> ErrorsAsync()
    {
        var rows = new List<(int, string)>();
        foreach (var row in await ErrorRows.AllAsync())
        {
            var cells = await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
            rows.Add((int.Parse(cells[0], CultureInfo.InvariantCulture), cells[1]));
        }
        return rows;
    }

    public async Task CommitAsync()
    {
        await Commit.ClickAsync();
        await Expect(Done).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [GeneratedRegex("fouten? gevonden|regel bevat een fout")] private static partial Regex ErrorsTitle();
    [GeneratedRegex("^[0-9.]+ regels? importeren$")] private static partial Regex CommitLabel();
}
