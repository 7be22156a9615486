using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class ImportTests(RegieFixture app)
{
    [Fact]
    public async Task A_file_with_bad_rows_shows_each_error_with_its_line_and_saves_nothing()
    {
        var file = DuoFile.Create(RegieFixture.PrimaryBoardNumber,
            new("36QY", "OBS De Eikenhof", "4201 AC", "Gorinchem"),
            new("3X6Y", "CBS Het Foutje", "4202 AD", "Gorinchem"),
            new("37QY", "OBS De Lindehof", "4203 AE", "Leerdam"),
            new("38QY", "CBS De Postbus", "12345", "Leerdam"));
        await using var context = await app.NewContextAsync(Roles.Administrator);
        var (page, shell) = await context.OpenStartAsync();
        var import = await new ImportPage(page).GotoAsync("schools");

        await import.UploadAsync("vestigingen-met-fouten.csv", file);

        await Expect(import.ErrorsHeading).ToHaveTextAsync("2 fouten gevonden – er is niets opgeslagen");
        var errors = await import.ErrorsAsync();
        Assert.Collection(errors,
            e => Assert.Equal((3, "BRIN '3X6Y' is ongeldig: verwacht 2 cijfers en 2 letters, zoals 18BR."), e),
            e => Assert.Equal((5, "Postcode '12345' is ongeldig: verwacht 4 cijfers en 2 letters, zoals 9406 NN."), e));
        await Expect(import.Commit).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "import-errors");
        await Axe.AssertNoViolationsAsync(page);

        await shell.OpenAsync("Scholen");
        var schools = new SchoolsPage(page);
        foreach (var name in new[] { "Eikenhof", "Lindehof" })
        {
            await schools.SearchAsync(name);
            await Expect(schools.NoResults).ToBeVisibleAsync();
            await Expect(schools.Count).ToHaveTextAsync("0 scholen gevonden");
        }
    }

    [Fact]
    public async Task A_correct_file_is_previewed_then_committed_and_its_schools_are_listed()
    {
        var file = DuoFile.Create(RegieFixture.PrimaryBoardNumber,
            new("33QY", "OBS Het Noorderlicht", "4204 AF", "Gorinchem"),
            new("34QY", "CBS De Zuiderzon", "4205 AG", "Arkel"));
        await using var context = await app.NewContextAsync(Roles.Administrator);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Scholen");
        await new SchoolsPage(page).Import.ClickAsync();
        var import = new ImportPage(page);
        await Expect(import.Heading).ToHaveTextAsync("Scholen importeren uit DUO-bestand");
        await Axe.AssertNoViolationsAsync(page);

        await import.UploadAsync("vestigingen.csv", file);

        await Expect(import.Commit).ToHaveTextAsync("2 regels importeren");
        await Expect(import.PreviewRows).ToHaveCountAsync(2);
        await Expect(import.Preview).ToContainTextAsync("OBS Het Noorderlicht");
        await Screenshots.TakeAsync(page, "import-preview");
        await Axe.AssertNoViolationsAsync(page);

        await import.CommitAsync();
        await Expect(page.GetByText("2 regels zijn opgeslagen.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "import-done");
        await Axe.AssertNoViolationsAsync(page);
        await import.ShowResult.ClickAsync();

        var schools = await new SchoolsPage(page).WaitAsync();
        foreach (var (name, code) in new[] { ("OBS Het Noorderlicht", "33QY00"), ("CBS De Zuiderzon", "34QY00") })
        {
            await schools.SearchAsync(code);
            await Expect(schools.Count).ToHaveTextAsync("1 school gevonden");
            await Expect(schools.SchoolLink(name)).ToBeVisibleAsync();
        }
    }
}
