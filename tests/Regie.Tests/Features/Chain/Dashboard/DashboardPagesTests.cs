using System.Net;
using MiniExcelLibs;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Chain.Dashboard;

[Collection(AppCollection.Name)]
public sealed class DashboardPagesTests(RegieApp app)
{
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element {id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Teacher_SeesOwnGroup_WithTheStalledPupilsAndWhy()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var teacher = await app.LoginAsync(world.Teacher.Email!);

        var html = await teacher.GetPageAsync(world.GroupUrl(world.Group));

        var stalled = Section(html, "stalled-pupils");
        Assert.Contains(world.Flat.FamilyName, stalled, StringComparison.Ordinal);
        Assert.Contains(world.Silent.FamilyName, stalled, StringComparison.Ordinal);
        Assert.Contains(world.Below.FamilyName, stalled, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Improving.FamilyName, stalled, StringComparison.Ordinal);
        Assert.Contains("Geen vooruitgang bij Kerndoel 23: Wiskundetaal leren gebruiken: 80% in de laatste 4 weken, 80% daarvoor", stalled, StringComparison.Ordinal);
        Assert.Contains("Geen resultaten in de laatste 4 weken", stalled, StringComparison.Ordinal);
        Assert.Contains("Onder de norm bij Rekenen blok 3: laatste score 20, norm 30", stalled, StringComparison.Ordinal);
        // Group 5A: 7 results, 80+80+70+90+80+20+40 = 460 → 66% of the range; 5 of 7 reach the norm of 30 → 71%.
        var goals = Section(html, "goal-table");
        Assert.Matches(@"Kerndoel 23: Wiskundetaal leren gebruiken</th><td class=""num"">7</td><td class=""num"">66%</td><td class=""num"">71%</td>", goals);
        Assert.Contains("1 uur 50 min", Section(html, "product-table"), StringComparison.Ordinal);
        Assert.DoesNotContain(world.Elsewhere.FamilyName, html, StringComparison.Ordinal);
        Assert.Contains("data-dashboard-chart", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StallWindow_FromTheQueryString_ChangesWhoStalls()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var teacher = await app.LoginAsync(world.Teacher.Email!);

        // Nine weeks reach back to 30 May: every result is inside the window, so only the score below the norm remains.
        var stalled = Section(await teacher.GetPageAsync(world.GroupUrl(world.Group, "&Weeks=9")), "stalled-pupils");
        Assert.Contains(world.Below.FamilyName, stalled, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Flat.FamilyName, stalled, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Silent.FamilyName, stalled, StringComparison.Ordinal);

        var wrong = await teacher.GetPageAsync(world.GroupUrl(world.Group, "&Weeks=40"));
        Assert.Contains("Weken zonder vooruitgang: kies een getal van 1 tot en met 26.", wrong, StringComparison.Ordinal);
        Assert.Contains(world.Flat.FamilyName, Section(wrong, "stalled-pupils"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewDelivery_ShowsAtOnce()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var teacher = await app.LoginAsync(world.Teacher.Email!);
        Assert.Contains(world.Silent.FamilyName, Section(await teacher.GetPageAsync(world.GroupUrl(world.Group)), "stalled-pupils"), StringComparison.Ordinal);

        await world.DeliverAsync(app, (world.Silent, DashboardWorld.InWindow, 45, 10));

        Assert.DoesNotContain(world.Silent.FamilyName, Section(await teacher.GetPageAsync(world.GroupUrl(world.Group)), "stalled-pupils"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teacher_AnotherGroupOfTheSameSchool_IsNotFound()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var teacher = await app.LoginAsync(world.Teacher.Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(world.GroupUrl(world.OtherGroup))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(world.GroupUrl(world.OtherGroup) + "&handler=Export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(world.PupilUrl(world.Elsewhere))).StatusCode);

        var index = await teacher.GetPageAsync(DashboardWorld.IndexUrl);
        Assert.Contains($"/Chain/Dashboard/Group/{world.Group.Id}", index, StringComparison.Ordinal);
        Assert.DoesNotContain(world.OtherGroup.Id.ToString(), index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teacher_SeesOwnPupil_WithTheReasons()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var teacher = await app.LoginAsync(world.Teacher.Email!);

        var html = await teacher.GetPageAsync(world.PupilUrl(world.Flat));

        Assert.Contains(world.Flat.FamilyName, html, StringComparison.Ordinal);
        Assert.Contains("Geen vooruitgang bij Kerndoel 23", html, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Improving.FamilyName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("14-03-2017", html, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Flat.PupilNumber, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchoolLeader_SeesEveryGroupOfTheSchool()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var leader = await app.LoginAsync(world.Leader.Email!);

        var school = await leader.GetPageAsync(world.SchoolUrl);
        Assert.Contains($"/Chain/Dashboard/Group/{world.Group.Id}", school, StringComparison.Ordinal);
        Assert.Contains($"/Chain/Dashboard/Group/{world.OtherGroup.Id}", school, StringComparison.Ordinal);
        Assert.Contains(world.Elsewhere.FamilyName, await leader.GetPageAsync(world.GroupUrl(world.OtherGroup)), StringComparison.Ordinal);
        Assert.Contains(world.Elsewhere.FamilyName, await leader.GetPageAsync(world.PupilUrl(world.Elsewhere)), StringComparison.Ordinal);
        Assert.Contains(world.School.Id.ToString(), await leader.GetPageAsync(DashboardWorld.IndexUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executive_SeesFiguresPerSchool_AndNoNameAnywhere()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var executive = await app.LoginAsync(world.Executive.Email!);

        var index = await executive.GetPageAsync(DashboardWorld.IndexUrl);
        var school = await executive.GetPageAsync(world.SchoolUrl);
        var exports = new[]
        {
            await executive.GetStringAsync(DashboardWorld.IndexUrl + "&handler=Export&format=csv"),
            await executive.GetStringAsync(world.SchoolUrl + "&handler=Export&format=csv"),
        };
        foreach (var text in new[] { index, school }.Concat(exports))
        foreach (var name in world.Names)
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Chain/Dashboard/Group/", school, StringComparison.Ordinal);
        Assert.DoesNotContain("/Chain/Dashboard/Pupil/", index + school, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await executive.GetAsync(world.GroupUrl(world.Group))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await executive.GetAsync(world.PupilUrl(world.Flat))).StatusCode);

        // The school in figures: 5 pupils, all with results, 9 results, 3 stalled (flat, silent, below the norm).
        var row = exports[0].Split('\n').Single(l => l.StartsWith(world.School.Name, StringComparison.Ordinal)).TrimEnd('\r').Split(';');
        Assert.Equal(["5", "5", "9"], row[2..5]);
        Assert.Equal("3", row[7]);
    }

    [Fact]
    public async Task OtherBoard_GetsNotFound()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var (_, _, intruder) = await app.BoardUserAsync(Roles.SchoolLeader);

        foreach (var url in new[] { world.GroupUrl(world.Group), world.PupilUrl(world.Flat), world.SchoolUrl })
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        foreach (var name in world.Names)
            Assert.DoesNotContain(name, await intruder.GetPageAsync(DashboardWorld.IndexUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_HasASheetPerView_WithTheFigures()
    {
        var world = await DashboardWorld.CreateAsync(app);
        var teacher = await app.LoginAsync(world.Teacher.Email!);

        var response = await teacher.GetAsync(world.GroupUrl(world.Group, "&handler=Export"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["Per leerdoel", "Per toets", "Per product", "Per leerling", "Stilstand"], MiniExcel.GetSheetNames(workbook));
        List<IDictionary<string, object>> Sheet(string name) => MiniExcel.Query(workbook, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();

        var goal = Assert.Single(Sheet("Per leerdoel"));
        Assert.Equal("Kerndoel 23: Wiskundetaal leren gebruiken", goal["Leerdoel"]);
        Assert.Equal(7d, Convert.ToDouble(goal["Resultaten"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(65.7, Convert.ToDouble(goal["Gemiddelde score (% van de schaal)"], System.Globalization.CultureInfo.InvariantCulture));

        var pupils = Sheet("Per leerling");
        Assert.Equal(4, pupils.Count);
        var flat = pupils.Single(p => ((string)p["Leerling"]).Contains(world.Flat.FamilyName, StringComparison.Ordinal));
        Assert.Equal(45d, Convert.ToDouble(flat["Tijd (minuten)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("ja", flat["Stilstand"]);

        var stalled = Sheet("Stilstand");
        Assert.Equal(3, stalled.Count);
        Assert.Equal("Geen vooruitgang", stalled.Single(s => ((string)s["Leerling"]).Contains(world.Flat.FamilyName, StringComparison.Ordinal))["Soort"]);
        Assert.Equal("Geen resultaten", stalled.Single(s => ((string)s["Leerling"]).Contains(world.Silent.FamilyName, StringComparison.Ordinal))["Soort"]);
        Assert.Equal("Onder de norm", stalled.Single(s => ((string)s["Leerling"]).Contains(world.Below.FamilyName, StringComparison.Ordinal))["Soort"]);
    }
}
