using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Authorization;
using static Regie.Tests.Features.Collaboration.InitiativeTestData;

namespace Regie.Tests.Features.Collaboration;

[Collection(AppCollection.Name)]
public sealed class InitiativePagesTests(RegieApp app)
{
    private static Dictionary<string, string> Form(string title, string ambition = "Leerlingen oefenen op eigen niveau.", int version = 0, string startYear = "2026") => new()
    {
        ["Input.Title"] = title, ["Input.Ambition"] = ambition, ["Input.Scope"] = "Wel groep 5-8, niet groep 3.",
        ["Input.StartYear"] = startYear, ["Input.HorizonYears"] = "4", ["Input.Version"] = V(version),
    };

    [Theory]
    [InlineData(Roles.IctCoordinator)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Purchaser)]
    public async Task Create_AsManagingRole_SavesAndOpensTheFlowchart(string role)
    {
        var (board, _, client) = await app.BoardUserAsync(role);
        var title = $"Leesomgeving {TestData.Next()}";

        var response = await client.PostFormAsync("/Collaboration/Create", Form(title));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Title == title), board);
        Assert.Equal(board.Id, saved.BoardId);
        Assert.Equal(4, saved.HorizonYears);
        Assert.Null(saved.Scenario);
        Assert.Equal($"/Collaboration/Flowchart/{saved.Id}", response.Location());
    }

    [Fact]
    public async Task Create_AsTeacher_IsForbidden_ButTheListIsVisible()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var initiative = await app.CreateInitiativeAsync(board);

        AssertForbidden(await client.GetAsync("/Collaboration/Create"));
        AssertForbidden(await client.PostFormAsync("/Collaboration/Create", Form("Mag niet")));
        var list = await client.GetPageAsync("/Collaboration");
        Assert.Contains(initiative.Title, list);
        Assert.DoesNotContain("Initiatief starten", list);
        Assert.Equal(0, await app.WithDbAsync(db => db.Initiatives.CountAsync(i => i.Title == "Mag niet"), board));
    }

    [Fact]
    public async Task Create_WithTooLongOrMissingText_ShowsDutchMessages_AndSavesNothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);

        var tooLong = await client.PostFormAsync("/Collaboration/Create", Form("Te lang", new string('a', 10_000)));
        var missing = await client.PostFormAsync("/Collaboration/Create", Form("", "", startYear: "1900"));

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("Ambitie en doelen mag niet langer zijn dan 4.000 tekens.", await tooLong.Content.ReadAsStringAsync());
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Vul de naam van het initiatief in.", html);
        Assert.Contains("Beschrijf de ambitie en de doelen.", html);
        Assert.Contains("Het eerste jaar moet tussen 2000 en 2100 liggen.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Initiatives.CountAsync(), board));
    }

    [Fact]
    public async Task Edit_WithAStaleVersion_ShowsTheConflict_AndKeepsTheStoredValues()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var initiative = await app.CreateInitiativeAsync(board, "Eerste naam");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Collaboration/Edit/{initiative.Id}", Form("Tweede naam"))).StatusCode);

        var stale = await client.PostFormAsync($"/Collaboration/Edit/{initiative.Id}", Form("Derde naam"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nu opgeslagen", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Tweede naam", (await app.FindAsync<Initiative>(initiative.Id)).Title);
    }

    [Fact]
    public async Task List_SearchesSortsAndExports_OnlyTheBoardsOwnInitiatives()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        await app.CreateInitiativeAsync(board, "Leesomgeving Zuid");
        await app.CreateInitiativeAsync(board, "Rekenapp Noord", walk: i => i.Answer(FlowchartStep.IdeaIsNew, false, "Bestaat al"));
        await app.CreateInitiativeAsync(await app.CreateBoardAsync(), "Leesomgeving van een ander");

        var found = await client.GetPageAsync("/Collaboration?Q=leesomgeving");
        Assert.Contains("1 initiatief gevonden", found);
        Assert.DoesNotContain("van een ander", found);

        var sorted = await client.GetPageAsync("/Collaboration?Sort=naam&Desc=true");
        Assert.True(sorted.IndexOf("Rekenapp Noord", StringComparison.Ordinal) < sorted.IndexOf("Leesomgeving Zuid", StringComparison.Ordinal));
        Assert.Contains("Scenario 4: inkopen bij een marktpartij", sorted);

        var csv = await client.GetStringAsync("/Collaboration?handler=Export&format=csv");
        Assert.Contains("Naam;Scenario;Aangemaakt op", csv);
        Assert.Contains("Rekenapp Noord;Scenario 4: inkopen bij een marktpartij", csv);
        Assert.DoesNotContain("van een ander", csv);
    }

    [Fact]
    public async Task Archive_HidesTheInitiativeFromTheList_AndRestoreBringsItBack()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var initiative = await app.CreateInitiativeAsync(board, "Oud plan");

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Collaboration/Details/{initiative.Id}?handler=Archive", new() { ["version"] = "0" })).StatusCode);
        Assert.DoesNotContain(">Oud plan</a>", await client.GetPageAsync("/Collaboration"));
        Assert.Contains(">Oud plan</a>", await client.GetPageAsync("/Collaboration?Status=gearchiveerd"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Collaboration/Details/{initiative.Id}?handler=Restore", new() { ["version"] = "1" })).StatusCode);
        Assert.Null((await app.FindAsync<Initiative>(initiative.Id)).ArchivedAt);
    }

    [Fact]
    public async Task Details_ShowsTheScenarioAndTheNeedsTakenUp()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var initiative = await app.CreateInitiativeAsync(board, walk: i => { ToPartnership(i); i.ChoosePartnership(Partnership.SchoolIdea, "Ons idee"); });
        await app.WithDbAsync(async db =>
        {
            db.Needs.Add(new Regie.Web.Features.Needs.Need
            {
                BoardId = board.Id, AsRole = "leraar", Want = "teksten op niveau", SoThat = "elke leerling oefent", InitiativeId = initiative.Id,
                CreatedById = user.Id, CreatedByName = "Test",
            });
            return await db.SaveChangesAsync();
        }, board);

        var html = await client.GetPageAsync($"/Collaboration/Details/{initiative.Id}");

        Assert.Contains("Scenario 2: idee van de school, uitvoering door een marktpartij", html);
        Assert.Contains("href=\"/Collaboration/Scenarios/2\"", html);
        Assert.Contains("Als leraar wil ik teksten op niveau zodat elke leerling oefent", html);
        Assert.Contains("Maak de afspraken: 0 van de 9 zijn gemaakt.", html);
    }

    [Fact]
    public async Task PagesOfAnotherBoardsInitiative_AreNotFound()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var other = await app.CreateInitiativeAsync(await app.CreateBoardAsync(), "Geheim plan");

        foreach (var page in new[] { "Details", "Edit", "Flowchart", "Agreements", "History" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Collaboration/{page}/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Collaboration/Agreements/{other.Id}?handler=Export&format=csv")).StatusCode);
    }
}
