using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Features.Cooperative;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class SharedNeedsTests(RegieFixture app)
{
    [Fact]
    public async Task Cooperative_sees_similar_needs_of_two_boards_grouped_with_why_and_turns_a_group_into_a_proposal()
    {
        await using var context = await app.NewContextAsync(Roles.Cooperative);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Gedeelde behoeften");
        var shared = await new SharedNeedsPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);

        // The demo boards asked for adaptive arithmetic practice and for wifi, each in their own words.
        var arithmetic = shared.Groups.Filter(new() { HasTextRegex = new Regex("Waarom samen:.*noemen.*rekenen") });
        await Expect(arithmetic).ToHaveCountAsync(1);
        await Expect(arithmetic).ToContainTextAsync("Stichting Primair Onderwijs De Waterlinie");
        // Board 40615 hides its name from the cooperative.
        await Expect(arithmetic).ToContainTextAsync(MembersModel.HiddenName);
        await Expect(arithmetic).Not.ToContainTextAsync("Scholengroep Rivierenland");
        await Expect(arithmetic.GetByRole(AriaRole.Definition).First).ToHaveTextAsync(new Regex("^[23]$"));
        var wifi = shared.Groups.Filter(new() { HasTextRegex = new Regex("Waarom samen:.*noemen.*wifi") });
        await Expect(wifi).ToHaveCountAsync(1);
        await Expect(shared.ChartTable).ToBeVisibleAsync();

        var form = await shared.MakeProposalAsync(arithmetic);
        await form.Title.FillAsync("Samen adaptief rekenen oefenen");
        await form.Description.FillAsync("Eén aanbesteding voor de besturen die dit vroegen.");
        await Axe.AssertNoViolationsAsync(page);
        await form.Save.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Samen adaptief rekenen oefenen", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex("noemen.*rekenen")).First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorleggen aan de besturen" }).ClickAsync();
        await Expect(page.GetByText("Voorgelegd aan besturen").First).ToBeVisibleAsync();

        await shell.OpenAsync("Bundelvoorstellen");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Samen adaptief rekenen oefenen" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Executive_opens_the_working_group_with_its_members_need_and_meeting_note()
    {
        await using var context = await app.NewContextAsync(Roles.Executive);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Werkgroepen");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rekenen op maat" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkgroep Rekenen op maat", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Leden van werkgroep Rekenen op maat" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Behoeften van werkgroep Rekenen op maat" })).ToContainTextAsync("rekenen");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Besluiten" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Verslag toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de datum van het overleg in.");
        await Axe.AssertNoViolationsAsync(page);
    }
}
