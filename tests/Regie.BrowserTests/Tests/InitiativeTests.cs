using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class InitiativeTests(RegieFixture app)
{
    [Fact]
    public async Task Ict_coordinator_walks_the_flowchart_to_scenario_2_fills_agreements_business_case_and_risks_and_exports()
    {
        await using var context = await app.NewContextAsync(Roles.IctCoordinator);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Initiatieven");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Initiatief starten" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        var flowchart = await new InitiativeFormPage(page).CreateAsync("Rekenmaatje voor nieuwkomers",
            "Nieuwkomers oefenen rekentaal in hun eigen tempo, met uitleg in eenvoudig Nederlands.", "Wel groep 3 tot en met 8; niet de taallessen zelf.");
        await Axe.AssertNoViolationsAsync(page);

        await flowchart.AnswerAsync("Heeft de school een idee", true, "Onze taalcoördinator zocht zoiets en vond niets.");

        // The second question by keyboard only, with its inline explanation of a term.
        await Expect(flowchart.Question).ToContainTextAsync("vraagverheldering en marktverkenning");
        var term = flowchart.Term("vraagverheldering");
        await page.TabToAsync(term);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("details.regie-term[open]")).ToContainTextAsync("scherp krijgen wat u precies nodig hebt");
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(flowchart.Yes);
        await page.Keyboard.PressAsync("Space");
        await Expect(flowchart.Yes).ToBeCheckedAsync();
        await page.TabToAsync(flowchart.Rationale);
        await page.Keyboard.TypeAsync("Drie uitgevers gesproken; geen van hen heeft dit.");
        await page.TabToAsync(flowchart.Save);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uw antwoord is opgeslagen");

        await flowchart.AnswerAsync("Blijkt uit een marktconsultatie", true, "Marktconsultatie in maart bevestigt dat het niet bestaat.");
        await flowchart.AnswerAsync("Concludeert de school", true, "Beheer is te zwaar voor ons.");
        await flowchart.Partnership(2).CheckAsync();
        await flowchart.Rationale.FillAsync("Het idee is van ons, bouwen laten we aan een uitgever.");
        await flowchart.Save.ClickAsync();
        await Expect(flowchart.Outcome).ToContainTextAsync("Uitkomst: scenario 2");
        await Expect(flowchart.Route.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);
        await Axe.AssertNoViolationsAsync(page);

        await flowchart.Outcome.GetByRole(AriaRole.Link, new() { Name = "Lees wat scenario 2 betekent" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scenario 2: Idee van de school, uitvoering door een marktpartij");
        var phases = page.GetByRole(AriaRole.Table, new() { Name = "Wie doet wat in elke fase van scenario 2" });
        await Expect(phases.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^School") }).Locator("th, td")).ToHaveTextAsync(["School", "Ja", "Nee", "Nee", "Nee"]);
        var ip = page.Locator("details.regie-term > summary", new() { HasText = "intellectueel eigendom" }).First;
        await ip.ClickAsync();
        await Expect(page.Locator("details.regie-term[open]").First).ToContainTextAsync("Het recht op wat bedacht en gemaakt is");
        await Axe.AssertNoViolationsAsync(page);

        await page.GoBackAsync();
        await new InitiativeTabs(page).OpenAsync("Afspraken");
        var agreements = new AgreementsPage(page);
        await Expect(agreements.Topic("Eigendom en intellectueel eigendom")).ToContainTextAsync("belangrijk bij uw scenario");
        await Axe.AssertNoViolationsAsync(page);
        await agreements.FillAsync("Eigendom en intellectueel eigendom", "Software van de uitgever, teksten van het bestuur.", "Bestuurder", "2026-04-01", done: true);
        await agreements.FillAsync("Momenten om uit te stappen", "Na het prototype en na het eerste schooljaar.", "Ict-coördinator", "2026-05-15", done: false);
        await agreements.Save.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("1 van de 9 gemaakt");
        await Expect(agreements.Overview.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Eigendom") })).ToContainTextAsync("Gemaakt");
        await Expect(agreements.Overview.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Momenten") })).ToContainTextAsync("15 mei 2026");
        await Axe.AssertNoViolationsAsync(page);

        await new InitiativeTabs(page).OpenAsync("Wijzigingen");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Scenario 2: idee van de school");
        await Axe.AssertNoViolationsAsync(page);

        await new InitiativeTabs(page).OpenAsync("Overzicht");
        await Expect(page.GetByRole(AriaRole.Main).Locator("dt:text-is('Uitkomst stroomschema') + dd")).ToHaveTextAsync("Scenario 2: idee van de school, uitvoering door een marktpartij");
        await Axe.AssertNoViolationsAsync(page);

        // The same initiative gets its business case and three risks, and the case is exported.
        await new InitiativeTabs(page).OpenAsync("Business case");
        var businessCase = await new BusinessCasePage(page).WaitAsync();
        await businessCase.AddCostAsync("Bouw van de oefenomgeving door de uitgever", "Ontwikkeling", "18.000", yearly: false, from: "2027");
        await businessCase.AddOwnHoursAsync("Taalcoördinator test met nieuwkomers", "Ontwikkeling", "60", "55,00", from: "2027");
        await businessCase.AddSubsidyAsync("Bijdrage samenwerkingsverband", "4.000", from: "2027", to: "2028");
        await Expect(businessCase.Lines).ToContainTextAsync("60 uur × € 55");
        await Expect(businessCase.CashFlowChart).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        var download = await businessCase.ExportToExcelAsync();
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"regie-journey-{Guid.NewGuid():N}.xlsx");
        try
        {
            await download.SaveAsAsync(path);
            var lines = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true, sheetName: "Regels").Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(lines, l => Equals(l["Omschrijving"], "Bouw van de oefenomgeving door de uitgever"));
        }
        finally
        {
            File.Delete(path);
        }

        await new InitiativeTabs(page).OpenAsync("Risico's en go/no-go");
        var risks = await new RisksPage(page).WaitAsync();
        await risks.AddRiskAsync("Uitgever levert te laat", "Markt", 3, 3, "6.000", "Marktpartij", "De uitgever plant het werk.");
        await risks.AddRiskAsync("Leerlinggegevens lekken", "Juridisch: privacy", 1, 5, "25.000", "Samen", "Beide partijen verwerken gegevens.");
        await risks.AddRiskAsync("Te weinig tijd voor testen", "Capaciteit", 4, 2, "3.000", "School of bestuur", "Alleen de school kan leraren vrijroosteren.");
        await Expect(risks.Register.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^(Uitgever levert|Leerlinggegevens|Te weinig tijd)") })).ToHaveCountAsync(3);
        await Expect(risks.Cell(3, 3)).ToHaveTextAsync("1");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_scenario_overview_and_the_glossary_are_accessible()
    {
        await using var context = await app.NewContextAsync(Roles.Teacher);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Initiatieven");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Digitale oefenomgeving voor begrijpend lezen" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "De vijf samenwerkingsscenario's" }).ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Wie in elke fase aan zet is, per scenario" });
        await Expect(table.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^4\\.") }).Locator("th, td"))
            .ToHaveTextAsync(["4. Inkopen bij een marktpartij", "Marktpartij", "Marktpartij", "Marktpartij (school eventueel)", "Marktpartij"]);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle begrippen uitgelegd" }).ClickAsync();
        await Expect(page.Locator("#term-staatssteun")).ToHaveTextAsync("staatssteun");
        await Axe.AssertNoViolationsAsync(page);
    }
}
