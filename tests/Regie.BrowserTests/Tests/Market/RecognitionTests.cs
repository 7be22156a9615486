using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Market;

[Collection(RegieCollection.Name)]
public sealed class RecognitionTests(RegieFixture app)
{
    [Fact]
    public async Task Two_committee_members_score_independently_agree_and_decide_and_a_teacher_sees_the_badge()
    {
        await using var first = await app.NewContextAsync(Roles.RecognitionCommittee);
        var (page, shell) = await first.OpenStartAsync();
        await shell.OpenAsync("Erkenning");
        // The demo data: an assessment commissie@ has submitted and commissie2@ has still to score, and one decided.
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Beoordelen (1 van 2 ingediend)" })).ToHaveCountAsync(1);
        await page.GetByLabel("Toon").SelectOptionAsync("besloten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Erkend – goed onderbouwd" })).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);
        var title = await new RecognitionIndexPage(page).StartLastFoundAsync("e");
        var assessmentUrl = page.Url;
        var anna = new AssessmentPage(page);
        await Axe.AssertNoViolationsAsync(page);

        // The first criterion by keyboard only: from its group Tab into the scale, arrows to the score, Tab to the rationale.
        await anna.Criterion(AssessmentPage.Criteria[0]).FocusAsync();
        await page.TabToAsync(anna.Score(AssessmentPage.Criteria[0], 1));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(anna.Score(AssessmentPage.Criteria[0], 3)).ToBeCheckedAsync();
        await page.TabToAsync(anna.Rationale(AssessmentPage.Criteria[0]));
        await page.Keyboard.TypeAsync("Doel en doelgroep staan per leerjaar beschreven.");
        await anna.FillAsync(3, "Eerste beoordelaar", skip: 1);
        await anna.Submit.ClickAsync();
        await Expect(anna.Status).ToContainTextAsync("Uw beoordeling is ingediend");
        await Axe.AssertNoViolationsAsync(page);

        await using var second = await app.NewContextAsync();
        var bramPage = await second.NewPageAsync();
        await (await new LoginPage(bramPage).GotoAsync()).LoginAsync("commissie2@demo.regie.nl", DemoSeeder.Password);
        await bramPage.GotoAsync(assessmentUrl);
        var bram = new AssessmentPage(bramPage);
        await Expect(bramPage.GetByText("1 van 2 ingediend")).ToBeVisibleAsync();
        await Expect(bramPage.GetByText("Eerste beoordelaar")).ToHaveCountAsync(0);
        await Expect(bram.SideBySide).ToHaveCountAsync(0);
        await bram.FillAsync(4, "Tweede beoordelaar");
        await bram.Score("Bewijs van effect", 2).CheckAsync();
        await bram.Submit.ClickAsync();
        await Expect(bram.Status).ToContainTextAsync("de consensusronde is begonnen");
        await Expect(bram.SideBySide).ToContainTextAsync("Eerste beoordelaar");
        await Expect(bram.SideBySide.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Bewijs van effect") })).ToContainTextAsync("1 punt verschil");
        await Axe.AssertNoViolationsAsync(bramPage);

        await bram.FillAsync(3, "Samen vastgesteld");
        await bram.AgreeButton.ClickAsync();
        await Expect(bram.Status).ToContainTextAsync("De consensusscores zijn vastgelegd");
        await Expect(bramPage.GetByText("Voorlopige uitkomst volgens de regels van de criteriaset: Erkend – goed onderbouwd")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(bramPage);
        await page.ReloadAsync();
        await anna.Reasoning.FillAsync("Helder doel, goed onderbouwd en veilig; een onderzoek met een vergelijkingsgroep ontbreekt nog.");
        await anna.Decide.ClickAsync();
        await Expect(anna.Status).ToContainTextAsync("Besloten: Erkend – goed onderbouwd");
        var itemHref = await anna.ItemLink.GetAttributeAsync("href");

        await using var teacher = await app.NewContextAsync(Roles.Teacher);
        var teacherPage = await teacher.NewPageAsync();
        await teacherPage.GotoAsync(itemHref!);
        await Expect(teacherPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var badge = teacherPage.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Erkend – goed onderbouwd · geldig tot") });
        await Expect(badge).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(teacherPage);
        await badge.ClickAsync();
        await Expect(teacherPage.GetByText("een onderzoek met een vergelijkingsgroep ontbreekt nog")).ToBeVisibleAsync();
        await Expect(teacherPage.GetByText("Tweede beoordelaar")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(teacherPage);
    }
}
