using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Tests.Features.Needs.Shared;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Needs.WorkingGroups;

[Collection(AppCollection.Name)]
public sealed class WorkingGroupPagesTests(RegieApp app)
{
    private static Dictionary<string, string> GroupForm(string name, string mandate = "Kiest een oefenprogramma tot € 5.000.", int version = 0) => new()
    {
        ["Input.Name"] = name, ["Input.Mandate"] = mandate, ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> NoteForm(string date, string text, string? decisions = null, Guid? noteId = null, int version = 0)
    {
        var form = new Dictionary<string, string> { ["Note.MeetingDate"] = date, ["Note.Text"] = text, ["Note.Decisions"] = decisions ?? "" };
        if (noteId is { } id) { form["Note.NoteId"] = id.ToString(); form["Note.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture); }
        return form;
    }

    /// <summary>Wrong role: 403, or for a signed-in browser the redirect to the access-denied page.</summary>
    internal static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal));

    [Theory]
    [InlineData(Roles.IctCoordinator)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Administrator)]
    public async Task Create_AsManager_SavesTheGroup(string role)
    {
        var (board, _, client) = await app.BoardUserAsync(role);

        var response = await client.PostFormAsync("/Needs/WorkingGroups/Create", GroupForm("Werkgroep rekenen"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.WorkingGroups.SingleAsync(), board);
        Assert.Equal("Werkgroep rekenen", saved.Name);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Purchaser)]
    public async Task Create_AsTeacherOrPurchaser_IsForbiddenButTheListIsOpen(string role)
    {
        var (board, _, client) = await app.BoardUserAsync(role);
        var group = await app.InsertWorkingGroupAsync(board, "Werkgroep lezen");

        var response = await client.PostFormAsync("/Needs/WorkingGroups/Create", GroupForm("Stiekem"));
        var list = await client.GetPageAsync("/Needs/WorkingGroups");
        var archive = await client.PostFormAsync($"/Needs/WorkingGroups/Details/{group.Id}?handler=Archive", new() { ["version"] = group.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(IsRefused(response));
        Assert.Contains("Werkgroep lezen", list);
        Assert.DoesNotContain("Werkgroep toevoegen", list);
        Assert.True(IsRefused(archive));
        Assert.Null((await app.FindAsync<WorkingGroup>(group.Id)).ArchivedAt);
    }

    [Fact]
    public async Task Create_WithTenThousandCharacters_ShowsDutchMessagesAndSavesNothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);

        var response = await client.PostFormAsync("/Needs/WorkingGroups/Create", GroupForm(new string('a', 10_000), new string('b', 10_000)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De naam mag niet langer zijn dan 200 tekens.", html);
        Assert.Contains("Opdracht en mandaat mogen samen niet langer zijn dan 4.000 tekens.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingGroups.CountAsync(), board));
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_IsAConflictAndOverwritesNothing()
    {
        var (board, _, first) = await app.BoardUserAsync(Roles.IctCoordinator);
        var second = await app.LoginAsync((await app.CreateUserAsync(board, Roles.Executive)).Email!);
        var group = await app.InsertWorkingGroupAsync(board);

        var saved = await first.PostFormAsync($"/Needs/WorkingGroups/Edit/{group.Id}", GroupForm("Eerste naam", version: group.Version));
        var refused = await second.PostFormAsync($"/Needs/WorkingGroups/Edit/{group.Id}", GroupForm("Tweede naam", version: group.Version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Nu opgeslagen", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Eerste naam", (await app.FindAsync<WorkingGroup>(group.Id)).Name);
    }

    [Fact]
    public async Task Details_OfAnotherBoardsGroup_IsNotFound()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var other = await app.InsertWorkingGroupAsync(await app.CreateBoardAsync());

        var response = await client.GetAsync($"/Needs/WorkingGroups/Details/{other.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddMember_ActiveColleague_JoinsWithRole_AndCanBeRemoved()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var colleague = await app.CreateUserAsync(board, Roles.Teacher);
        var group = await app.InsertWorkingGroupAsync(board);
        var url = $"/Needs/WorkingGroups/Details/{group.Id}";

        var added = await client.PostFormAsync(url + "?handler=AddMember", new() { ["Member.UserId"] = colleague.Id.ToString(), ["Member.Role"] = "Voorzitter" });
        var page = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(colleague.DisplayName, page);
        Assert.Contains("Voorzitter", page);

        var removed = await client.PostFormAsync(url + "?handler=RemoveMember", new() { ["userId"] = colleague.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingGroupMembers.CountAsync(m => m.WorkingGroupId == group.Id), board));
    }

    [Fact]
    public async Task AddMember_UserOfAnotherBoard_IsRefusedWithAMessage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var stranger = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);
        var group = await app.InsertWorkingGroupAsync(board);

        var response = await client.PostFormAsync($"/Needs/WorkingGroups/Details/{group.Id}?handler=AddMember", new() { ["Member.UserId"] = stranger.Id.ToString(), ["Member.Role"] = new string('x', 10_000) });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De rol mag niet langer zijn dan 100 tekens.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingGroupMembers.CountAsync(m => m.WorkingGroupId == group.Id), board));

        var second = await client.PostFormAsync($"/Needs/WorkingGroups/Details/{group.Id}?handler=AddMember", new() { ["Member.UserId"] = stranger.Id.ToString() });
        Assert.Contains("Kies een actieve collega van uw bestuur.", await second.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkingGroupMembers.CountAsync(m => m.WorkingGroupId == group.Id), board));
    }

    [Fact]
    public async Task LinkNeed_OwnNeed_IsLinkedAndUnlinked_AnotherBoardsNeedIsNotFound()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var group = await app.InsertWorkingGroupAsync(board);
        var need = await app.InsertNeedAsync(board, user, "digitale oefenstof voor spelling");
        var otherBoard = await app.CreateBoardAsync();
        var foreign = await app.InsertNeedAsync(otherBoard, await app.CreateUserAsync(otherBoard, Roles.Teacher), "geheime wens");
        var url = $"/Needs/WorkingGroups/Details/{group.Id}";

        var linked = await client.PostFormAsync(url + "?handler=LinkNeed", new() { ["needId"] = need.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(group.Id, (await app.FindAsync<Need>(need.Id)).WorkingGroupId);
        Assert.Contains("digitale oefenstof voor spelling", await client.GetPageAsync(url));

        var refused = await client.PostFormAsync(url + "?handler=LinkNeed", new() { ["needId"] = foreign.Id.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null((await app.FindAsync<Need>(foreign.Id)).WorkingGroupId);

        var unlinked = await client.PostFormAsync(url + "?handler=UnlinkNeed", new() { ["needId"] = need.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Null((await app.FindAsync<Need>(need.Id)).WorkingGroupId);
    }

    [Fact]
    public async Task SaveNote_AddsAndEdits_AndASecondEditOfTheSameVersionIsAConflict()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var other = await app.LoginAsync((await app.CreateUserAsync(board, Roles.SchoolLeader)).Email!);
        var group = await app.InsertWorkingGroupAsync(board);
        var url = $"/Needs/WorkingGroups/Details/{group.Id}?handler=SaveNote";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, NoteForm("2026-11-02", "Eerste overleg.", "Proef in groep 5."))).StatusCode);
        var note = await app.WithDbAsync(db => db.MeetingNotes.SingleAsync(n => n.WorkingGroupId == group.Id), board);
        Assert.Equal(new DateOnly(2026, 11, 2), note.MeetingDate);
        Assert.Equal("Proef in groep 5.", note.Decisions);

        var edited = await client.PostFormAsync(url, NoteForm("2-11-2026", "Eerste overleg, aangevuld.", noteId: note.Id, version: note.Version));
        var conflict = await other.PostFormAsync(url, NoteForm("2-11-2026", "Tegelijk gewijzigd.", noteId: note.Id, version: note.Version));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Eerste overleg, aangevuld.", (await app.FindAsync<MeetingNote>(note.Id)).Text);
    }

    [Fact]
    public async Task SaveNote_WithBadDateOrTenThousandCharacters_ShowsMessagesAndSavesNothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var group = await app.InsertWorkingGroupAsync(board);

        var response = await client.PostFormAsync($"/Needs/WorkingGroups/Details/{group.Id}?handler=SaveNote", NoteForm("31-02-2026", new string('a', 10_000), new string('b', 10_000)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een geldige datum in", html);
        Assert.Contains("Het verslag mag niet langer zijn dan 8.000 tekens.", html);
        Assert.Contains("De besluiten mogen niet langer zijn dan 4.000 tekens.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.MeetingNotes.CountAsync(n => n.WorkingGroupId == group.Id), board));
    }

    [Fact]
    public async Task ArchiveAndRestore_MoveTheGroupBetweenTheLists()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var group = await app.InsertWorkingGroupAsync(board, "Werkgroep archief");
        var url = $"/Needs/WorkingGroups/Details/{group.Id}";

        await client.PostFormAsync(url + "?handler=Archive", new() { ["version"] = group.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.DoesNotContain(">Werkgroep archief</a>", await client.GetPageAsync("/Needs/WorkingGroups"));
        Assert.Contains(">Werkgroep archief</a>", await client.GetPageAsync("/Needs/WorkingGroups?Status=gearchiveerd"));

        var archived = await app.FindAsync<WorkingGroup>(group.Id);
        await client.PostFormAsync(url + "?handler=Restore", new() { ["version"] = archived.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Null((await app.FindAsync<WorkingGroup>(group.Id)).ArchivedAt);
    }

    [Fact]
    public async Task Export_ListsTheBoardsGroupsOnly()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        await app.InsertWorkingGroupAsync(board, "Werkgroep export");
        await app.InsertWorkingGroupAsync(await app.CreateBoardAsync(), "Werkgroep van een ander");

        var csv = await (await client.GetAsync("/Needs/WorkingGroups?handler=Export&format=csv")).Content.ReadAsStringAsync();

        Assert.Contains("Werkgroep export", csv);
        Assert.DoesNotContain("Werkgroep van een ander", csv);
    }
}
