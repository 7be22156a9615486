using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Register;

[Collection(AppCollection.Name)]
public sealed class RegisterPagesTests(RegieApp app)
{
    private async Task<(RegisterSetup Setup, List<Pupil> Pupils)> SchoolWithPupilsAsync(params TestPupil[] pupils)
    {
        var setup = await app.RegisterKeeperAsync();
        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv(pupils.Length > 0 ? pupils : [TestPupil.Make(), TestPupil.Make("6B", 6)]));
        return (setup, await app.PupilsOfAsync(setup.Board));
    }

    [Fact]
    public async Task Index_ListsTheSchoolsTheUserKeeps_WithCountsAndLastImport()
    {
        var (setup, _) = await SchoolWithPupilsAsync();
        var html = WebUtility.HtmlDecode(await setup.Client.GetPageAsync("/Chain/Register/Index"));
        Assert.Contains(setup.School.Name, html);
        Assert.Contains("<td class=\"num\">2</td>", html);
        Assert.DoesNotContain("Nog niet geïmporteerd", html);
        var export = await (await setup.Client.GetAsync("/Chain/Register/Index?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(setup.School.Name, export);
    }

    [Fact]
    public async Task Index_WithoutSchoolRole_ExplainsWhoAssignsThem()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.SchoolLeader);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync("/Chain/Register/Index"));
        Assert.Contains("De beheerder van uw bestuur wijst die schoolrollen toe", html);
    }

    [Fact]
    public async Task SchoolPage_ListsGroupsAndPupils_FiltersWithHtmx_AndExportsWithoutNumbers()
    {
        var eckPupil = TestPupil.Make(eckId: true);
        var other = TestPupil.Make("6B", 6);
        var (setup, pupils) = await SchoolWithPupilsAsync(eckPupil, other);
        var url = $"/Chain/Register/School/{setup.School.Id}";

        var html = WebUtility.HtmlDecode(await setup.Client.GetPageAsync(url));
        Assert.Contains("Groep 5A", html);
        Assert.Contains(eckPupil.FamilyName, html);
        Assert.Contains("Importeer leerlingen", html);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{url}?Q={other.FamilyName}");
        request.Headers.Add("HX-Request", "true");
        var fragment = WebUtility.HtmlDecode(await (await setup.Client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains(other.FamilyName, fragment);
        Assert.DoesNotContain(eckPupil.FamilyName, fragment);

        var export = await (await setup.Client.GetAsync($"{url}?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("ECK iD aanwezig", export);
        Assert.Contains("14-03-2017", export);
        Assert.False(export.Contains(eckPupil.Number, StringComparison.Ordinal) || export.Contains(eckPupil.EckId!, StringComparison.Ordinal), "De export bevat een BSN of ECK iD.");
        var xlsx = await setup.Client.GetAsync($"{url}?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Fact]
    public async Task Teacher_CanBeAssignedAndUnassigned()
    {
        var (setup, pupils) = await SchoolWithPupilsAsync();
        var teacher = await app.CreateUserAsync(setup.Board, Roles.Teacher);
        var group = await app.WithDbAsync(db => db.PupilGroups.FirstAsync(g => g.Key == "5A"), setup.Board);
        var url = $"/Chain/Register/School/{setup.School.Id}";

        var assign = await setup.Client.PostFormAsync($"{url}?handler=AssignTeacher", new() { ["groupId"] = group.Id.ToString(), ["userId"] = teacher.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.GroupTeachers.AnyAsync(t => t.GroupId == group.Id && t.UserId == teacher.Id), setup.Board));
        Assert.Contains(teacher.DisplayName, await setup.Client.GetPageAsync(url));

        var unassign = await setup.Client.PostFormAsync($"{url}?handler=UnassignTeacher", new() { ["groupId"] = group.Id.ToString(), ["userId"] = teacher.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, unassign.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.GroupTeachers.AnyAsync(t => t.GroupId == group.Id), setup.Board));
    }

    [Fact]
    public async Task OnlyTeachersOfTheBoard_CanBeAssigned()
    {
        var (setup, _) = await SchoolWithPupilsAsync();
        var stranger = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);
        var notATeacher = await app.CreateUserAsync(setup.Board, Roles.Executive);
        var group = await app.WithDbAsync(db => db.PupilGroups.FirstAsync(), setup.Board);
        foreach (var user in new[] { stranger, notATeacher })
            await setup.Client.PostFormAsync($"/Chain/Register/School/{setup.School.Id}?handler=AssignTeacher", new() { ["groupId"] = group.Id.ToString(), ["userId"] = user.Id.ToString() });
        Assert.False(await app.WithDbAsync(db => db.GroupTeachers.IgnoreQueryFilters().AnyAsync(t => t.GroupId == group.Id), setup.Board));
    }

    [Fact]
    public async Task PupilPage_ShowsPseudonymsPerSupplier_AndArchivesWithVersion()
    {
        var (setup, pupils) = await SchoolWithPupilsAsync();
        var pupil = pupils[0];
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier {TestData.Next()}" });
        var value = await IssueAsync(setup.Board, pupil, supplier.Id);
        var url = $"/Chain/Register/Pupil/{pupil.Id}";

        var html = WebUtility.HtmlDecode(await setup.Client.GetPageAsync(url));
        Assert.Contains(supplier.Name, html);
        Assert.Contains(value, html);
        Assert.Contains("Niet bekend", html);

        var stale = await setup.Client.PostFormAsync($"{url}?handler=Archive", new() { ["version"] = (pupil.Version + 5).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var archive = await setup.Client.PostFormAsync($"{url}?handler=Archive", new() { ["version"] = pupil.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.NotNull((await app.FindAsync<Pupil>(pupil.Id)).ArchivedAt);
        var history = WebUtility.HtmlDecode(await setup.Client.GetPageAsync($"{url}?tab=wijzigingen"));
        Assert.Contains("Gearchiveerd", history);
    }

    [Fact]
    public async Task PseudonymLookup_FindsOwnPupils_ButNotThoseOfAnotherSchoolOfTheBoard()
    {
        var (setup, pupils) = await SchoolWithPupilsAsync();
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var own = await IssueAsync(setup.Board, pupils[0], supplier.Id);
        var colleague = await app.RegisterKeeperAsync(setup.Board);
        await app.ImportPupilsAsync(colleague.Client, colleague.School, PupilFiles.Csv([TestPupil.Make()]));
        var theirs = await IssueAsync(setup.Board, (await app.PupilsOfAsync(setup.Board)).Single(p => p.SchoolId == colleague.School.Id), supplier.Id);
        var url = $"/Chain/Register/School/{setup.School.Id}?handler=Lookup";

        var found = await setup.Client.PostFormAsync(url, new() { ["pseudonym"] = " " + own.ToUpperInvariant() + " " });
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/Chain/Register/Pupil/{pupils[0].Id}", found.Location());

        var refused = await setup.Client.PostFormAsync(url, new() { ["pseudonym"] = theirs });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Bij dit pseudoniem is geen leerling van uw scholen gevonden", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task PseudonymLookup_ByEckId_FindsThePupil()
    {
        var pupil = TestPupil.Make(eckId: true);
        var (setup, pupils) = await SchoolWithPupilsAsync(pupil);
        var found = await setup.Client.PostFormAsync($"/Chain/Register/School/{setup.School.Id}?handler=Lookup", new() { ["pseudonym"] = pupil.EckId! });
        Assert.Equal($"/Chain/Register/Pupil/{pupils[0].Id}", found.Location());
    }

    [Fact]
    public async Task SameBoardUserWithoutAssignment_GetsNotFound_TeacherIsDenied_OtherBoardGetsNotFound()
    {
        var (setup, pupils) = await SchoolWithPupilsAsync();
        var unassigned = await app.LoginAsync((await app.CreateUserAsync(setup.Board, Roles.IctCoordinator)).Email!);
        var privacyOnly = await app.CreateUserAsync(setup.Board, Roles.SchoolLeader);
        await app.AssignAsync(setup.Board, setup.School, privacyOnly, SchoolAssignmentKind.PrivacyContact);
        var teacher = await app.LoginAsync((await app.CreateUserAsync(setup.Board, Roles.Teacher)).Email!);
        var otherBoard = await app.RegisterKeeperAsync();
        var urls = new[]
        {
            $"/Chain/Register/School/{setup.School.Id}", $"/Chain/Register/Pupil/{pupils[0].Id}",
            $"/Chain/Register/School/{setup.School.Id}?handler=Export&format=csv", RegisterTestData.StartUrl(setup.School),
        };
        foreach (var client in new[] { unassigned, await app.LoginAsync(privacyOnly.Email!), otherBoard.Client })
        foreach (var url in urls)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        foreach (var url in urls)
        {
            var response = await teacher.GetAsync(url);
            Assert.Contains("/Account/AccessDenied", response.Location());
        }
        var archive = await unassigned.PostFormAsync($"/Chain/Register/Pupil/{pupils[0].Id}?handler=Archive", new() { ["version"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        Assert.Null((await app.FindAsync<Pupil>(pupils[0].Id)).ArchivedAt);
    }

    [Fact]
    public async Task ImportJobOfAnotherSchool_IsNotFound_ForAColleagueOfTheSameBoard()
    {
        var setup = await app.RegisterKeeperAsync();
        var (job, _) = await app.UploadPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([TestPupil.Make()]));
        var colleague = await app.RegisterKeeperAsync(setup.Board);

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync($"/Imports/Details/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.PostFormAsync($"/Imports/Details/{job.Id}?handler=Commit", [])).StatusCode);
        Assert.Empty(await app.PupilsOfAsync(setup.Board));
    }

    [Fact]
    public async Task StartWithoutSchool_IsNotFound_AndTheTemplateDownloads()
    {
        var setup = await app.RegisterKeeperAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await setup.Client.GetAsync("/Imports/Start/pupil-register")).StatusCode);
        var page = WebUtility.HtmlDecode(await setup.Client.GetPageAsync(RegisterTestData.StartUrl(setup.School)));
        Assert.Contains(setup.School.Name, page);
        Assert.Contains("UWLR", page);
        var template = await setup.Client.GetAsync($"/Imports/Start/pupil-register?handler=Template&format=csv&context={setup.School.Id}");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("leerlingnummer;bsn;onderwijsnummer;roepnaam", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    private async Task<string> IssueAsync(Regie.Web.Infrastructure.Tenancy.Board board, Pupil pupil, Guid supplierId)
    {
        var (value, keyId) = app.Services.GetRequiredService<PseudonymService>().ForSupplier(pupil.FirstLevelHash, supplierId);
        await app.WithDbAsync(async db =>
        {
            db.IssuedPseudonyms.Add(new IssuedPseudonym { BoardId = board.Id, PupilId = pupil.Id, SupplierId = supplierId, Value = value, KeyId = keyId, IssuedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }, board);
        return value;
    }
}
