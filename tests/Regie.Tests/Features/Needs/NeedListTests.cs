using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Needs;

[Collection(AppCollection.Name)]
public sealed class NeedListTests(RegieApp app)
{
    [Fact]
    public async Task List_ShowsOnlyTheBoardsOwnNeeds_WithTheirSupport()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var own = await app.CreateNeedAsync(board, user, want: "eigen oefenstof");
        var other = await app.CreateBoardAsync();
        await app.CreateNeedAsync(other, await app.CreateUserAsync(other, Roles.Teacher), want: "vreemde oefenstof");
        var colleague = await app.CreateUserAsync(board, Roles.Teacher);
        await app.WithDbAsync(async db =>
        {
            db.NeedEndorsements.Add(new NeedEndorsement { BoardId = board.Id, NeedId = own.Id, UserId = colleague.Id, UserName = "c", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }, board);

        var html = await client.GetPageAsync("/Needs");

        Assert.Contains("eigen oefenstof", html);
        Assert.DoesNotContain("vreemde oefenstof", html);
        Assert.Contains("<td class=\"num\">1</td>", html);
    }

    [Fact]
    public async Task List_SearchesTheStoryIgnoringCaseAndAccents_AndFilters()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var school = await app.CreateSchoolAsync(board);
        await app.CreateNeedAsync(board, user, Pillar.Expertise, "scholing over Coöperatief leren", schools: school.Id);
        await app.CreateNeedAsync(board, user, Pillar.IctInfrastructure, "betere wifi in het speellokaal");
        await app.CreateNeedAsync(board, user, Pillar.Expertise, "scholing over toetsen", NeedStatus.InProgress);

        Assert.Contains("1 behoefte gevonden", await client.GetPageAsync("/Needs?Q=COOPERATIEF"));
        Assert.Contains("2 behoeften gevonden", await client.GetPageAsync("/Needs?Pillar=Expertise"));
        Assert.Contains("1 behoefte gevonden", await client.GetPageAsync("/Needs?Pillar=Expertise&Status=InProgress"));
        Assert.Contains("1 behoefte gevonden", await client.GetPageAsync($"/Needs?School={school.Id}"));
        Assert.Contains("0 behoeften gevonden", await client.GetPageAsync("/Needs?Priority=Could"));
    }

    [Fact]
    public async Task List_SortsBySupportAndPages()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        for (var i = 0; i < 27; i++) await app.CreateNeedAsync(board, user, want: $"behoefte nummer {i:D2}");
        var popular = await app.CreateNeedAsync(board, user, want: "de populairste behoefte");
        var colleague = await app.CreateUserAsync(board, Roles.Teacher);
        await app.WithDbAsync(async db =>
        {
            db.NeedEndorsements.Add(new NeedEndorsement { BoardId = board.Id, NeedId = popular.Id, UserId = colleague.Id, UserName = "c", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }, board);

        var bySupport = await client.GetPageAsync("/Needs?Sort=steun&Desc=true");
        var first = await client.GetPageAsync("/Needs?Sort=steun");
        var second = await client.GetPageAsync("/Needs?Sort=datum&PageNumber=2");

        Assert.Contains("de populairste behoefte", first);
        Assert.DoesNotContain("de populairste behoefte", bySupport);
        Assert.Contains("behoefte nummer 00", second);
        Assert.DoesNotContain("behoefte nummer 26", second);
        Assert.Contains("28 behoeften gevonden", second);
    }

    [Fact]
    public async Task List_AsHtmxRequest_ReturnsOnlyTheRows()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        await app.CreateNeedAsync(board, user);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Needs?Q=oefenstof");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<html", html);
        Assert.Contains("1 behoefte gevonden", html);
        Assert.Contains("HX-Request", response.Headers.Vary);
    }

    [Fact]
    public async Task Export_GivesTheFilteredNeedsAsCsvAndExcel()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var school = await app.CreateSchoolAsync(board, "OBS Het Baken");
        await app.CreateNeedAsync(board, user, Pillar.Vision, "een gedeelde visie op digitale geletterdheid", schools: school.Id);
        await app.CreateNeedAsync(board, user, Pillar.Expertise, "iets anders");

        var csv = Encoding.UTF8.GetString(await (await client.GetAsync("/Needs?handler=Export&format=csv&Pillar=Vision")).Content.ReadAsByteArrayAsync());
        var xlsx = await client.GetAsync("/Needs?handler=Export&format=xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Contains("Als;Wil ik;Zodat;Pijler", csv);
        Assert.Contains("een gedeelde visie op digitale geletterdheid;iedereen op eigen tempo vooruitkomt;Visie", csv);
        Assert.Contains("OBS Het Baken", csv);
        Assert.DoesNotContain("iets anders", csv);
        Assert.Equal(2, rows.Count);
    }
}
