using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Needs;

[Collection(AppCollection.Name)]
public sealed class NeedFormTests(RegieApp app)
{
    private Task<int> CountAsync(Board board) => app.WithDbAsync(db => db.Needs.CountAsync(), board);

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Purchaser)]
    [InlineData(Roles.Administrator)]
    public async Task Create_AsAnyBoardUser_SavesTheStoryWithItsAuthorAndSchool(string role)
    {
        var (board, user, client) = await app.BoardUserAsync(role);
        var school = await app.CreateSchoolAsync(board);

        var response = await client.PostFormAsync("/Needs/Create", NeedTestData.StoryForm(schools: school.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var need = await app.WithDbAsync(db => db.Needs.Include(n => n.Schools).SingleAsync(), board);
        Assert.Equal("Als leraar groep 6 wil ik samen met collega's lessen voorbereiden zodat we minder dubbel werk doen", need.Story);
        Assert.Equal((Pillar.Expertise, NeedPriority.Must, NeedStatus.Submitted), (need.Pillar, need.Priority, need.Status));
        Assert.Equal(user.Id, need.CreatedById);
        Assert.Equal(school.Id, Assert.Single(need.Schools).SchoolId);
        Assert.Equal($"/Needs/Details/{need.Id}", response.Location());
    }

    [Fact]
    public async Task Create_AsCooperativeUser_IsForbidden()
    {
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var client = await app.LoginAsync((await app.CreateUserAsync(cooperative, Roles.Cooperative)).Email!);

        var response = await client.GetAsync("/Needs/Create");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_NamingAProduct_WarnsAndSavesNothing_UntilTheUserConfirms()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var form = NeedTestData.StoryForm(want: "voor elke leerling een iPad");

        var warned = await client.PostFormAsync("/Needs/Create", form);
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("Beschrijf wat u nodig hebt, niet de oplossing", html);
        Assert.Contains("‘iPad’", html);
        Assert.Contains("Toch opslaan", html);
        Assert.Equal(0, await CountAsync(board));

        form["Input.ConfirmSolutionWords"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Needs/Create", form)).StatusCode);
        Assert.Equal(1, await CountAsync(board));
    }

    [Fact]
    public async Task Create_RephrasedWithoutTheProduct_SavesAtOnce()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);

        var response = await client.PostFormAsync("/Needs/Create", NeedTestData.StoryForm(want: "dat elke leerling zelfstandig kan oefenen, ook buiten de klas"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await CountAsync(board));
    }

    [Fact]
    public async Task Check_WhileTyping_ReturnsTheSentenceAndTheWarningAsAFragment()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync("/Needs/Create?handler=Check&Input.AsRole=leraar&Input.Want=grote%20knoppen&Input.SoThat="));

        Assert.DoesNotContain("<html", html);
        Assert.Contains("Als leraar wil ik grote knoppen zodat …", html);
        Assert.Contains("‘knoppen’", html);
        Assert.Contains("schermonderdeel", html);
    }

    [Fact]
    public async Task Create_WithEmptyFields_NamesEachFieldAndSavesNothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);

        var response = await client.PostFormAsync("/Needs/Create", NeedTestData.StoryForm(want: "", asRole: " ", soThat: "", pillar: null));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul bij 'Als' in wie de behoefte heeft", html);
        Assert.Contains("Vul bij 'wil ik' in wat u wilt kunnen doen.", html);
        Assert.Contains("Vul bij 'zodat' in wat het oplevert.", html);
        Assert.Contains("Kies de pijler van Vier in balans", html);
        Assert.Equal(0, await CountAsync(board));
    }

    [Fact]
    public async Task Create_With10000CharacterFields_GivesMessagesNotAnError()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var huge = new string('x', 10_000);

        var response = await client.PostFormAsync("/Needs/Create", NeedTestData.StoryForm(want: huge, asRole: huge, soThat: huge));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'Als' mag niet langer zijn dan 200 tekens.", html);
        Assert.Contains("'wil ik' mag niet langer zijn dan 1.000 tekens.", html);
        Assert.Contains("'zodat' mag niet langer zijn dan 1.000 tekens.", html);
        Assert.Equal(0, await CountAsync(board));
    }

    [Fact]
    public async Task Create_WithASchoolOfAnotherBoard_IsRefused()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var foreign = await app.CreateSchoolAsync(await app.CreateBoardAsync());

        var response = await client.PostFormAsync("/Needs/Create", NeedTestData.StoryForm(schools: foreign.Id));

        Assert.Contains("Kies alleen actieve scholen van uw bestuur.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync(board));
    }

    [Fact]
    public async Task Edit_ByTheAuthor_SavesAndKeepsAnAuditTrail()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var need = await app.CreateNeedAsync(board, user);

        var response = await client.PostFormAsync($"/Needs/Edit/{need.Id}", NeedTestData.StoryForm(want: "leerlingen laten oefenen op hun eigen niveau", pillar: Pillar.Vision));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.ReloadAsync(need);
        Assert.Equal((Pillar.Vision, 1), (saved.Pillar, saved.Version));
        var history = await client.GetPageAsync($"/Needs/Details/{need.Id}?tab=wijzigingen");
        Assert.Contains("leerlingen laten oefenen op hun eigen niveau", WebUtility.HtmlDecode(history));
    }

    [Theory]
    [InlineData(Roles.IctCoordinator, HttpStatusCode.Redirect)]
    [InlineData(Roles.SchoolLeader, HttpStatusCode.Redirect)]
    [InlineData(Roles.Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Purchaser, HttpStatusCode.Forbidden)]
    public async Task Edit_OfAColleaguesNeed_OnlyForManageNeeds(string role, HttpStatusCode expected)
    {
        // A refusal is the access-denied page, reached by a redirect.
        var (board, author, _) = await app.BoardUserAsync(Roles.Teacher);
        var need = await app.CreateNeedAsync(board, author);
        var client = await app.LoginAsync((await app.CreateUserAsync(board, role)).Email!);

        var response = await client.PostFormAsync($"/Needs/Edit/{need.Id}", NeedTestData.StoryForm());

        var refused = response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal);
        Assert.Equal(expected == HttpStatusCode.Forbidden, refused);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(refused ? 0 : 1, (await app.ReloadAsync(need)).Version);
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_Returns409AndOverwritesNothing()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var need = await app.CreateNeedAsync(board, user);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Needs/Edit/{need.Id}", NeedTestData.StoryForm(want: "eerste versie"))).StatusCode);

        var response = await client.PostFormAsync($"/Needs/Edit/{need.Id}", NeedTestData.StoryForm(want: "tweede versie", version: 0));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft deze behoefte gewijzigd", html);
        Assert.Contains("Nu opgeslagen", html);
        Assert.Equal("eerste versie", (await app.ReloadAsync(need)).Want);
    }

    [Fact]
    public async Task Edit_CanRemoveAndReplaceSchools()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var first = await app.CreateSchoolAsync(board);
        var second = await app.CreateSchoolAsync(board);
        var need = await app.CreateNeedAsync(board, user, schools: first.Id);

        await client.PostFormAsync($"/Needs/Edit/{need.Id}", NeedTestData.StoryForm(schools: second.Id));

        Assert.Equal(second.Id, Assert.Single((await app.ReloadAsync(need)).Schools).SchoolId);
    }
}
