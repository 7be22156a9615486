using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Chain.Sharing;

[Collection(AppCollection.Name)]
public sealed class SharingRulePagesTests(RegieApp app)
{
    private static List<KeyValuePair<string, string>> Form(Guid? supplierId, Guid? itemId, IEnumerable<Guid>? groups = null, IEnumerable<Guid>? schools = null,
        bool eck = false, int version = 0, params string[] fields)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.SupplierId", supplierId?.ToString() ?? ""), new("Input.CatalogItemId", itemId?.ToString() ?? ""),
            new("Input.UseEckId", eck ? "true" : "false"), new("Input.Version", version.ToString(CultureInfo.InvariantCulture)),
        };
        form.AddRange((groups ?? []).Select(g => new KeyValuePair<string, string>("Input.GroupIds", g.ToString())));
        form.AddRange((schools ?? []).Select(s => new KeyValuePair<string, string>("Input.SchoolIds", s.ToString())));
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>("Input.Fields", f)));
        return form;
    }

    /// <summary>Posts repeated fields (several groups) with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> form)
    {
        var page = await client.GetStringAsync("/Chain/Sharing/Create");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        form.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Coordinator_SharesOneGroup_UnderASignedAgreement_AndTheRuleIsActive()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var school = await app.CreateSchoolAsync(board);
        var group = await app.CreateGroupAsync(board, school, pupils: 3);
        await app.CreateGroupAsync(board, school, "6B", pupils: 2);
        var (supplier, item) = await app.SupplierWithProductAsync();
        await app.CreateAgreementAsync(board, supplier, item.Id);

        var response = await PostAsync(client, "/Chain/Sharing/Create", Form(supplier.Id, item.Id, [group.Id], fields: "Group"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rule = await app.WithDbAsync(db => db.SharingRules.Include(r => r.Scopes).SingleAsync(), board);
        Assert.Equal((school.Id, (Guid?)group.Id), (rule.Scopes.Single().SchoolId, rule.Scopes.Single().GroupId));
        Assert.Equal(SharedFields.Group, rule.Fields);
        var details = await client.GetPageAsync(response.Location());
        Assert.Contains("Actief", details, StringComparison.Ordinal);
        Assert.Contains("Groep 5A", details, StringComparison.Ordinal);
        var list = await client.GetPageAsync("/Chain/Sharing");
        Assert.Contains("<td class=\"num\">3</td>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Fenna", list, StringComparison.Ordinal);
        Assert.Contains("nog nooit", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleWithoutAgreement_IsBlocked_AndTheListSaysWhyAndWhereToFixIt()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var school = await app.CreateSchoolAsync(board);
        var (supplier, item) = await app.SupplierWithProductAsync();
        var rule = await app.CreateRuleAsync(board, supplier, item, school);

        var list = WebUtility.HtmlDecode(await client.GetPageAsync("/Chain/Sharing"));
        Assert.Contains("Geblokkeerd", list, StringComparison.Ordinal);
        Assert.Contains("Er is geen verwerkersovereenkomst vastgelegd voor deze leverancier en dit product.", list, StringComparison.Ordinal);
        Assert.Contains("Eén deelregel is geblokkeerd", list, StringComparison.Ordinal);
        var details = WebUtility.HtmlDecode(await client.GetPageAsync($"/Chain/Sharing/Details/{rule.Id}"));
        Assert.Contains($"/Chain/Sharing/Agreements/Create?supplier={supplier.Id}&product={item.Id}", details, StringComparison.Ordinal);

        var unsigned = await app.CreateAgreementAsync(board, supplier, item.Id, isSigned: false);
        details = WebUtility.HtmlDecode(await client.GetPageAsync($"/Chain/Sharing/Details/{rule.Id}"));
        Assert.Contains("De verwerkersovereenkomst is nog niet ondertekend.", details, StringComparison.Ordinal);
        Assert.Contains($"/Chain/Sharing/Agreements/Edit/{unsigned.Id}", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataThatFlowedWithoutAnAgreementInForce_IsFlaggedOnTheList()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var school = await app.CreateSchoolAsync(board);
        var (supplier, item) = await app.SupplierWithProductAsync();
        await app.CreateAgreementAsync(board, supplier, item.Id, signedOn: new DateOnly(2020, 1, 1), endsOn: new DateOnly(2021, 1, 1));
        await app.CreateRuleAsync(board, supplier, item, school);
        await app.LogFetchAsync(board, school, supplier, item);

        var list = await client.GetPageAsync("/Chain/Sharing");

        Assert.Contains("Gegevens gedeeld zonder geldige overeenkomst", list, StringComparison.Ordinal);
        Assert.DoesNotContain("nog nooit", list, StringComparison.Ordinal);
        await app.CreateAgreementAsync(board, supplier);
        Assert.DoesNotContain("Gegevens gedeeld zonder geldige overeenkomst", await client.GetPageAsync("/Chain/Sharing"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedIds_ProductsOfOtherSuppliers_NoScope_AndEckWithoutPermission_AreRefusedWithAMessage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var school = await app.CreateSchoolAsync(board);
        var (supplier, item) = await app.SupplierWithProductAsync();
        var (_, otherItem) = await app.SupplierWithProductAsync();
        var victim = await app.CreateBoardAsync();
        var victimSchool = await app.CreateSchoolAsync(victim);
        var victimGroup = await app.CreateGroupAsync(victim, victimSchool);
        await app.CreateAgreementAsync(board, supplier, item.Id);

        async Task<string> Refused(List<KeyValuePair<string, string>> form)
        {
            var response = await PostAsync(client, "/Chain/Sharing/Create", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains(RuleScopes.Tampered, await Refused(Form(supplier.Id, item.Id, [victimGroup.Id])), StringComparison.Ordinal);
        Assert.Contains(RuleScopes.Tampered, await Refused(Form(supplier.Id, item.Id, schools: [victimSchool.Id])), StringComparison.Ordinal);
        Assert.Contains("Dit product hoort niet bij de gekozen leverancier", await Refused(Form(supplier.Id, otherItem.Id, schools: [school.Id])), StringComparison.Ordinal);
        Assert.Contains("Kies ten minste één school of groep", await Refused(Form(supplier.Id, item.Id)), StringComparison.Ordinal);
        Assert.Contains("Het ECK iD kan alleen gedeeld worden", await Refused(Form(supplier.Id, item.Id, schools: [school.Id], eck: true)), StringComparison.Ordinal);
        Assert.Contains("Kies de leverancier", await Refused(Form(null, null, schools: [school.Id])), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.SharingRules.IgnoreQueryFilters().CountAsync(r => r.BoardId == board.Id || r.BoardId == victim.Id)));
    }

    [Fact]
    public async Task EckId_IsOfferedAndAccepted_OnlyWhenAnAgreementAllowsIt()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var school = await app.CreateSchoolAsync(board);
        var (supplier, item) = await app.SupplierWithProductAsync();

        Assert.DoesNotContain("Input_UseEckId\"", await client.GetPageAsync($"/Chain/Sharing/Create?handler=Eck&Input.SupplierId={supplier.Id}&Input.CatalogItemId={item.Id}"), StringComparison.Ordinal);
        await app.CreateAgreementAsync(board, supplier, eck: true);
        Assert.Contains("id=\"Input_UseEckId\"", await client.GetPageAsync($"/Chain/Sharing/Create?handler=Eck&Input.SupplierId={supplier.Id}&Input.CatalogItemId={item.Id}"), StringComparison.Ordinal);

        var response = await PostAsync(client, "/Chain/Sharing/Create", Form(supplier.Id, item.Id, schools: [school.Id], eck: true));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.SharingRules.Select(r => r.UseEckId).SingleAsync(), board));
    }

    [Fact]
    public async Task Edit_ChangingOnlyTheGroups_IsVersionedAuditedInWords_AndASecondSaveConflicts()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var school = await app.CreateSchoolAsync(board);
        var first = await app.CreateGroupAsync(board, school, "5A");
        var second = await app.CreateGroupAsync(board, school, "6B");
        var (supplier, item) = await app.SupplierWithProductAsync();
        var rule = await app.CreateRuleAsync(board, supplier, item, school, first.Id);
        var url = $"/Chain/Sharing/Edit/{rule.Id}";

        var saved = await PostAsync(client, url, Form(null, null, [second.Id], version: rule.Version, fields: "Group"));
        var late = await PostAsync(client, url, Form(null, null, [first.Id, second.Id], version: rule.Version, fields: "Group"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var stored = await app.WithDbAsync(db => db.SharingRules.Include(r => r.Scopes).SingleAsync(r => r.Id == rule.Id), board);
        Assert.Equal([second.Id], stored.Scopes.Select(s => s.GroupId!.Value));
        Assert.Equal(rule.Version + 1, stored.Version);
        var history = WebUtility.HtmlDecode(await client.GetPageAsync($"/Chain/Sharing/Details/{rule.Id}?tab=wijzigingen"));
        Assert.Contains($"{school.Name}: Groep 6B", history, StringComparison.Ordinal);
        Assert.Contains($"{school.Name}: Groep 5A", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArchivedRule_LeavesTheCurrentList_AndCanComeBack()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var school = await app.CreateSchoolAsync(board);
        var (supplier, item) = await app.SupplierWithProductAsync();
        var rule = await app.CreateRuleAsync(board, supplier, item, school);

        await client.PostFormAsync($"/Chain/Sharing/Details/{rule.Id}?handler=Archive", new() { ["version"] = rule.Version.ToString(CultureInfo.InvariantCulture) });

        Assert.Contains("0 deelregels gevonden", await client.GetPageAsync("/Chain/Sharing"), StringComparison.Ordinal);
        Assert.Contains("1 deelregel gevonden", await client.GetPageAsync("/Chain/Sharing?Status=gearchiveerd"), StringComparison.Ordinal);
        await client.PostFormAsync($"/Chain/Sharing/Details/{rule.Id}?handler=Restore", new() { ["version"] = (rule.Version + 1).ToString(CultureInfo.InvariantCulture) });
        Assert.Null((await app.FindAsync<SharingRule>(rule.Id)).ArchivedAt);
        var csv = await client.GetStringAsync("/Chain/Sharing?handler=Export&format=csv");
        Assert.Contains(item.Title, csv, StringComparison.Ordinal);
        Assert.Contains("Geblokkeerd", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherBoardsRule_IsNotFound_AndUnchanged()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var victim = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(victim);
        var (supplier, item) = await app.SupplierWithProductAsync();
        var rule = await app.CreateRuleAsync(victim, supplier, item, school);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Chain/Sharing/Details/{rule.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Chain/Sharing/Edit/{rule.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, $"/Chain/Sharing/Edit/{rule.Id}", Form(null, null, schools: [school.Id], fields: "YearGroup"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Chain/Sharing/Details/{rule.Id}?handler=Archive", new() { ["version"] = "0" })).StatusCode);
        var stored = await app.FindAsync<SharingRule>(rule.Id);
        Assert.Equal((SharedFields.Group, (DateTimeOffset?)null), (stored.Fields, stored.ArchivedAt));
    }
}
