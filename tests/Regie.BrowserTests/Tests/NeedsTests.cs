using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class NeedsTests(RegieFixture app)
{
    [Fact]
    public async Task Teacher_names_an_iPad_is_asked_for_the_what_rephrases_and_finds_the_need_in_the_list()
    {
        await using var context = await app.NewContextAsync(Roles.Teacher);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Behoeften");
        var needs = await new NeedsPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);

        var form = await needs.DescribeAsync();
        var school = (await app.PrimaryBoardSchoolsAsync())[0].Name;
        await form.AsRole.FillAsync("leraar groep 6");
        await form.Want.FillAsync("een iPad voor elke leerling in mijn groep");
        await form.SoThat.FillAsync("kinderen die klaar zijn zelfstandig verder kunnen met meetkunde");
        await form.Pillar("Digitale leermiddelen").CheckAsync();
        await form.School(school).CheckAsync();
        await form.Priority("Moet").CheckAsync();

        // The live check (htmx, while typing) warns before anything is submitted.
        await Expect(form.Warning).ToBeVisibleAsync();
        await Expect(page.Locator("#story-check")).ToContainTextAsync("‘iPad’");
        await Axe.AssertNoViolationsAsync(page);

        // Submitting anyway still warns and offers "Toch opslaan"; the teacher rephrases instead.
        await form.Save.ClickAsync();
        await Expect(form.SaveAnyway).ToBeVisibleAsync();
        await Expect(form.Warning).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await form.Want.FillAsync("dat leerlingen die klaar zijn zelfstandig meetkunde kunnen oefenen op hun eigen niveau");
        await Expect(form.Warning).ToBeHiddenAsync();
        await Expect(form.Sentence).ToHaveTextAsync("Als leraar groep 6 wil ik dat leerlingen die klaar zijn zelfstandig meetkunde kunnen oefenen op hun eigen niveau zodat kinderen die klaar zijn zelfstandig verder kunnen met meetkunde");
        await form.Save.ClickAsync();

        var details = await new NeedDetailsPage(page).WaitAsync();
        await Expect(details.Status).ToContainTextAsync("Uw behoefte is opgeslagen.");
        await Expect(details.Value("Scholen")).ToHaveTextAsync(school);
        await Expect(details.Value("Pijler")).ToContainTextAsync("Digitale leermiddelen");
        await Axe.AssertNoViolationsAsync(page);

        await shell.OpenAsync("Behoeften");
        await needs.SearchAsync("meetkunde kunnen oefenen");
        await Expect(needs.Count).ToHaveTextAsync("1 behoefte gevonden");
        await Expect(needs.NeedLink("meetkunde kunnen oefenen op hun eigen niveau")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Overview_shows_the_pillar_without_attention_with_a_chart_and_a_table()
    {
        await using var context = await app.NewContextAsync(Roles.IctCoordinator);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Behoeften");
        await new NeedsPage(page).Overview.ClickAsync();

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Geen aandacht voor visie" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Img, new() { Name = "Staafdiagram" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Table, new() { Name = "Behoeften per pijler" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
