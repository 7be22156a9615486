using Microsoft.Playwright;
using MiniExcelLibs;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.BrowserTests.Pages.Chain;
using Regie.Web.Features.Chain;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Chain;

[Collection(RegieCollection.Name)]
public sealed class TeacherDashboardTests(RegieFixture app)
{
    // ChainDemoData seeds 4A (9 pupils) before 5A; in 5A the pupils at positions 3, 8 and 12 stall, each in its own way.
    private const int FirstOf5A = 9;
    private const int StopsPractising = FirstOf5A + 3, Flat = FirstOf5A + 8, Declines = FirstOf5A + 12;

    [Fact]
    public async Task A_teacher_sees_the_stalled_pupils_of_their_group_with_the_reason_exports_it_and_cannot_open_another_group()
    {
        var firstSchool = (await app.PrimaryBoardSchoolsAsync())[0];
        var stalled = new[]
        {
            (Name: await app.DemoPupilNameAsync(StopsPractising), Reason: "Geen resultaten in de laatste 3 weken"),
            (Name: await app.DemoPupilNameAsync(Flat), Reason: "Onder de norm bij"),
            (Name: await app.DemoPupilNameAsync(Declines), Reason: "Geen vooruitgang bij"),
        };
        await using var context = await app.NewContextAsync(Roles.Teacher);
        var (page, shell) = await context.OpenStartAsync();

        await shell.OpenAsync("Leerresultaten");
        var index = await new DashboardIndexPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);
        await index.GroupLink($"Groep {ChainDemoData.FirstGroup}").ClickAsync();

        var group = new DashboardGroupPage(page);
        await Expect(group.Heading).ToContainTextAsync(ChainDemoData.FirstGroup);
        await Expect(group.Stalled).ToBeVisibleAsync();

        // The stall window by keyboard: three weeks instead of four.
        await page.TabToAsync(group.Weeks, maxPresses: 80);
        await page.Keyboard.PressAsync("ControlOrMeta+a");
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**Weeks=3**");
        await Expect(group.Weeks).ToHaveValueAsync("3");

        foreach (var (name, reason) in stalled)
            await Expect(group.StalledRow(name)).ToContainTextAsync(reason);
        await Expect(group.Charts).Not.ToHaveCountAsync(0);
        foreach (var chart in await group.Charts.AllAsync())
            await Expect(chart).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("de cijfers staan in de tabel(len)? hieronder"));
        foreach (var table in new[] { "Resultaten per leerdoel", "Gemiddelde score per leerdoel per week", "Scores per toets tegenover de norm", "Resultaten en tijd per product" })
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = table, Exact = true }).GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "chain-dashboard-group-stalled");
        await Axe.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.TabToAsync(group.Export, maxPresses: 80);
            await page.Keyboard.PressAsync("Enter");
        });
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var sheet = MiniExcel.Query(path, sheetName: "Stilstand", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Select(r => r.Values.Select(v => v?.ToString()).ToList()).ToList();
        Assert.Equal(["Leerling", "Soort", "Toelichting"], sheet[0]);
        foreach (var (name, reason) in stalled)
            Assert.Contains(sheet, row => row[0] == name && row[2]!.StartsWith(reason, StringComparison.Ordinal));

        // Another group of the same school: the teacher does not teach it, so it does not exist for them.
        var other = await app.GroupIdAsync(firstSchool.Id, "5B");
        var response = await page.GotoAsync($"/Chain/Dashboard/Group/{other}");
        Assert.Equal(404, response!.Status);
        await Expect(shell.Heading).ToHaveTextAsync("Pagina niet gevonden");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("5B");
        await Axe.AssertNoViolationsAsync(page);
    }
}
