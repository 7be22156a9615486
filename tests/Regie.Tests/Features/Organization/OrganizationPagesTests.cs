using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Cooperative;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Organization;

[Collection(AppCollection.Name)]
public sealed class OrganizationPagesTests(RegieApp app)
{
    [Fact]
    public async Task Supplier_EditsItsProfile_AndTheChangeIsAudited()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = "Leerpad B.V." });
        var client = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);

        var response = await client.PostFormAsync("/Organization/Profile", new()
        {
            ["Input.Name"] = "Leerpad Educatief B.V.", ["Input.ChamberOfCommerceNumber"] = "12345678", ["Input.Description"] = "Rekenen op maat.", ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.FindAsync<Supplier>(supplier.Id);
        Assert.Equal(("Leerpad Educatief B.V.", "12345678"), (stored.Name, stored.ChamberOfCommerceNumber));
        var history = WebUtility.HtmlDecode(await client.GetPageAsync("/Organization/Profile?tab=wijzigingen"));
        Assert.Contains("<del>Leerpad B.V.</del>", history);
    }

    [Fact]
    public async Task Supplier_WithABadKvkNumber_GetsADutchMessage()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var client = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);

        var response = await client.PostFormAsync("/Organization/Profile", new() { ["Input.Name"] = "X", ["Input.ChamberOfCommerceNumber"] = "12AB", ["Input.Version"] = "0" });

        Assert.Contains("Het KvK-nummer bestaat uit 8 cijfers.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null((await app.FindAsync<Supplier>(supplier.Id)).ChamberOfCommerceNumber);
    }

    [Fact]
    public async Task Profile_SavedBySomeoneElseFirst_IsRefused()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = "Origineel" });
        var first = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);
        var second = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);

        await first.PostFormAsync("/Organization/Profile", new() { ["Input.Name"] = "Eerste", ["Input.Version"] = "0" });
        var refused = await second.PostFormAsync("/Organization/Profile", new() { ["Input.Name"] = "Tweede", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Eerste", (await app.FindAsync<Supplier>(supplier.Id)).Name);
    }

    [Fact]
    public async Task Teacher_SeesTheBoardProfile_ButCannotChangeIt()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);

        Assert.Contains(board.BoardNumber, await client.GetPageAsync("/Organization/Profile"));
        var response = await client.PostFormAsync("/Organization/Profile", new() { ["Input.Name"] = "Gekaapt", ["Input.Version"] = "0" });

        Assert.Contains("/Account/AccessDenied", response.Location());
        Assert.Equal(board.Name, (await app.FindAsync<Board>(board.Id)).Name);
    }

    [Fact]
    public async Task Cooperative_SeesMemberTotals_AndOnlyTheNamesBoardsAllow()
    {
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var open = await app.CreateBoardAsync(cooperative, showName: true);
        var closed = await app.CreateBoardAsync(cooperative, showName: false);
        await app.CreateSchoolAsync(open);
        await app.CreateSchoolAsync(closed);
        await app.CreateSchoolAsync(closed);
        var client = await app.LoginAsync((await app.CreateUserAsync(cooperative, Roles.Cooperative)).Email!);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync("/Cooperative/Members"));
        var csv = await client.GetStringAsync("/Cooperative/Members?handler=Export&format=csv");

        Assert.Contains(open.Name, html);
        Assert.DoesNotContain(closed.Name, html);
        Assert.Contains(MembersModel.HiddenName, html);
        Assert.Contains($"{MembersModel.HiddenName};Primair onderwijs;2;400", csv);
        Assert.DoesNotContain(closed.Name, csv);
    }

    [Fact]
    public async Task PolicyAdviser_SeesAllBoardsWithTheirSchoolCounts()
    {
        var sector = await app.CreateOrganizationAsync(new SectorOffice());
        var board = await app.CreateBoardAsync();
        await app.CreateSchoolAsync(board);
        var client = await app.LoginAsync((await app.CreateUserAsync(sector, Roles.PolicyAdviser)).Email!);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Sector/Boards?Q={board.BoardNumber}"));

        Assert.Contains(board.Name, html);
        Assert.Contains("1 bestuur", html);
    }
}
