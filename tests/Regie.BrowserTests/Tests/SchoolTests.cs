using System.Text.RegularExpressions;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class SchoolTests(RegieFixture app)
{
    [Fact]
    public async Task Beheerder_adds_a_school_and_finds_it_in_the_list()
    {
        await using var context = await app.NewContextAsync(Roles.Administrator);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Scholen");
        var schools = new SchoolsPage(page);

        var form = await schools.AddSchoolAsync();
        await form.FillAsync(new("OBS De Kwikstaart", "31QY", "Gorinchem", "Lingewal", "14", "4201 AB", 212));
        var details = await form.CreateAsync("OBS De Kwikstaart");
        await Expect(details.Status).ToHaveTextAsync("OBS De Kwikstaart is toegevoegd.");
        await Expect(details.Value("Vestigingscode")).ToHaveTextAsync("31QY00");
        await Expect(details.Value("BRIN")).ToHaveTextAsync("31QY");
        await Axe.AssertNoViolationsAsync(page);

        await shell.OpenAsync("Scholen");
        await schools.SearchAsync("Kwikstaart");
        await Expect(schools.Count).ToHaveTextAsync("1 school gevonden");
        await Expect(schools.RowCells("OBS De Kwikstaart")).ToHaveTextAsync(["OBS De Kwikstaart", "31QY00", "Gorinchem", "212", "", "Actief"]);
    }

    [Fact]
    public async Task A_school_with_invalid_codes_is_refused_with_the_errors_next_to_the_fields()
    {
        await using var context = await app.NewContextAsync(Roles.Administrator);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Scholen");
        var form = await new SchoolsPage(page).AddSchoolAsync();

        await form.FillAsync(new("OBS Zonder Code", "Q1", "Gorinchem", Postcode: "0123 A"));
        await form.Create.ClickAsync();

        await Expect(form.ErrorSummary).ToContainTextAsync("De BRIN-code bestaat uit 2 cijfers en 2 letters");
        await Expect(form.ErrorSummary).ToContainTextAsync("De postcode bestaat uit 4 cijfers en 2 letters");
        await Expect(form.Brin).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Brin).ToHaveAccessibleDescriptionAsync(new Regex("BRIN-code bestaat uit"));
        await Axe.AssertNoViolationsAsync(page);
    }
}
