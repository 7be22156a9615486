using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Users;

[Collection(AppCollection.Name)]
public sealed partial class UserPagesTests(RegieApp app)
{
    [Fact]
    public async Task Invite_SendsAMailWithASetPasswordLink_ThatLetsTheNewUserLogIn()
    {
        var (board, _, admin) = await app.BoardUserAsync();
        var email = $"nieuw{TestData.Next()}@school.nl";

        var response = await admin.PostFormAsync("/Users/Invite", new() { ["Input.Name"] = "Noor Bakker", ["Input.Email"] = email, ["Roles"] = Roles.IctCoordinator });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var mail = await app.Mail.WaitForAsync(email);
        Assert.Contains(board.Name, mail.Subject);
        var link = SetPasswordLink().Match(mail.TextBody ?? "").Value;
        Assert.NotEmpty(link);

        var invited = app.CreateBrowser();
        var path = new Uri(link).PathAndQuery;
        Assert.Contains("Kies een wachtwoord voor", WebUtility.HtmlDecode(await invited.GetPageAsync(path)));
        var set = await invited.PostFormAsync(path, new() { ["Input.Password"] = "Nieuw-wachtwoord-9", ["Input.Confirm"] = "Nieuw-wachtwoord-9" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var client = await app.LoginAsync(email, "Nieuw-wachtwoord-9");
        Assert.Contains("Noor Bakker", await client.GetPageAsync("/"));
        Assert.Equal(board.Id, (await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email))).OrganizationId);
    }

    [Fact]
    public async Task SetPassword_WithAForgedCode_SaysTheLinkIsInvalid()
    {
        var board = await app.CreateBoardAsync();
        var user = await app.CreateUserAsync(board, Roles.Teacher);
        var html = WebUtility.HtmlDecode(await app.CreateBrowser().GetPageAsync($"/Account/SetPassword?userId={user.Id}&code=vervalst"));
        Assert.Contains("Deze link is ongeldig of verlopen", html);
    }

    [Fact]
    public async Task Invite_WithoutRoleOrWithBadEmail_ShowsErrorsAndCreatesNobody()
    {
        var (board, _, admin) = await app.BoardUserAsync();

        var response = await admin.PostFormAsync("/Users/Invite", new() { ["Input.Name"] = "Piet", ["Input.Email"] = "geen-adres" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Kies minstens één rol.", html);
        Assert.Contains("Vul een geldig e-mailadres in", html);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.OrganizationId == board.Id)));
    }

    [Fact]
    public async Task Invite_WithARoleThatDoesNotFitTheOrganization_IgnoresIt()
    {
        var (_, _, admin) = await app.BoardUserAsync();
        var email = $"rol{TestData.Next()}@school.nl";

        await admin.PostFormAsync("/Users/Invite", new() { ["Input.Name"] = "Kim", ["Input.Email"] = email, ["Roles"] = Roles.Supplier });

        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Invite_ExistingEmail_IsRefusedInDutch()
    {
        var (board, existing, admin) = await app.BoardUserAsync();
        _ = board;
        var response = await admin.PostFormAsync("/Users/Invite", new() { ["Input.Name"] = "Dubbel", ["Input.Email"] = existing.Email!, ["Roles"] = Roles.Teacher });
        Assert.Contains($"Er bestaat al een account met e-mailadres {existing.Email}", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ChangingRoles_IsAuditedAndChangesTheMenu()
    {
        var (board, _, admin) = await app.BoardUserAsync();
        var teacher = await app.CreateUserAsync(board, Roles.Teacher);
        var stamp = (await app.FindAsync<AppUser>(teacher.Id)).ConcurrencyStamp!;

        var response = await admin.PostFormAsync($"/Users/Details/{teacher.Id}?handler=Roles", new() { ["roles"] = Roles.Administrator, ["stamp"] = stamp });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var history = WebUtility.HtmlDecode(await admin.GetPageAsync($"/Users/Details/{teacher.Id}?tab=wijzigingen"));
        Assert.Contains("<ins>Beheerder</ins>", history);
        Assert.Contains("<del>Leraar</del>", history);
        var menu = await (await app.LoginAsync(teacher.Email!)).GetPageAsync("/");
        Assert.Contains(">Gebruikers</a>", menu);
    }

    [Fact]
    public async Task ChangingRoles_WithAStaleStamp_IsRefused()
    {
        var (board, _, admin) = await app.BoardUserAsync();
        var teacher = await app.CreateUserAsync(board, Roles.Teacher);

        var response = await admin.PostFormAsync($"/Users/Details/{teacher.Id}?handler=Roles", new() { ["roles"] = Roles.Executive, ["stamp"] = "verouderd" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Iemand anders heeft deze gebruiker gewijzigd", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var roles = await app.WithServicesAsync(async s => await app.Users(s).GetRolesAsync((await app.Users(s).FindByIdAsync(teacher.Id.ToString()))!));
        Assert.Equal([Roles.Teacher], roles);
    }

    [Fact]
    public async Task Deactivate_StopsLoginButKeepsTheUser()
    {
        var (board, _, admin) = await app.BoardUserAsync();
        var teacher = await app.CreateUserAsync(board, Roles.Teacher);
        var stamp = (await app.FindAsync<AppUser>(teacher.Id)).ConcurrencyStamp!;

        await admin.PostFormAsync($"/Users/Details/{teacher.Id}?handler=Deactivate", new() { ["stamp"] = stamp });

        var stored = await app.FindAsync<AppUser>(teacher.Id);
        Assert.False(stored.IsActive);
        var login = await app.CreateBrowser().PostFormAsync("/Account/Login", new() { ["Input.Email"] = teacher.Email!, ["Input.Password"] = RegieApp.Password });
        Assert.Contains("Dit account is gedeactiveerd", WebUtility.HtmlDecode(await login.Content.ReadAsStringAsync()));
        Assert.Contains(teacher.DisplayName, await admin.GetPageAsync("/Users?Status=gedeactiveerd"));
    }

    [Fact]
    public async Task Beheerder_CannotDeactivateThemselvesOrDropTheirOwnRole()
    {
        var (_, admin, client) = await app.BoardUserAsync();
        var stamp = (await app.FindAsync<AppUser>(admin.Id)).ConcurrencyStamp!;

        var deactivate = await client.PostFormAsync($"/Users/Details/{admin.Id}?handler=Deactivate", new() { ["stamp"] = stamp });
        var demote = await client.PostFormAsync($"/Users/Details/{admin.Id}?handler=Roles", new() { ["roles"] = Roles.Teacher, ["stamp"] = stamp });

        Assert.Contains("U kunt uw eigen account niet deactiveren", WebUtility.HtmlDecode(await deactivate.Content.ReadAsStringAsync()));
        Assert.Contains("eigen beheerdersrol niet intrekken", WebUtility.HtmlDecode(await demote.Content.ReadAsStringAsync()));
        Assert.True((await app.FindAsync<AppUser>(admin.Id)).IsActive);
    }

    [Fact]
    public async Task List_ShowsOwnOrganizationOnly_AndExportsToExcel()
    {
        var (board, admin, client) = await app.BoardUserAsync();
        var colleague = await app.CreateUserAsync(board, Roles.Teacher, Roles.SchoolLeader);
        var stranger = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);

        var html = await client.GetPageAsync("/Users");
        Assert.Contains(colleague.DisplayName, html);
        Assert.Contains($"href=\"/Users/Details/{colleague.Id}\"", html);
        Assert.DoesNotContain(stranger.DisplayName, html);

        using var xlsx = new MemoryStream(await client.GetByteArrayAsync("/Users?handler=Export&format=xlsx"));
        var rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Leraar, Schoolleider", rows.Single(r => (string)r["Naam"] == colleague.DisplayName)["Rollen"]);
        Assert.Contains(rows, r => (string)r["E-mailadres"] == admin.Email);
    }

    [Fact]
    public async Task UserPages_RequireTheBeheerderRole()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var response = await teacher.GetAsync("/Users");
        Assert.Contains("/Account/AccessDenied", response.Location());
    }

    [Fact]
    public async Task SupplierBeheerder_ManagesSupplierUsers_WithSupplierRolesOnly()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var admin = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier, Roles.Administrator)).Email!);

        var html = WebUtility.HtmlDecode(await admin.GetPageAsync("/Users/Invite"));

        Assert.Contains("value=\"leverancier\"", html);
        Assert.DoesNotContain("value=\"leraar\"", html);
    }

    [GeneratedRegex(@"https?://\S+/Account/SetPassword\?\S+")]
    private static partial Regex SetPasswordLink();
}
