using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Catalog;

[Collection(AppCollection.Name)]
public sealed class CatalogPortalTests(RegieApp app)
{
    private static bool IsDenied(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Forbidden || r.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal);

    [Fact]
    public async Task Index_ShowsOnlyTheSuppliersOwnItems_AlsoInTheExport()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var own = await app.CatalogItemAsync(supplier, publish: false);
        var (other, _) = await app.CatalogSupplierAsync();
        var foreign = await app.CatalogItemAsync(other);

        var html = await client.GetPageAsync("/Market/Portal/Index");
        Assert.Contains(own.Title, html);
        Assert.DoesNotContain(foreign.Title, html);
        Assert.Contains("/Imports/Start/catalog-items", html);

        var csv = await (await client.GetAsync("/Market/Portal/Index?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(own.Title, csv);
        Assert.DoesNotContain(foreign.Title, csv);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Market/Portal/Index?handler=Export&format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task Index_FiltersByStatusAndSearch_AndServesTheRowsToHtmx()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var concept = await app.CatalogItemAsync(supplier, publish: false, title: "Taalsprong concept");
        var published = await app.CatalogItemAsync(supplier, title: "Rekenroute gepubliceerd");

        var concepts = await client.GetPageAsync("/Market/Portal/Index?Status=concept");
        Assert.Contains(concept.Title, concepts);
        Assert.DoesNotContain(published.Title, concepts);
        var found = await client.GetPageAsync("/Market/Portal/Index?Q=taalsprong");
        Assert.Contains(concept.Title, found);
        Assert.DoesNotContain(published.Title, found);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Market/Portal/Index?Q=rekenroute");
        request.Headers.Add("HX-Request", "true");
        var response = await client.SendAsync(request);
        var rows = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", rows);
        Assert.Contains(published.Title, rows);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Purchaser)]
    public async Task PortalPages_AsBoardUser_AreDenied(string role)
    {
        var (_, _, client) = await app.BoardUserAsync(role);
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        foreach (var url in new[] { "/Market/Portal/Index", "/Market/Portal/Create", $"/Market/Portal/Edit/{item.Id}", $"/Market/Portal/Details/{item.Id}" })
            Assert.True(IsDenied(await client.GetAsync(url)), url);
        Assert.True(IsDenied(await client.PostFormAsync("/Market/Portal/Create", CatalogTestData.Form())));
    }

    [Theory]
    [InlineData("12,50", 12.50)]
    [InlineData("12.50", 12.50)]
    [InlineData("€ 1.234,50", 1234.50)]
    public async Task Create_AcceptsCommaAndDotPrices_AndSavesAConcept(string price, double expected)
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var title = $"Prijstest {TestData.Next()}";

        var response = await client.PostFormAsync("/Market/Portal/Create", CatalogTestData.Form(title, price));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await app.WithDbAsync(db => db.CatalogItems.SingleAsync(i => i.Title == title));
        Assert.Equal((decimal)expected, item.PriceExclVat);
        Assert.Equal(ItemStatus.Concept, item.Status);
        Assert.Equal(supplier.Id, item.SupplierId);
        Assert.Equal(supplier.Name, item.SupplierName);
        Assert.Equal(["groep-5"], item.Levels);
        Assert.Equal("Hosting BV", item.Compliance.PrivacySheet!.SubProcessors.Single().Name);
    }

    [Theory]
    [InlineData("Input.PriceExclVat", "-12,50", "Prijs excl. btw mag niet negatief zijn.")]
    [InlineData("Input.Subjects[0]", "sterrenkunde", "onbekende code &#x27;sterrenkunde&#x27;")]
    [InlineData("Input.Website", "javascript:alert(1)", "Website: vul een geldig webadres in")]
    [InlineData("Input.VatRate", "19", "Btw-tarief 21%, 9% of 0%")]
    public async Task Create_WithBadInput_ShowsADutchMessage_AndSavesNothing(string field, string value, string message)
    {
        var (supplier, client) = await app.CatalogSupplierAsync();

        var response = await client.PostFormAsync("/Market/Portal/Create", CatalogTestData.Form(extra: (field, value)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.CatalogItems.AnyAsync(i => i.SupplierId == supplier.Id)));
    }

    [Fact]
    public async Task Create_WithAFiveMegabyteDescription_GetsAMessageNotAnError()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();

        var response = await client.PostFormAsync("/Market/Portal/Create", CatalogTestData.Form(extra: ("Input.Description", new string('x', 5 * 1024 * 1024))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De beschrijving mag niet langer zijn dan 20.000 tekens", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.CatalogItems.AnyAsync(i => i.SupplierId == supplier.Id)));
    }

    [Fact]
    public async Task Create_WithAReferenceAlreadyInUse_IsRefused()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        await app.CatalogItemAsync(supplier, title: "Rekenroute Eerste", change: i => i.SupplierReference = "RR-1");

        var response = await client.PostFormAsync("/Market/Portal/Create", CatalogTestData.Form("Tweede", extra: ("Input.SupplierReference", "RR-1")));

        Assert.Contains("De eigen code &#x27;RR-1&#x27; hoort al bij &#x27;Rekenroute Eerste&#x27;", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DetailsAndEdit_OfAnotherSuppliersItem_AreNotFound()
    {
        var (_, client) = await app.CatalogSupplierAsync();
        var (other, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(other, publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Market/Portal/Details/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Market/Portal/Edit/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Market/Portal/Edit/{item.Id}", CatalogTestData.Form("Gekaapt", version: item.Version))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/Market/Portal/Details/{item.Id}?handler=Publish", new() { ["version"] = item.Version.ToString() })).StatusCode);
        Assert.Equal(item.Title, (await app.FindAsync<CatalogItem>(item.Id)).Title);
    }

    [Fact]
    public async Task Edit_SavesChanges_AndTheHistoryShowsThem()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        Assert.Contains("value=\"12,50\"", await client.GetPageAsync($"/Market/Portal/Edit/{item.Id}"));

        var response = await client.PostFormAsync($"/Market/Portal/Edit/{item.Id}", CatalogTestData.Form("Rekenroute Nieuw", "14.95", item.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.FindAsync<CatalogItem>(item.Id);
        Assert.Equal(14.95m, saved.PriceExclVat);
        Assert.Equal(ItemStatus.Published, saved.Status);
        var history = await client.GetPageAsync($"/Market/Portal/Details/{item.Id}?tab=wijzigingen");
        Assert.Contains("Rekenroute Nieuw", history);
    }

    [Fact]
    public async Task Edit_SecondConcurrentSave_GetsTheConflictPage()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Market/Portal/Edit/{item.Id}", CatalogTestData.Form("Rekenroute Start", version: item.Version))).StatusCode);

        var second = await client.PostFormAsync($"/Market/Portal/Edit/{item.Id}", CatalogTestData.Form("Tweede versie", version: item.Version));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Nu opgeslagen", html);
        Assert.Contains("Rekenroute Start", html);
        Assert.Equal("Rekenroute Start", (await app.FindAsync<CatalogItem>(item.Id)).Title);
    }

    [Fact]
    public async Task Edit_OfAPublishedItem_CannotEmptyAMandatoryField()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);

        var response = await client.PostFormAsync($"/Market/Portal/Edit/{item.Id}", CatalogTestData.Form(version: item.Version, extra: ("Input.Summary", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Samenvatting is verplicht zolang het item gepubliceerd is", await response.Content.ReadAsStringAsync());
        Assert.Equal(item.Summary, (await app.FindAsync<CatalogItem>(item.Id)).Summary);
    }

    [Fact]
    public async Task Edit_ChangingAVerifiedFact_DropsOnlyThatVerification()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        await app.WithDbAsync(async db =>
        {
            var stored = await db.CatalogItems.SingleAsync(i => i.Id == item.Id);
            stored.RecordVerification([ComplianceFact.PrivacyCovenant, ComplianceFact.DataLocation], DateTimeOffset.UtcNow, "Moderator");
            return await db.SaveChangesAsync();
        });
        var version = (await app.FindAsync<CatalogItem>(item.Id)).Version;

        await client.PostFormAsync($"/Market/Portal/Edit/{item.Id}", CatalogTestData.Form(version: version, extra: ("Input.DataLocation", "OutsideEuEea")));

        Assert.Equal([ComplianceFact.PrivacyCovenant], (await app.FindAsync<CatalogItem>(item.Id)).Compliance.Verified);
    }

    [Fact]
    public async Task Publish_WithMissingFields_ListsThem_AndKeepsTheConcept()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var create = await client.PostFormAsync("/Market/Portal/Create", new()
        {
            ["Input.Title"] = "Half af", ["Input.Kind"] = "Service", ["Input.PricingModel"] = "PerDay", ["Input.VatRate"] = "21",
        });
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var item = await app.WithDbAsync(db => db.CatalogItems.SingleAsync(i => i.SupplierId == supplier.Id));

        var response = await client.PostFormAsync($"/Market/Portal/Details/{item.Id}?handler=Publish", new() { ["version"] = item.Version.ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("regie-error-summary", html);
        foreach (var field in new[] { "Samenvatting", "Beschrijving", "Sectoren", "Soort dienst", "Prijs excl. btw", "Locatie van de gegevens" })
            Assert.Contains($"{field} is nog niet ingevuld.", html);
        Assert.Equal(ItemStatus.Concept, (await app.FindAsync<CatalogItem>(item.Id)).Status);
    }

    [Fact]
    public async Task PublishWithdrawArchiveRestore_FollowTheLifecycle()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier, publish: false);
        async Task<ItemStatus> Do(string handler)
        {
            var current = await app.FindAsync<CatalogItem>(item.Id);
            var response = await client.PostFormAsync($"/Market/Portal/Details/{item.Id}?handler={handler}", new() { ["version"] = current.Version.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return (await app.FindAsync<CatalogItem>(item.Id)).Status;
        }

        Assert.Equal(ItemStatus.Published, await Do("Publish"));
        Assert.Equal(ItemStatus.Concept, await Do("Withdraw"));
        Assert.Equal(ItemStatus.Archived, await Do("Archive"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/Market/Portal/Edit/{item.Id}")).StatusCode);
        Assert.Equal(ItemStatus.Concept, await Do("Restore"));
    }

    [Fact]
    public async Task Publish_WithAStaleVersion_ChangesNothing()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier, publish: false);

        await client.PostFormAsync($"/Market/Portal/Details/{item.Id}?handler=Publish", new() { ["version"] = (item.Version + 5).ToString() });

        Assert.Equal(ItemStatus.Concept, (await app.FindAsync<CatalogItem>(item.Id)).Status);
    }

    [Fact]
    public async Task RenamingTheSupplier_RenamesItsItems()
    {
        var (supplier, client) = await app.CatalogSupplierAsync("Oude Naam BV");
        var item = await app.CatalogItemAsync(supplier);
        var version = await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == supplier.Id).Select(o => o.Version).SingleAsync());

        var response = await client.PostFormAsync("/Organization/Profile", new()
        {
            ["Input.Name"] = "Nieuwe Naam BV", ["Input.Version"] = version.ToString(), ["Input.City"] = "Utrecht",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = await app.FindAsync<CatalogItem>(item.Id);
        Assert.Equal("Nieuwe Naam BV", renamed.SupplierName);
        Assert.Contains("nieuwe naam bv", renamed.SearchText);
    }
}
