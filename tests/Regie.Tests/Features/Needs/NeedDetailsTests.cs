using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Needs;

[Collection(AppCollection.Name)]
public sealed class NeedDetailsTests(RegieApp app)
{
    private static Dictionary<string, string> Version(Need need, int? version = null) =>
        new() { ["version"] = (version ?? need.Version).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private async Task<(Board Board, Need Need, HttpClient Client)> NeedAsync(string role, Cooperative? cooperative = null)
    {
        var board = await app.CreateBoardAsync(cooperative);
        var author = await app.CreateUserAsync(board, Roles.Teacher);
        var need = await app.CreateNeedAsync(board, author);
        var client = await app.LoginAsync((await app.CreateUserAsync(board, role)).Email!);
        return (board, need, client);
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal);

    [Fact]
    public async Task Details_ShowsTheStoryAndFacts()
    {
        var (_, need, client) = await NeedAsync(Roles.Teacher);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Needs/Details/{need.Id}"));

        Assert.Contains(need.Want, html);
        Assert.Contains("Digitale leermiddelen", html);
        Assert.Contains("Hele bestuur", html);
        Assert.DoesNotContain("In behandeling nemen", html);
    }

    [Fact]
    public async Task Endorse_CountsOncePerPerson_AndCanBeWithdrawn()
    {
        var (board, need, client) = await NeedAsync(Roles.Teacher);
        var url = $"/Needs/Details/{need.Id}?handler=";

        await client.PostFormAsync(url + "Endorse", []);
        await client.PostFormAsync(url + "Endorse", []);
        Assert.Equal(1, await app.WithDbAsync(db => db.NeedEndorsements.CountAsync(e => e.NeedId == need.Id), board));
        Assert.Contains("Steun van collega's (1)", WebUtility.HtmlDecode(await client.GetPageAsync($"/Needs/Details/{need.Id}")));

        await client.PostFormAsync(url + "Withdraw", []);
        Assert.Equal(0, await app.WithDbAsync(db => db.NeedEndorsements.CountAsync(e => e.NeedId == need.Id), board));
    }

    [Fact]
    public async Task Endorse_OwnNeed_IsNotCounted()
    {
        var (board, author, client) = await app.BoardUserAsync(Roles.Teacher);
        var need = await app.CreateNeedAsync(board, author);

        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=Endorse", []);

        Assert.Equal(0, await app.WithDbAsync(db => db.NeedEndorsements.CountAsync(), board));
    }

    [Fact]
    public async Task Comment_IsPlaced_AndEmptyOrTooLongIsRefusedWithAMessage()
    {
        var (board, need, client) = await NeedAsync(Roles.Teacher);
        var url = $"/Needs/Details/{need.Id}?handler=Comment";

        var empty = WebUtility.HtmlDecode(await (await client.PostFormAsync(url, new() { ["text"] = "  " })).Content.ReadAsStringAsync());
        var huge = await client.PostFormAsync(url, new() { ["text"] = new string('x', 10_000) });
        Assert.Contains("Schrijf eerst uw reactie.", empty);
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("Uw reactie mag niet langer zijn dan 4.000 tekens; ze is nu 10.000 tekens.", WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.NeedComments.CountAsync(), board));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, new() { ["text"] = "Dit herken ik uit groep 7." })).StatusCode);
        Assert.Contains("Dit herken ik uit groep 7.", await client.GetPageAsync($"/Needs/Details/{need.Id}"));
    }

    [Theory]
    [InlineData(Roles.IctCoordinator, true)]
    [InlineData(Roles.Executive, true)]
    [InlineData(Roles.SchoolLeader, true)]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Teacher, false)]
    [InlineData(Roles.Purchaser, false)]
    public async Task StartHandling_OnlyForManageNeeds(string role, bool allowed)
    {
        var (_, need, client) = await NeedAsync(role);

        var response = await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=StartHandling", Version(need));

        Assert.Equal(!allowed, Refused(response));
        Assert.Equal(allowed ? NeedStatus.InProgress : NeedStatus.Submitted, (await app.ReloadAsync(need)).Status);
    }

    [Fact]
    public async Task Workflow_WalksFromSubmittedThroughAnInitiativeToDone()
    {
        var (board, need, client) = await NeedAsync(Roles.IctCoordinator);
        var initiative = new Initiative { BoardId = board.Id, Title = "Adaptief oefenen", Ambition = "Oefenen op niveau", StartYear = 2026 };
        await app.WithDbAsync(async db => { db.Add(initiative); return await db.SaveChangesAsync(); }, board);
        var url = $"/Needs/Details/{need.Id}?handler=";

        await client.PostFormAsync(url + "StartHandling", Version(need, 0));
        var missing = await client.PostFormAsync(url + "TakeUp", Version(need, 1));
        Assert.Contains("Kies het initiatief waarin de behoefte wordt opgepakt.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        await client.PostFormAsync(url + "TakeUp", new(Version(need, 1)) { ["initiativeId"] = initiative.Id.ToString() });
        var takenUp = await app.ReloadAsync(need);
        Assert.Equal((NeedStatus.TakenUp, initiative.Id), (takenUp.Status, takenUp.InitiativeId));
        await client.PostFormAsync(url + "Complete", Version(need, 2));

        Assert.Equal(NeedStatus.Done, (await app.ReloadAsync(need)).Status);
        Assert.Contains("Ingediend", WebUtility.HtmlDecode(await client.GetPageAsync($"/Needs/Details/{need.Id}?tab=wijzigingen")));
    }

    [Fact]
    public async Task TakeUp_WithAnInitiativeOfAnotherBoard_IsRefused()
    {
        var (_, need, client) = await NeedAsync(Roles.IctCoordinator);
        var other = await app.CreateBoardAsync();
        var foreign = new Initiative { BoardId = other.Id, Title = "Elders", Ambition = "x", StartYear = 2026 };
        await app.WithDbAsync(async db => { db.Add(foreign); return await db.SaveChangesAsync(); }, other);
        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=StartHandling", Version(need, 0));

        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=TakeUp", new(Version(need, 1)) { ["initiativeId"] = foreign.Id.ToString() });

        var saved = await app.ReloadAsync(need);
        Assert.Equal((NeedStatus.InProgress, (Guid?)null), (saved.Status, saved.InitiativeId));
    }

    [Fact]
    public async Task IllegalTransitions_AreRefusedAndChangeNothing()
    {
        var (_, need, client) = await NeedAsync(Roles.IctCoordinator);

        var complete = await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=Complete", Version(need));
        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=TakeUp", Version(need));

        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        var saved = await app.ReloadAsync(need);
        Assert.Equal((NeedStatus.Submitted, 0), (saved.Status, saved.Version));
    }

    [Fact]
    public async Task Reject_NeedsAReason()
    {
        var (_, need, client) = await NeedAsync(Roles.IctCoordinator);
        var url = $"/Needs/Details/{need.Id}?handler=Reject";

        var without = await client.PostFormAsync(url, new(Version(need)) { ["reason"] = " " });
        var tooLong = await client.PostFormAsync(url, new(Version(need)) { ["reason"] = new string('x', 10_000) });
        Assert.Contains("Schrijf op waarom de behoefte wordt afgewezen", WebUtility.HtmlDecode(await without.Content.ReadAsStringAsync()));
        Assert.Contains("De reden mag niet langer zijn dan 2.000 tekens", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));
        Assert.Equal(NeedStatus.Submitted, (await app.ReloadAsync(need)).Status);

        await client.PostFormAsync(url, new(Version(need)) { ["reason"] = "Dit regelt de gemeente al." });
        var rejected = await app.ReloadAsync(need);
        Assert.Equal((NeedStatus.Rejected, "Dit regelt de gemeente al."), (rejected.Status, rejected.RejectionReason));
    }

    [Fact]
    public async Task StatusChange_WithAStaleVersion_ChangesNothing()
    {
        var (_, need, client) = await NeedAsync(Roles.IctCoordinator);

        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=StartHandling", Version(need, 7));

        Assert.Equal(NeedStatus.Submitted, (await app.ReloadAsync(need)).Status);
    }

    [Theory]
    [InlineData(Roles.IctCoordinator, true)]
    [InlineData(Roles.Executive, true)]
    [InlineData(Roles.SchoolLeader, false)]
    [InlineData(Roles.Teacher, false)]
    public async Task Share_OnlyForShareNeeds(string role, bool allowed)
    {
        var (_, need, client) = await NeedAsync(role, await app.CreateOrganizationAsync(new Cooperative()));

        var response = await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=Share", Version(need));

        Assert.Equal(!allowed, Refused(response));
        Assert.Equal(allowed, (await app.ReloadAsync(need)).SharedAt is not null);
    }

    [Fact]
    public async Task Share_WithoutACooperative_IsRefused()
    {
        var (_, need, client) = await NeedAsync(Roles.IctCoordinator);

        var html = await client.GetPageAsync($"/Needs/Details/{need.Id}");
        var response = await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=Share", Version(need));

        Assert.DoesNotContain("Delen met de coöperatie", html);
        Assert.True(Refused(response));
        Assert.Null((await app.ReloadAsync(need)).SharedAt);
    }

    [Fact]
    public async Task Share_ExplainsWhatTheCooperativeSees_AndCanBeStopped()
    {
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var board = await app.CreateBoardAsync(cooperative, showName: false);
        var need = await app.CreateNeedAsync(board, await app.CreateUserAsync(board, Roles.Teacher));
        var client = await app.LoginAsync((await app.CreateUserAsync(board, Roles.IctCoordinator)).Email!);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Needs/Details/{need.Id}"));
        Assert.Contains("De naam van uw bestuur blijft verborgen", html);

        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=Share", Version(need, 0));
        Assert.NotNull((await app.ReloadAsync(need)).SharedAt);
        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=StopSharing", Version(need, 1));
        Assert.Null((await app.ReloadAsync(need)).SharedAt);
    }

    [Fact]
    public async Task LinkGroup_LinksOnlyTheBoardsOwnWorkingGroup()
    {
        var (board, need, client) = await NeedAsync(Roles.IctCoordinator);
        var group = new WorkingGroup { BoardId = board.Id, Name = "Werkgroep rekenen", Mandate = "Adviseert" };
        var other = await app.CreateBoardAsync();
        var foreign = new WorkingGroup { BoardId = other.Id, Name = "Elders", Mandate = "x" };
        await app.WithDbAsync(async db => { db.Add(group); return await db.SaveChangesAsync(); }, board);
        await app.WithDbAsync(async db => { db.Add(foreign); return await db.SaveChangesAsync(); }, other);
        var url = $"/Needs/Details/{need.Id}?handler=LinkGroup";

        await client.PostFormAsync(url, new(Version(need, 0)) { ["workingGroupId"] = foreign.Id.ToString() });
        Assert.Null((await app.ReloadAsync(need)).WorkingGroupId);
        await client.PostFormAsync(url, new(Version(need, 0)) { ["workingGroupId"] = group.Id.ToString() });
        Assert.Equal(group.Id, (await app.ReloadAsync(need)).WorkingGroupId);
    }

    [Fact]
    public async Task Archive_HidesTheNeedFromTheActiveList()
    {
        var (_, need, client) = await NeedAsync(Roles.IctCoordinator);

        await client.PostFormAsync($"/Needs/Details/{need.Id}?handler=Archive", Version(need));

        Assert.NotNull((await app.ReloadAsync(need)).ArchivedAt);
        Assert.Contains("0 behoeften gevonden", await client.GetPageAsync("/Needs"));
        Assert.Contains("1 behoefte gevonden", await client.GetPageAsync("/Needs?Show=gearchiveerd"));
    }
}
