using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages.Procurement;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Procurement;

[Collection(RegieCollection.Name)]
public sealed class InvestmentPlanTests(RegieFixture app)
{
    private const string Category = "Software en licenties";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    // Next year falls in the 2026–27 period (€ 216.000) or, once that has passed, in a later period that carries the last
    // known threshold over until the platform adds it. The default warning share is 80%, i.e. € 172.800.
    private static readonly int Year = DateTime.Now.Year + 1;
    private const decimal Threshold = 216_000m, WarningFrom = 172_800m, Target = 183_600m; // the target is 85%

    [Fact]
    public async Task A_procurement_officer_plans_20_licence_lines_and_the_threshold_warning_appears_once_the_sum_crosses_the_share()
    {
        var schools = (await app.PrimaryBoardSchoolsAsync()).Select(s => s.Name).ToList();
        await using var context = await app.NewContextAsync(Roles.Purchaser);
        var page = await context.NewPageAsync();

        // What the board already plans or buys in this category and year (the demo has a project in preparation).
        var nav = await ProcurementNav.OpenAsync(page, "Drempelmonitor");
        var monitor = await new MonitorPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);
        var before = await monitor.TotalAsync(Category, Year);
        var lines = Lines(schools, before);
        Assert.True(before + 102_900m < WarningFrom, $"The demo data already plans {before:C} in {Category} {Year}; 19 lines would cross the warning share.");

        await nav.Link("Investeringsplannen").ClickAsync();
        await Axe.AssertNoViolationsAsync(page);

        // The plan's own form by keyboard only.
        await new PlansIndexPage(page).Create.ClickAsync();
        var form = new PlanCreatePage(page);
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(form.Title);
        await page.Keyboard.TypeAsync($"Licenties {Year}–{Year + 3}");
        await page.TabToAsync(form.FirstYear);
        await page.Keyboard.PressAsync("ControlOrMeta+a");
        await page.Keyboard.TypeAsync(Year.ToString(CultureInfo.InvariantCulture));
        await page.TabToAsync(form.Submit);
        await page.Keyboard.PressAsync("Enter");
        var plan = await new PlanDetailsPage(page).WaitAsync($"Licenties {Year}–{Year + 3}");
        await Expect(plan.Status).ToContainTextAsync($"Het plan 'Licenties {Year}–{Year + 3}' is gemaakt.");
        await Expect(plan.Lines).ToContainTextAsync("Deze versie heeft nog geen regels.");
        await Expect(plan.Warning(Category, Year)).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        // The first line by keyboard only, from the plan page to the saved line.
        await page.TabToAsync(plan.AddLine);
        await page.Keyboard.PressAsync("Enter");
        var lineForm = new PlanLinePage(page);
        await Expect(lineForm.Save).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        plan = await lineForm.SaveByKeyboardAsync(lines[0]);
        await Expect(plan.Purchases).ToHaveTextAsync("€ 4.320,00");

        foreach (var line in lines.Skip(1).SkipLast(1))
            plan = await (await plan.AddLineAsync()).SaveAsync(line);

        // 19 lines, € 102.900: still under the share — no warning on the plan page, "onder de drempel" in the monitor.
        await Expect(plan.Purchases).ToHaveTextAsync("€ 102.900,00");
        await Expect(plan.PurchasesCard).ToContainTextAsync("19 regels");
        await Expect(plan.Warning(Category, Year)).ToHaveCountAsync(0);
        await nav.Link("Drempelmonitor").ClickAsync();
        monitor = await new MonitorPage(page).WaitAsync();
        await Expect(monitor.YearRow(Category, Year)).ToContainTextAsync((before + 102_900m).ToString("C", Dutch));
        await Expect(monitor.YearRow(Category, Year)).ToContainTextAsync("Onder de drempel");
        await page.GoBackAsync();

        // The 20th line takes the year to € 183.600, 85% of the threshold.
        plan = await (await plan.AddLineAsync()).SaveAsync(lines[^1]);
        await Expect(plan.Purchases).ToHaveTextAsync((Target - before).ToString("C", Dutch));
        await Expect(plan.PurchasesCard).ToContainTextAsync("20 regels");
        await Expect(plan.Lines.GetByRole(AriaRole.Status)).ToHaveTextAsync("20 regels gevonden");
        var warning = plan.Warning(Category, Year);
        await Expect(warning).ToContainTextAsync("€ 183.600,00, dat is 85% van de Europese drempel (€ 216.000,00).");
        await Expect(warning).ToContainTextAsync("U nadert de drempel.");
        await Axe.AssertNoViolationsAsync(page);

        await plan.MonitorLink.ClickAsync();
        monitor = await new MonitorPage(page).WaitAsync();
        var row = monitor.YearRow(Category, Year);
        await Expect(row).ToContainTextAsync("€ 183.600,00");
        await Expect(row).ToContainTextAsync("€ 216.000,00");
        await Expect(row).ToContainTextAsync("85%");
        await Expect(row).ToContainTextAsync("Let op: nadert de drempel");
        var calculation = monitor.Calculation(Category, Year);
        await Expect(calculation).ToHaveJSPropertyAsync("open", true);
        var purchases = calculation.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        foreach (var line in lines)
            await Expect(purchases.Filter(new() { HasText = line.Description })).ToContainTextAsync("Investeringsplan");
        await Expect(purchases.Filter(new() { HasText = lines[0].Description })).ToContainTextAsync("Aanschaf: 24 × € 180,00 = € 4.320,00");
        await Expect(purchases.Filter(new() { HasText = lines[9].Description })).ToContainTextAsync("Aanschaf: 120 × € 31,50 = € 3.780,00");
        var last = (Target - before - 102_900m).ToString("C", Dutch);
        await Expect(purchases.Filter(new() { HasText = lines[^1].Description })).ToContainTextAsync($"Aanschaf: 1 × {last} = {last}");
        await Expect(calculation.GetByRole(AriaRole.Row, new() { Name = "Samen" })).ToContainTextAsync("€ 183.600,00");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_line_removed_from_the_newest_plan_version_no_longer_counts_in_the_monitor()
    {
        // The demo plan's version 2 removed the tablets of the first school (by name); the other tablets stay planned for 2027.
        var firstSchool = (await app.PrimaryBoardSchoolsAsync())[0].Name;
        await using var context = await app.NewContextAsync(Roles.Purchaser);
        var page = await context.NewPageAsync();
        await ProcurementNav.OpenAsync(page, "Drempelmonitor");
        var purchases = new MonitorPage(page).Calculation("Devices", 2027).GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);

        await Expect(purchases.Filter(new() { HasText = "Tablets onderbouw" })).ToHaveCountAsync(2);
        await Expect(purchases.Filter(new() { HasText = $"Tablets onderbouw – {firstSchool}" })).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Teacher licences and test licences per school and a library for the board (together € 102.900), then one
    /// timetable licence that brings the year, with what was already there, to exactly 85% of the threshold.
    /// </summary>
    private static List<PlannedLine> Lines(IReadOnlyList<string> schools, decimal before)
    {
        Assert.Equal(9, schools.Count);
        var lines = new List<PlannedLine>();
        lines.AddRange(schools.Select(s => new PlannedLine(s, Category, $"Kantoorlicenties leraren – {s}", "24", "€ 180,00", Year)));
        lines.AddRange(schools.Select(s => new PlannedLine(s, Category, $"Licenties toetsprogramma – {s}", "120", "31,50", Year)));
        lines.Add(new PlannedLine(null, Category, "Digitale schoolbibliotheek, alle scholen", "1", "30.000", Year));
        lines.Add(new PlannedLine(null, Category, "Leerlingadministratie en roosters, vierjarige licentie", "1", (Target - before - 102_900m).ToString("C", Dutch), Year));
        Assert.True(Target - before - 102_900m > 0);
        return lines;
    }
}
