using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Needs;

[Collection(AppCollection.Name)]
public sealed class NeedOverviewTests(RegieApp app)
{
    [Fact]
    public async Task Overview_CountsPerPillarAndSchool_AndFlagsAPillarWithoutAttention()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var north = await app.CreateSchoolAsync(board, "OBS Noord");
        var south = await app.CreateSchoolAsync(board, "OBS Zuid");
        await app.CreateNeedAsync(board, user, Pillar.DigitalLearningMaterials, schools: [north.Id, south.Id]);
        await app.CreateNeedAsync(board, user, Pillar.DigitalLearningMaterials, schools: north.Id);
        await app.CreateNeedAsync(board, user, Pillar.Expertise, status: NeedStatus.Done, schools: south.Id);
        await app.CreateNeedAsync(board, user, Pillar.IctInfrastructure);
        var other = await app.CreateBoardAsync();
        await app.CreateNeedAsync(other, await app.CreateUserAsync(other, Roles.Teacher), Pillar.Vision);

        var open = WebUtility.HtmlDecode(await client.GetPageAsync("/Needs/Overview"));
        var all = WebUtility.HtmlDecode(await client.GetPageAsync("/Needs/Overview?show=alle"));

        Assert.Contains("Geen aandacht voor visie en deskundigheid", open);
        Assert.Contains("<th scope=\"row\">Digitale leermiddelen</th><td class=\"num\">2</td><td class=\"num\">2</td>", Squash(open));
        Assert.Contains("<th scope=\"row\">Deskundigheid</th><td class=\"num\">0</td><td class=\"num\">1</td>", Squash(open));
        Assert.Contains("<th scope=\"row\">OBS Noord</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">2</td>", Squash(open));
        Assert.Contains("<th scope=\"row\">OBS Zuid</th><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">2</td>", Squash(all));
        Assert.Contains("<th scope=\"row\">Hele bestuur (geen school gekozen)</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td>", Squash(all));
        Assert.Contains("Geen aandacht voor visie", all);
        Assert.DoesNotContain("Geen aandacht voor visie en deskundigheid", all);
    }

    [Fact]
    public async Task Overview_FollowsEveryChangeToNeedsAndTheirSchools()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var school = await app.CreateSchoolAsync(board, "OBS De Linde");
        var need = await app.CreateNeedAsync(board, user, Pillar.Expertise, schools: school.Id);
        Assert.Contains("<th scope=\"row\">OBS De Linde</th><td class=\"num\">0</td><td class=\"num\">1</td>", Squash(WebUtility.HtmlDecode(await client.GetPageAsync("/Needs/Overview"))));

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Needs.Include(n => n.Schools).SingleAsync(n => n.Id == need.Id);
            stored.Schools.Clear(); // only the link changes, not the need's own columns
            return await db.SaveChangesAsync();
        }, board);
        var unlinked = Squash(WebUtility.HtmlDecode(await client.GetPageAsync("/Needs/Overview")));
        Assert.Contains("<th scope=\"row\">OBS De Linde</th><td class=\"num\">0</td><td class=\"num\">0</td>", unlinked);
        Assert.Contains("<th scope=\"row\">Hele bestuur (geen school gekozen)</th><td class=\"num\">0</td><td class=\"num\">1</td>", unlinked);

        await app.WithDbAsync(async db =>
        {
            (await db.Needs.SingleAsync(n => n.Id == need.Id)).Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        }, board);
        Assert.Contains("Er zijn nog geen open behoeften.", await client.GetPageAsync("/Needs/Overview"));
    }

    [Fact]
    public async Task Overview_ExportsTheSameNumbers()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var school = await app.CreateSchoolAsync(board, "OBS De Linde");
        await app.CreateNeedAsync(board, user, Pillar.Vision, schools: school.Id);

        var csv = Encoding.UTF8.GetString(await (await client.GetAsync("/Needs/Overview?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());

        Assert.Contains("School;Visie;Deskundigheid;Digitale leermiddelen;ICT-infrastructuur;Totaal", csv);
        Assert.Contains("Open behoeften;1;0;0;0;1", csv);
        Assert.Contains("OBS De Linde;1;0;0;0;1", csv);
    }

    [Fact]
    public async Task Overview_WithoutNeeds_InvitesTheFirstOne()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);

        Assert.Contains("Er zijn nog geen open behoeften.", await client.GetPageAsync("/Needs/Overview"));
    }

    private static string Squash(string html) => System.Text.RegularExpressions.Regex.Replace(html, ">\\s+<", "><");
}
