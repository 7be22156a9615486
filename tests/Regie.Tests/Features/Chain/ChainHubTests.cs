using System.Net;
using Regie.Tests.Features.Chain.Access;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain;

[Collection(AppCollection.Name)]
public sealed class ChainHubTests(RegieApp app)
{
    private const string Hub = "/Chain/Index";

    [Fact]
    public async Task Hub_ShowsTheUsersSchools_BlockedRules_UncoveredFlows_AndRecentAccess()
    {
        var data = await app.AccessBoardAsync();
        var stranger = await app.CreateOrganizationAsync(new Supplier { Name = $"Zonder overeenkomst {TestData.Next()}" });
        var product = new CatalogItem { SupplierId = stranger.Id, SupplierName = stranger.Name, Title = $"Taalkamer {TestData.Next()}", Summary = "s", Description = "d", Kind = ItemKind.Software };
        await app.WithDbAsync(async db => { db.Add(product); return await db.SaveChangesAsync(); }, stranger);
        var user = await app.CreateUserAsync(data.Board, Roles.IctCoordinator);
        await app.WithDbAsync(async db =>
        {
            db.Add(new SchoolAssignment { BoardId = data.Board.Id, SchoolId = data.Mine.Id, UserId = user.Id, Kind = SchoolAssignmentKind.Coordinator });
            db.Add(new SchoolAssignment { BoardId = data.Board.Id, SchoolId = data.Mine.Id, UserId = user.Id, Kind = SchoolAssignmentKind.PrivacyContact });
            db.Add(new SharingRule { BoardId = data.Board.Id, SupplierId = stranger.Id, CatalogItemId = product.Id });
            db.Add(new DataAccessEntry { BoardId = data.Board.Id, SchoolId = data.Mine.Id, SupplierId = stranger.Id, SupplierName = stranger.Name, CatalogItemId = product.Id,
                ProductName = product.Title, Kind = DataAccessKind.RosterFetch, Actor = "sleutel", RecordCount = 5, PupilCount = 5, At = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }, data.Board);
        var client = await app.LoginAsync(user.Email!);

        var page = WebUtility.HtmlDecode(await client.GetPageAsync(Hub));

        Assert.Contains($"{data.Mine.Name}: 1 leerling", page);
        Assert.Contains("1 deelregel is geblokkeerd", page);
        Assert.Contains($"{stranger.Name} – {product.Title}", page);
        Assert.Contains("Er is geen verwerkersovereenkomst vastgelegd", page);
        Assert.Contains("Gegevens gedeeld zonder geldige verwerkersovereenkomst", page);
        Assert.Contains($"{data.Mine.Name}: 2 keer opgehaald of aangeleverd, 32 records", page);
        Assert.DoesNotContain(data.Other.Name, page);
        Assert.DoesNotContain("U bent nog aan geen school gekoppeld", page);
    }

    [Fact]
    public async Task Hub_ForAUserWithoutSchoolRoles_ExplainsWhoAssignsThem()
    {
        var data = await app.AccessBoardAsync();
        var executive = await app.LoginAsync((await app.CreateUserAsync(data.Board, Roles.Executive)).Email!);

        var page = WebUtility.HtmlDecode(await executive.GetPageAsync(Hub));

        Assert.Contains("U bent nog aan geen school gekoppeld", page);
        Assert.DoesNotContain(data.Mine.Name, page);
    }

    [Fact]
    public async Task Hub_AsTeacher_IsForbidden()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);

        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync(Hub)).Location());
    }
}
