using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Chain.Sharing;

[Collection(AppCollection.Name)]
public sealed class AgreementPagesTests(RegieApp app)
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Dictionary<string, string> Form(Guid supplierId, Guid? itemId = null, string model = "Model 4.0", string? signed = null, string? ends = null, string purposes = "Adaptief oefenen", int version = 0) => new()
    {
        ["Input.SupplierId"] = supplierId.ToString(), ["Input.CatalogItemId"] = itemId?.ToString() ?? "", ["Input.ModelVersion"] = model,
        ["Input.SignedOn"] = signed ?? "", ["Input.EndsOn"] = ends ?? "", ["Input.DataCategories"] = "Group", ["Input.AllowsEckId"] = "false",
        ["Input.Purposes"] = purposes, ["Input.Retention"] = "Tot een jaar na het einde van het contract", ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Create_StoresTheAgreement_AndShowsItOnDetailsWithItsHistory()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var (supplier, item) = await app.SupplierWithProductAsync();

        var response = await client.PostFormAsync("/Chain/Sharing/Agreements/Create", Form(supplier.Id, item.Id, signed: Day(Today), purposes: "<script>alert('x')</script>"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.ProcessingAgreements.SingleAsync(), board);
        Assert.Equal((supplier.Id, item.Id, SharedFields.Group, Today), (stored.SupplierId, stored.CatalogItemId!.Value, stored.DataCategories, stored.SignedOn!.Value));
        var details = await client.GetPageAsync(response.Location());
        Assert.Contains(item.Title, details, StringComparison.Ordinal);
        Assert.Contains("Ondertekend", details, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", details, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", details, StringComparison.Ordinal);
        Assert.Equal(AuditAction.Created, await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == stored.Id).Select(a => a.Action).SingleAsync(), board));
    }

    [Fact]
    public async Task Create_WithBadInput_NamesEachFieldInDutch_AndStoresNothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var (supplier, _) = await app.SupplierWithProductAsync();
        var (_, otherItem) = await app.SupplierWithProductAsync();

        var response = await client.PostFormAsync("/Chain/Sharing/Agreements/Create",
            Form(supplier.Id, otherItem.Id, model: "", signed: Day(Today.AddDays(2)), ends: Day(Today.AddDays(1)), purposes: new string('x', 4001)));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul de modelversie in", html, StringComparison.Ordinal);
        Assert.Contains("Dit product hoort niet bij de gekozen leverancier", html, StringComparison.Ordinal);
        Assert.Contains("De datum van ondertekening kan niet in de toekomst liggen", html, StringComparison.Ordinal);
        Assert.Contains("De einddatum moet na de datum van ondertekening liggen", html, StringComparison.Ordinal);
        Assert.Contains("Doeleinden mag niet langer zijn dan 4000 tekens", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProcessingAgreements.CountAsync(), board));
    }

    [Fact]
    public async Task Create_ForASupplierThatDoesNotExist_IsRefused()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var response = await client.PostFormAsync("/Chain/Sharing/Agreements/Create", Form(Guid.NewGuid()));
        Assert.Contains("Deze leverancier bestaat niet (meer)", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProcessingAgreements.CountAsync(), board));
    }

    [Fact]
    public async Task Edit_SecondSaveFromTheSameVersion_GetsTheConflictPage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var (supplier, _) = await app.SupplierWithProductAsync();
        var agreement = await app.CreateAgreementAsync(board, supplier, isSigned: false);
        var url = $"/Chain/Sharing/Agreements/Edit/{agreement.Id}";

        var first = await client.PostFormAsync(url, Form(supplier.Id, model: "Model 4.1", signed: Day(Today), version: agreement.Version));
        var second = await client.PostFormAsync(url, Form(supplier.Id, model: "Model 5.0", version: agreement.Version));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Nu opgeslagen", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Model 4.1", (await app.FindAsync<ProcessingAgreement>(agreement.Id)).ModelVersion);
    }

    [Fact]
    public async Task List_FiltersOnStatusAndSupplier_AndExports()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var (signedSupplier, _) = await app.SupplierWithProductAsync();
        var (expiredSupplier, _) = await app.SupplierWithProductAsync();
        await app.CreateAgreementAsync(board, signedSupplier);
        await app.CreateAgreementAsync(board, expiredSupplier, signedOn: new DateOnly(2020, 1, 1), endsOn: new DateOnly(2021, 1, 1));

        // The rows only (as htmx asks for them): the supplier filter above the list names every supplier.
        client.DefaultRequestHeaders.Add("HX-Request", "true");
        var expired = await client.GetPageAsync("/Chain/Sharing/Agreements?Status=verlopen");
        Assert.Contains(expiredSupplier.Name, expired, StringComparison.Ordinal);
        Assert.DoesNotContain(signedSupplier.Name, expired, StringComparison.Ordinal);
        var bySupplier = await client.GetPageAsync($"/Chain/Sharing/Agreements?Supplier={signedSupplier.Id}");
        Assert.Contains(signedSupplier.Name, bySupplier, StringComparison.Ordinal);
        Assert.DoesNotContain(expiredSupplier.Name, bySupplier, StringComparison.Ordinal);

        client.DefaultRequestHeaders.Remove("HX-Request");
        var csv = await client.GetStringAsync("/Chain/Sharing/Agreements?handler=Export&format=csv");
        Assert.Contains(signedSupplier.Name, csv, StringComparison.Ordinal);
        Assert.Contains("Verlopen", csv, StringComparison.Ordinal);
        var xlsx = await client.GetAsync("/Chain/Sharing/Agreements?handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ArchiveAndRestore_AreRecordedInTheHistory()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var (supplier, _) = await app.SupplierWithProductAsync();
        var agreement = await app.CreateAgreementAsync(board, supplier);
        var url = $"/Chain/Sharing/Agreements/Details/{agreement.Id}";

        await client.PostFormAsync(url + "?handler=Archive", new() { ["version"] = agreement.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.NotNull((await app.FindAsync<ProcessingAgreement>(agreement.Id)).ArchivedAt);
        await client.PostFormAsync(url + "?handler=Restore", new() { ["version"] = (agreement.Version + 1).ToString(CultureInfo.InvariantCulture) });

        Assert.Null((await app.FindAsync<ProcessingAgreement>(agreement.Id)).ArchivedAt);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == agreement.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(), board);
        Assert.Equal([AuditAction.Created, AuditAction.Archived, AuditAction.Restored], actions);
    }

    [Fact]
    public async Task AnotherBoardsAgreement_IsNotFound()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);
        var victim = await app.CreateBoardAsync();
        var (supplier, _) = await app.SupplierWithProductAsync();
        var agreement = await app.CreateAgreementAsync(victim, supplier);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Chain/Sharing/Agreements/Details/{agreement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Chain/Sharing/Agreements/Edit/{agreement.Id}")).StatusCode);
        var post = await client.PostFormAsync($"/Chain/Sharing/Agreements/Edit/{agreement.Id}", Form(supplier.Id, model: "Overgenomen"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Model 4.0", (await app.FindAsync<ProcessingAgreement>(agreement.Id)).ModelVersion);
        var list = await client.GetPageAsync("/Chain/Sharing/Agreements");
        Assert.Contains("0 overeenkomsten gevonden", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Purchaser)]
    [InlineData(Roles.SchoolLeader)]
    public async Task Pages_WithoutTheSharingRole_AreRefused(string role)
    {
        var (board, _, client) = await app.BoardUserAsync(role);
        var (supplier, _) = await app.SupplierWithProductAsync();

        foreach (var url in new[] { "/Chain/Sharing/Agreements", "/Chain/Sharing/Agreements/Create", "/Chain/Sharing", "/Chain/Sharing/Create" })
            Assert.Contains("/Account/AccessDenied", (await client.GetAsync(url)).Location(), StringComparison.Ordinal);
        var post = await client.PostFormAsync("/Chain/Sharing/Agreements/Create", Form(supplier.Id));
        Assert.Contains("/Account/AccessDenied", post.Location(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProcessingAgreements.CountAsync(), board));
    }
}
