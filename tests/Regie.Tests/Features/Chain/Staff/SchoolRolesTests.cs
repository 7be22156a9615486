using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Chain.Staff;

[Collection(AppCollection.Name)]
public sealed class SchoolRolesTests(RegieApp app)
{
    private static Dictionary<string, string> Add(Guid schoolId, SchoolAssignmentKind kind, Guid userId) => new()
    {
        ["Add.SchoolId"] = schoolId.ToString(), ["Add.Kind"] = kind.ToString(), ["Add.UserId"] = userId.ToString(),
    };

    [Fact]
    public async Task Beheerder_AssignsACoordinator_WhichTheSchoolsHistoryRecords()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var school = await app.CreateSchoolAsync(board);
        var coordinator = await app.CreateUserAsync(board, Roles.IctCoordinator);

        var response = await client.PostFormAsync("/Chain/Staff?handler=Add", Add(school.Id, SchoolAssignmentKind.Coordinator, coordinator.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assignment = await app.WithDbAsync(db => db.SchoolAssignments.SingleAsync(), board);
        Assert.Equal((school.Id, coordinator.Id, SchoolAssignmentKind.Coordinator), (assignment.SchoolId, assignment.UserId, assignment.Kind));
        var page = await client.GetPageAsync("/Chain/Staff");
        Assert.Contains(coordinator.DisplayName, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Let op", page, StringComparison.Ordinal);
        var history = WebUtility.HtmlDecode(await client.GetPageAsync($"/Schools/Details/{school.Id}?tab=wijzigingen"));
        Assert.Contains("ICT-coördinator", history, StringComparison.Ordinal);
        Assert.Contains(coordinator.DisplayName, history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignmentToSomeoneWithoutTheMatchingRole_IsKeptButWarnedAbout()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var school = await app.CreateSchoolAsync(board);
        var teacher = await app.CreateUserAsync(board, Roles.Teacher);

        var response = await client.PostFormAsync("/Chain/Staff?handler=Add", Add(school.Id, SchoolAssignmentKind.SchoolLeader, teacher.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync("/Chain/Staff"));
        Assert.Contains("Heeft in Regie niet de rol Schoolleider.", page, StringComparison.Ordinal);
        var csv = await client.GetStringAsync("/Chain/Staff?handler=Export&format=csv");
        Assert.Contains(teacher.DisplayName, csv, StringComparison.Ordinal);
        Assert.Contains("niet de rol Schoolleider", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherBoardsUsersAndSchools_DeactivatedUsers_AndDuplicates_AreRefusedWithAMessage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var school = await app.CreateSchoolAsync(board);
        var own = await app.CreateUserAsync(board, Roles.SchoolLeader);
        var victim = await app.CreateBoardAsync();
        var stranger = await app.CreateUserAsync(victim, Roles.SchoolLeader);
        var victimSchool = await app.CreateSchoolAsync(victim);
        var gone = await app.CreateUserAsync(board, Roles.SchoolLeader);
        await app.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Id == gone.Id)).Deactivate(DateTimeOffset.UtcNow); return await db.SaveChangesAsync(); });

        async Task<string> Refused(Dictionary<string, string> form)
        {
            var response = await client.PostFormAsync("/Chain/Staff?handler=Add", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("Kies een actieve medewerker van uw bestuur", await Refused(Add(school.Id, SchoolAssignmentKind.SchoolLeader, stranger.Id)), StringComparison.Ordinal);
        Assert.Contains("Kies een actieve medewerker van uw bestuur", await Refused(Add(school.Id, SchoolAssignmentKind.SchoolLeader, gone.Id)), StringComparison.Ordinal);
        Assert.Contains("Kies een school van uw bestuur", await Refused(Add(victimSchool.Id, SchoolAssignmentKind.SchoolLeader, own.Id)), StringComparison.Ordinal);
        Assert.Contains("Kies de rol", await Refused(new() { ["Add.SchoolId"] = school.Id.ToString(), ["Add.UserId"] = own.Id.ToString() }), StringComparison.Ordinal);
        await client.PostFormAsync("/Chain/Staff?handler=Add", Add(school.Id, SchoolAssignmentKind.SchoolLeader, own.Id));
        Assert.Contains($"{own.DisplayName} is al schoolleider van {school.Name}", await Refused(Add(school.Id, SchoolAssignmentKind.SchoolLeader, own.Id)), StringComparison.Ordinal);

        Assert.Equal(1, await app.WithDbAsync(db => db.SchoolAssignments.IgnoreQueryFilters().CountAsync(a => a.BoardId == board.Id || a.BoardId == victim.Id)));
    }

    [Fact]
    public async Task Remove_DeletesTheLink_AndTheSchoolsHistoryKeepsWhoHadTheRole()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var school = await app.CreateSchoolAsync(board);
        var contact = await app.CreateUserAsync(board, Roles.SchoolLeader);
        var assignment = await AssignAsync(board, school, contact.Id, SchoolAssignmentKind.PrivacyContact);

        var response = await client.PostFormAsync("/Chain/Staff?handler=Remove", new() { ["assignmentId"] = assignment.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SchoolAssignments.CountAsync(), board));
        var change = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == school.Id).OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync(), board);
        Assert.Contains(change.SelectMany(c => c), c => c.Field == "Privacycontactpersoon" && c.Old == contact.DisplayName && c.New == null);
    }

    [Fact]
    public async Task Remove_AnotherBoardsAssignment_IsNotFound()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var victim = await app.CreateBoardAsync();
        var assignment = await AssignAsync(victim, await app.CreateSchoolAsync(victim), (await app.CreateUserAsync(victim, Roles.SchoolLeader)).Id, SchoolAssignmentKind.SchoolLeader);

        var response = await client.PostFormAsync("/Chain/Staff?handler=Remove", new() { ["assignmentId"] = assignment.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.SchoolAssignments.CountAsync(), victim));
        Assert.DoesNotContain(assignment.Id.ToString(), await client.GetPageAsync("/Chain/Staff"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.IctCoordinator)]
    [InlineData(Roles.SchoolLeader)]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Executive)]
    public async Task OnlyTheBoardsBeheerder_ManagesSchoolRoles(string role)
    {
        var (board, user, client) = await app.BoardUserAsync(role);
        var school = await app.CreateSchoolAsync(board);

        Assert.Contains("/Account/AccessDenied", (await client.GetAsync("/Chain/Staff")).Location(), StringComparison.Ordinal);
        var post = await client.PostFormAsync("/Chain/Staff?handler=Add", Add(school.Id, SchoolAssignmentKind.SchoolLeader, user.Id));
        Assert.Contains("/Account/AccessDenied", post.Location(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SchoolAssignments.CountAsync(), board));
    }

    private async Task<SchoolAssignment> AssignAsync(Regie.Web.Infrastructure.Tenancy.Board board, School school, Guid userId, SchoolAssignmentKind kind)
    {
        var assignment = new SchoolAssignment { BoardId = board.Id, SchoolId = school.Id, UserId = userId, Kind = kind };
        await app.WithDbAsync(async db => { db.SchoolAssignments.Add(assignment); return await db.SaveChangesAsync(); }, board);
        return assignment;
    }
}
