using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Market.Reviews;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.InUse;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.InUse;

[Collection(AppCollection.Name)]
public sealed class InUsePagesTests(RegieApp app)
{
    private static Dictionary<string, string> Form(string block, IEnumerable<School> schools, bool all = false, string note = "", int version = 0)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Block"] = block, ["Input.AllSchools"] = all ? "true" : "false", ["Input.Since"] = "2024-09-01", ["Input.Note"] = note,
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var i = 0;
        foreach (var school in schools) form[$"Input.SchoolIds[{i++}]"] = school.Id.ToString();
        return form;
    }

    [Fact]
    public async Task Add_FindsPublishedItemsOnly_DefaultsTheBlock_AndSavesForAllSchools()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var schools = new[] { await app.CreateSchoolAsync(board), await app.CreateSchoolAsync(board) };
        var item = await app.ReviewableItemAsync(blocks: BuildingBlocks.Assessment | BuildingBlocks.Progress);
        var concept = await app.ReviewableItemAsync(publish: false);
        var word = item.Title.Split(' ')[1];

        var search = await client.GetPageAsync($"/Market/InUse/Add?Q={word}");
        Assert.Contains(item.Title, search);
        Assert.DoesNotContain(concept.Title, await client.GetPageAsync($"/Market/InUse/Add?Q={concept.Title.Split(' ')[1]}"));
        var suggestions = await client.GetPageAsync($"/Market/InUse/Add?handler=Suggestions&Q={word}");
        Assert.Contains(item.Title, suggestions);
        Assert.DoesNotContain("<html", suggestions);
        Assert.Contains("value=\"Assessment\" selected=\"selected\"", await client.GetPageAsync($"/Market/InUse/Add?itemId={item.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Market/InUse/Add?itemId={concept.Id}")).StatusCode);

        var response = await client.PostFormAsync($"/Market/InUse/Add?itemId={item.Id}", Form("Assessment", [], all: true));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var use = await app.WithDbAsync(db => db.ItemUses.Include(u => u.Schools).SingleAsync(u => u.ItemId == item.Id), board);
        Assert.Equal(BuildingBlocks.Assessment, use.Block);
        Assert.Equal(schools.Select(s => s.Id).Order(), use.Schools.Select(s => s.SchoolId).Order());
        Assert.Contains("alle scholen", await client.GetPageAsync("/Market/InUse/Index"));
    }

    [Fact]
    public async Task Add_TheSameItemForTheSameBlockTwice_IsRefusedWithAMessage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var school = await app.CreateSchoolAsync(board);
        var item = await app.ReviewableItemAsync();
        await client.PostFormAsync($"/Market/InUse/Add?itemId={item.Id}", Form("Content", [school]));

        var again = await client.PostFormAsync($"/Market/InUse/Add?itemId={item.Id}", Form("Content", [school]));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("staat al in de lijst voor leerinhoud", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.ItemUses.CountAsync(u => u.ItemId == item.Id), board));
    }

    [Fact]
    public async Task Index_ShowsTheMatrixWithOverlapsAndGaps_InWords_AndExportsBoth()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var noord = await app.CreateSchoolAsync(board, "OBS Noord");
        var zuid = await app.CreateSchoolAsync(board, "OBS Zuid");
        var first = await app.ReviewableItemAsync();
        var second = await app.ReviewableItemAsync();
        var toets = await app.ReviewableItemAsync(blocks: BuildingBlocks.Assessment);
        await UseAsync(board, first, BuildingBlocks.Content, noord, zuid);
        await UseAsync(board, second, BuildingBlocks.Content, noord);
        await UseAsync(board, toets, BuildingBlocks.Assessment, zuid);

        var page = await client.GetPageAsync("/Market/InUse/Index");

        Assert.Contains($"Bij OBS Noord doen {first.Title} en {second.Title} hetzelfde voor leerinhoud.", page);
        Assert.DoesNotContain("Bij OBS Zuid doen", page);
        Assert.Contains("Bij OBS Noord is er geen product voor toetsen, voortgang volgen,", page);
        Assert.Contains("Bij OBS Zuid is er geen product voor voortgang volgen,", page);
        Assert.DoesNotContain("Product toevoegen", page); // a teacher sees the list but does not keep it
        var matrix = await (await client.GetAsync("/Market/InUse/Index?handler=ExportMatrix&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains($"OBS Noord;overlap: {first.Title}, {second.Title};gat;", matrix);
        var list = await (await client.GetAsync("/Market/InUse/Index?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(toets.Title, list);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Market/InUse/Index?handler=Export&format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Market/InUse/Index?handler=ExportMatrix&format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task Edit_SavesChanges_GivesAConflictOnAStaleVersion_AndArchivesAndRestores()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var school = await app.CreateSchoolAsync(board);
        var item = await app.ReviewableItemAsync();
        var use = await UseAsync(board, item, BuildingBlocks.Content, school);

        var saved = await client.PostFormAsync($"/Market/InUse/Edit/{use.Id}", Form("Progress", [school], note: "Alleen groep 8", version: use.Version));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await client.PostFormAsync($"/Market/InUse/Edit/{use.Id}", Form("Planning", [school], version: use.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await app.FindAsync<ItemUse>(use.Id);
        Assert.Equal((BuildingBlocks.Progress, "Alleen groep 8"), (stored.Block, stored.Note));

        await client.PostFormAsync($"/Market/InUse/Edit/{use.Id}?handler=Archive", new() { ["version"] = stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var archived = await app.FindAsync<ItemUse>(use.Id);
        Assert.NotNull(archived.ArchivedAt);
        await client.GetPageAsync("/Market/InUse/Index?status=gearchiveerd"); // shows the status message, which names the item
        Assert.DoesNotContain(item.Title, await client.GetPageAsync("/Market/InUse/Index"));
        Assert.Contains(item.Title, await client.GetPageAsync("/Market/InUse/Index?status=gearchiveerd"));
        await client.PostFormAsync($"/Market/InUse/Edit/{use.Id}?handler=Restore", new() { ["version"] = archived.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Null((await app.FindAsync<ItemUse>(use.Id)).ArchivedAt);
    }

    [Fact]
    public async Task AnotherBoardsList_IsNotFoundOnEdit_AndNotInListOrExport()
    {
        var victim = await app.CreateBoardAsync();
        var item = await app.ReviewableItemAsync();
        var use = await UseAsync(victim, item, BuildingBlocks.Content, await app.CreateSchoolAsync(victim), note: "Geheime notitie");
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Market/InUse/Edit/{use.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Market/InUse/Edit/{use.Id}?handler=Archive", new() { ["version"] = "0" })).StatusCode);
        Assert.DoesNotContain(item.Title, await client.GetPageAsync("/Market/InUse/Index"));
        Assert.DoesNotContain("Geheime notitie", await (await client.GetAsync("/Market/InUse/Index?handler=Export&format=csv")).Content.ReadAsStringAsync());
        Assert.Null((await app.FindAsync<ItemUse>(use.Id)).ArchivedAt);
    }

    [Fact]
    public async Task Teachers_SeeTheList_ButCannotChangeIt_AndSuppliersCannotSeeIt()
    {
        var (board, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var use = await UseAsync(board, await app.ReviewableItemAsync(), BuildingBlocks.Content, await app.CreateSchoolAsync(board));
        var (_, supplier) = await app.SupplierUserAsync();

        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/Market/InUse/Index")).StatusCode);
        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync($"/Market/InUse/Edit/{use.Id}")).Location());
        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync("/Market/InUse/Add")).Location());
        Assert.Contains("/Account/AccessDenied", (await supplier.GetAsync("/Market/InUse/Index")).Location());
    }

    private async Task<ItemUse> UseAsync(Board board, CatalogItem item, BuildingBlocks block, School school, School? other = null, string? note = null)
    {
        var use = new ItemUse { BoardId = board.Id, ItemId = item.Id, Block = block, Note = note };
        use.UseAt(other is null ? [school.Id] : [school.Id, other.Id]);
        await app.WithDbAsync(async db => { db.ItemUses.Add(use); return await db.SaveChangesAsync(); }, board);
        return use;
    }
}
