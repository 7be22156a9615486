using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Needs.WorkingGroups;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Cooperative;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Needs.Shared;

[Collection(AppCollection.Name)]
public sealed class SharedNeedsPagesTests(RegieApp app)
{
    private sealed record Scene(Cooperative Cooperative, HttpClient Client, Board Open, Board Hidden, Need Arithmetic, Need ArithmeticElsewhere, Need Wifi);

    /// <summary>A cooperative with two member boards (one hides its name) that asked for the same thing in their own words.</summary>
    private async Task<Scene> SceneAsync()
    {
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var open = await app.CreateBoardAsync(cooperative);
        var hidden = await app.CreateBoardAsync(cooperative, showName: false);
        var openAuthor = await app.CreateUserAsync(open, Roles.Teacher);
        var hiddenAuthor = await app.CreateUserAsync(hidden, Roles.Teacher);
        var schoolA = await app.CreateSchoolAsync(open);
        var schoolB = await app.CreateSchoolAsync(hidden);
        var schoolC = await app.CreateSchoolAsync(hidden);
        var shared = DateTimeOffset.UtcNow.AddDays(-3);
        var arithmetic = await app.InsertNeedAsync(open, openAuthor, "software om adaptief rekenen te oefenen", "leerlingen op hun eigen niveau rekenen oefenen", shared, false, schoolA);
        var elsewhere = await app.InsertNeedAsync(hidden, hiddenAuthor, "een adaptief programma voor rekenen", "elke leerling rekenen oefent op het eigen niveau", shared, false, schoolB, schoolC);
        var wifi = await app.InsertNeedAsync(open, openAuthor, "betrouwbare wifi in elk klaslokaal", "digitale toetsen niet uitvallen", shared);
        var client = await app.LoginAsync((await app.CreateUserAsync(cooperative, Roles.Cooperative)).Email!);
        return new Scene(cooperative, client, open, hidden, arithmetic, elsewhere, wifi);
    }

    [Fact]
    public async Task Shared_ShowsOnlySharedActiveNeedsOfOwnMembers_AndHidesNamesWhenTheBoardChoseSo()
    {
        var scene = await SceneAsync();
        var author = await app.CreateUserAsync(scene.Open, Roles.Teacher);
        await app.InsertNeedAsync(scene.Open, author, "nog niet gedeelde wens voor robots");
        await app.InsertNeedAsync(scene.Open, author, "gearchiveerde wens voor printers", sharedAt: DateTimeOffset.UtcNow, archived: true);
        var outsider = await app.CreateBoardAsync(await app.CreateOrganizationAsync(new Cooperative()));
        await app.InsertNeedAsync(outsider, await app.CreateUserAsync(outsider, Roles.Teacher), "wens van een bestuur van een andere coöperatie", sharedAt: DateTimeOffset.UtcNow);
        var loner = await app.CreateBoardAsync();
        await app.InsertNeedAsync(loner, await app.CreateUserAsync(loner, Roles.Teacher), "wens van een bestuur zonder coöperatie", sharedAt: DateTimeOffset.UtcNow);

        var html = await scene.Client.GetPageAsync("/Needs/Shared");

        Assert.Contains("software om adaptief rekenen te oefenen", html);
        Assert.Contains("betrouwbare wifi in elk klaslokaal", html);
        Assert.Contains(scene.Open.Name, html);
        Assert.DoesNotContain(scene.Hidden.Name, html);
        Assert.Contains(MembersModel.HiddenName, html);
        Assert.DoesNotContain("robots", html);
        Assert.DoesNotContain("printers", html);
        Assert.DoesNotContain("andere coöperatie", html);
        Assert.DoesNotContain("zonder coöperatie", html);
    }

    [Fact]
    public async Task Shared_GroupsSimilarNeedsOfTwoBoards_WithTheReasonAndTheBoardsSchoolsAndPupilsBehindThem()
    {
        var scene = await SceneAsync();

        var html = await scene.Client.GetPageAsync("/Needs/Shared");

        Assert.Contains("Groep 1: rekenen, adaptief, eigen", html);
        Assert.Contains("Beide behoeften noemen: rekenen, adaptief, eigen", html);
        Assert.Contains("<dt>Besturen</dt><dd>2</dd>", html);
        Assert.Contains("<dt>Scholen</dt><dd>3</dd>", html);
        Assert.Contains("<dt>Leerlingen</dt><dd>600</dd>", html);
        Assert.DoesNotContain("Groep 2", html);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Teacher)]
    public async Task Shared_AsBoardUser_IsRefused(string role)
    {
        var (_, _, client) = await app.BoardUserAsync(role);

        Assert.True(WorkingGroupPagesTests.IsRefused(await client.GetAsync("/Needs/Shared")));
        Assert.True(WorkingGroupPagesTests.IsRefused(await client.GetAsync("/Needs/Proposals")));
    }

    [Fact]
    public async Task Shared_AnotherCooperative_SeesNoneOfIt()
    {
        var scene = await SceneAsync();
        var other = await app.CreateOrganizationAsync(new Cooperative());
        var client = await app.LoginAsync((await app.CreateUserAsync(other, Roles.Cooperative)).Email!);

        var html = await client.GetPageAsync("/Needs/Shared");
        var csv = await (await client.GetAsync("/Needs/Shared?handler=Export&format=csv")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("adaptief", html);
        Assert.DoesNotContain(scene.Open.Name, html);
        Assert.DoesNotContain("adaptief", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Needs/Proposals/Create?groep={scene.Arithmetic.Id}")).StatusCode);
    }

    [Fact]
    public async Task Export_ListsTheSharedNeedsWithTheirGroup()
    {
        var scene = await SceneAsync();

        var csv = await (await scene.Client.GetAsync("/Needs/Shared?handler=Export&format=csv")).Content.ReadAsStringAsync();

        Assert.Contains("software om adaptief rekenen te oefenen", csv);
        Assert.Contains(MembersModel.HiddenName, csv);
        Assert.DoesNotContain(scene.Hidden.Name, csv);
        Assert.Contains("1: rekenen, adaptief, eigen", csv);
    }

    [Fact]
    public async Task Proposal_FromAGroup_KeepsItsNeedsAndReason_AndWalksItsStatuses()
    {
        var scene = await SceneAsync();

        var created = await scene.Client.PostFormAsync($"/Needs/Proposals/Create?groep={scene.Arithmetic.Id}",
            new() { ["Groep"] = scene.Arithmetic.Id.ToString(), ["Input.Title"] = "Samen adaptief rekenen", ["Input.Description"] = "Eén aanbesteding voor beide besturen." });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var proposal = await app.WithDbAsync(db => db.BundlingProposals.Include(p => p.Needs).SingleAsync(), scene.Cooperative);
        Assert.Equal([scene.Arithmetic.Id, scene.ArithmeticElsewhere.Id], proposal.Needs.Select(n => n.NeedId).Order().ToList());
        Assert.StartsWith("Beide behoeften noemen: rekenen, adaptief, eigen", proposal.GroupingReason);
        var url = $"/Needs/Proposals/Details/{proposal.Id}";
        var page = await scene.Client.GetPageAsync(url);
        Assert.Contains("600", page);
        Assert.DoesNotContain(scene.Hidden.Name, page);

        await scene.Client.PostFormAsync(url + "?handler=Propose", new() { ["version"] = proposal.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var proposed = await app.WithDbAsync(db => db.BundlingProposals.SingleAsync(), scene.Cooperative);
        Assert.Equal(ProposalStatus.Proposed, proposed.Status);

        await scene.Client.PostFormAsync(url + "?handler=Reopen", new() { ["version"] = proposed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(ProposalStatus.Proposed, (await app.WithDbAsync(db => db.BundlingProposals.SingleAsync(), scene.Cooperative)).Status);

        await scene.Client.PostFormAsync(url + "?handler=StartTendering", new() { ["version"] = proposed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(ProposalStatus.Tendering, (await app.WithDbAsync(db => db.BundlingProposals.SingleAsync(), scene.Cooperative)).Status);
        Assert.Contains("Samen adaptief rekenen", await scene.Client.GetPageAsync("/Needs/Proposals"));
    }

    [Fact]
    public async Task Proposal_WithTenThousandCharacters_ShowsMessagesAndSavesNothing()
    {
        var scene = await SceneAsync();

        var response = await scene.Client.PostFormAsync($"/Needs/Proposals/Create?groep={scene.Arithmetic.Id}",
            new() { ["Groep"] = scene.Arithmetic.Id.ToString(), ["Input.Title"] = new string('a', 10_000), ["Input.Description"] = new string('b', 10_000) });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De titel mag niet langer zijn dan 200 tekens.", html);
        Assert.Contains("De toelichting mag niet langer zijn dan 4.000 tekens.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.BundlingProposals.CountAsync(), scene.Cooperative));
    }

    [Fact]
    public async Task Proposal_EditAfterSomeoneElseSaved_IsAConflict_AndAnotherCooperativeGetsNotFound()
    {
        var scene = await SceneAsync();
        await scene.Client.PostFormAsync($"/Needs/Proposals/Create?groep={scene.Wifi.Id}", new() { ["Groep"] = scene.Arithmetic.Id.ToString(), ["Input.Title"] = "Rekenen" });
        var proposal = await app.WithDbAsync(db => db.BundlingProposals.SingleAsync(), scene.Cooperative);
        var colleague = await app.LoginAsync((await app.CreateUserAsync(scene.Cooperative, Roles.Cooperative)).Email!);
        var url = $"/Needs/Proposals/Details/{proposal.Id}?handler=Edit";
        var version = proposal.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await scene.Client.PostFormAsync(url, new() { ["Input.Title"] = "Eerste titel", ["Input.Version"] = version });
        var second = await colleague.PostFormAsync(url, new() { ["Input.Title"] = "Tweede titel", ["Input.Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Eerste titel", (await app.WithDbAsync(db => db.BundlingProposals.SingleAsync(), scene.Cooperative)).Title);

        var stranger = await app.LoginAsync((await app.CreateUserAsync(await app.CreateOrganizationAsync(new Cooperative()), Roles.Cooperative)).Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Needs/Proposals/Details/{proposal.Id}")).StatusCode);
    }
}
