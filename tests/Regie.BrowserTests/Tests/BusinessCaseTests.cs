using System.Globalization;
using Microsoft.Playwright;
using MiniExcelLibs;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class BusinessCaseTests(RegieFixture app)
{
    private const string Initiative = "Digitale oefenomgeving voor begrijpend lezen";

    [Fact]
    public async Task Ict_coordinator_fills_a_business_case_and_three_risks_and_exports_the_case()
    {
        await using var context = await app.NewContextAsync(Roles.IctCoordinator);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Initiatieven");
        await page.GetByRole(AriaRole.Link, new() { Name = Initiative, Exact = true }).First.ClickAsync();
        var tabs = new InitiativeTabs(page);
        await tabs.OpenAsync("Business case");
        var businessCase = await new BusinessCasePage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);

        await businessCase.AddCostAsync("Extra toetsmodule voor groep 8", "Ontwikkeling", "7.250", yearly: false, from: "2027");
        await businessCase.AddOwnHoursAsync("Leesspecialist begeleidt proefklassen", "Beheer", "40", "57,50", from: "2027");
        await businessCase.AddSubsidyAsync("Bijdrage van het samenwerkingsverband", "2.500", from: "2026", to: "2027");
        await Expect(businessCase.Lines).ToContainTextAsync("Extra toetsmodule voor groep 8");
        await Expect(businessCase.Lines).ToContainTextAsync("40 uur × € 57,50");
        await Expect(businessCase.Lines.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Leesspecialist begeleidt") })).ToContainTextAsync("€ 2.300");
        await Expect(businessCase.CashFlowChart).ToBeVisibleAsync();
        await Expect(businessCase.CashFlowTable.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        await Axe.AssertNoViolationsAsync(page);

        var download = await businessCase.ExportToExcelAsync();
        Assert.Matches(@"^business-case-digitale-oefenomgeving-voor-begrijpend-lezen-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"regie-business-case-{Guid.NewGuid():N}.xlsx");
        try
        {
            await download.SaveAsAsync(path);
            Assert.Equal(["Samenvatting", "Regels", "Per jaar", "Per fase"], MiniExcel.GetSheetNames(path));
            var lines = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Regels").Cast<IDictionary<string, object?>>().ToList();
            var hours = Assert.Single(lines, l => Equals(l["Omschrijving"], "Leesspecialist begeleidt proefklassen"));
            Assert.Equal(2300m, Convert.ToDecimal(hours["Bedrag (euro)"], CultureInfo.InvariantCulture));
            Assert.Equal("Eigen uren", hours["Soort regel"]);
        }
        finally
        {
            File.Delete(path);
        }

        await tabs.OpenAsync("Risico's en go/no-go");
        var risks = await new RisksPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);
        await risks.AddRiskAsync("Proefklassen haken af", "Capaciteit", 5, 5, "12.000", "School of bestuur", "Alleen de scholen kunnen leraren vrijroosteren.");
        await risks.AddRiskAsync("Subsidie telt als staatssteun", "Juridisch: staatssteun", 1, 1, "5.000", "Samen", "Beide partijen moeten de regels toepassen.");
        await risks.AddRiskAsync("Uitgever verhoogt de licentieprijs", "Markt", 1, 2, "8.000", "Marktpartij", "De uitgever bepaalt de prijs.");

        await Expect(risks.Register).ToContainTextAsync("Proefklassen haken af");
        await Expect(risks.Register.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Proefklassen haken af") })).ToContainTextAsync("€ 10.800");
        await Expect(risks.Cell(5, 5)).ToHaveTextAsync("1");
        await Expect(risks.Cell(1, 1)).ToHaveTextAsync("1");
        await Expect(risks.HeatMap.GetByRole(AriaRole.Columnheader, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Impact 5") })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
