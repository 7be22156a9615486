using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Tests.Features.Market.Api;

[Collection(AppCollection.Name)]
public sealed class CatalogApiTests(RegieApp app)
{
    private const string Items = "/api/v1/catalog/items";

    [Fact]
    public async Task Create_StoresAConcept_WithCommaPrice_AndReturnsLocation()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, ApiTestData.ItemBody("Rekenroute", "RR-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Items}/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("concept", body.GetProperty("status").GetString());
        var item = await app.FindAsync<CatalogItem>(id);
        Assert.Equal((supplier.Id, "Rekenroute", 12.50m, "RR-1"), (item.SupplierId, item.Title, item.PriceExclVat, item.SupplierReference));
        Assert.Equal(supplier.Name, item.SupplierName);
    }

    [Theory]
    [InlineData("12.50", 12.50)]
    [InlineData("12,50", 12.50)]
    public async Task Create_AcceptsDotAndCommaPrices(string price, double expected)
    {
        var (_, key, _) = await app.SupplierWithKeyAsync();
        var body = ApiTestData.ItemBody();
        body["priceExclVat"] = price;

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((decimal)expected, (await app.FindAsync<CatalogItem>((await response.JsonAsync()).GetProperty("id").GetGuid())).PriceExclVat);
    }

    [Fact]
    public async Task Create_WithNegativePriceAndUnknownSubject_Is400WithDutchFieldErrors_AndSavesNothing()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var body = ApiTestData.ItemBody();
        body["priceExclVat"] = "-5";
        body["subjects"] = new[] { "sterrenkunde" };

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("negatief", errors.GetProperty("priceExclVat")[0].GetString());
        Assert.Contains("'sterrenkunde'", errors.GetProperty("subjects")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.SupplierId == supplier.Id)));
    }

    [Fact]
    public async Task Create_StoresScriptAsPlainText()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync();
        var body = ApiTestData.ItemBody();
        body["description"] = "<script>alert('x')</script> Veilig?";

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, body);

        var item = await app.FindAsync<CatalogItem>((await response.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal("<script>alert('x')</script> Veilig?", item.Description);
    }

    [Fact]
    public async Task Create_WithFiveMegabyteDescription_IsAFieldError_NotA500()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync();
        var body = ApiTestData.ItemBody();
        body["description"] = new string('a', 5 * 1024 * 1024);

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mag niet langer zijn", (await response.JsonAsync()).GetProperty("errors").GetProperty("description")[0].GetString());
    }

    [Fact]
    public async Task Create_WithBrokenJson_IsADutch400()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync();

        var response = await app.ApiClient(key).PostAsync(Items, new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_WithReferenceInUse_Is409()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        await app.CreateItemAsync(supplier, reference: "DUBBEL");

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, ApiTestData.ItemBody(reference: "DUBBEL"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Update_WithCurrentVersion_Saves_AndStaleIfMatch_Is412_StaleBodyVersion_Is409()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var item = await app.CreateItemAsync(supplier);
        var client = app.ApiClient(key);
        var body = ApiTestData.ItemBody("Nieuwe titel");

        var saved = await client.PutJsonAsync($"{Items}/{item.Id}", body, ifMatch: $"\"{item.Version}\"");
        var staleHeader = await client.PutJsonAsync($"{Items}/{item.Id}", body, ifMatch: $"\"{item.Version}\"");
        body["version"] = item.Version;
        var staleBody = await client.PutJsonAsync($"{Items}/{item.Id}", body);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleBody.StatusCode);
        Assert.Contains("intussen gewijzigd", (await staleBody.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("Nieuwe titel", (await app.FindAsync<CatalogItem>(item.Id)).Title);
    }

    [Fact]
    public async Task Get_ReturnsTheItem_WithVersionAsETag_AndFieldsThatRoundTrip()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var item = await app.CreateItemAsync(supplier, "Roundtrip");
        var client = app.ApiClient(key);

        var response = await client.GetAsync($"{Items}/{item.Id}");
        var fields = (await response.JsonAsync()).GetProperty("fields");
        var put = await client.PutAsync($"{Items}/{item.Id}", new StringContent(fields.GetRawText(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal($"\"{item.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal("Roundtrip", fields.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task Publish_WithMissingFields_Is422NamingThem_ThenPublishWithdrawArchive()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var client = app.ApiClient(key);
        var body = ApiTestData.ItemBody();
        body["dataLocation"] = "unknown";
        body["summary"] = "";
        var id = (await (await client.PostAsJsonAsync(Items, body)).JsonAsync()).GetProperty("id").GetGuid();

        var refused = await client.PostAsync($"{Items}/{id}/publish", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal(["Samenvatting", "Locatie van de gegevens"], problem.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.True(problem.GetProperty("errors").TryGetProperty("dataLocation", out _));

        var item = await app.CreateItemAsync(supplier);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Items}/{item.Id}/publish", null)).StatusCode);
        Assert.Equal(ItemStatus.Published, (await app.FindAsync<CatalogItem>(item.Id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Items}/{item.Id}/withdraw", null)).StatusCode);
        Assert.Equal(ItemStatus.Concept, (await app.FindAsync<CatalogItem>(item.Id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"{Items}/{item.Id}")).StatusCode);
        var archived = await app.FindAsync<CatalogItem>(item.Id);
        Assert.Equal(ItemStatus.Archived, archived.Status);
        Assert.NotNull(archived.ArchivedAt);
    }

    [Fact]
    public async Task List_FiltersOnStatusAndUpdatedSince_AndPages()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var published = await app.CreateItemAsync(supplier, publish: true);
        for (var i = 0; i < 3; i++) await app.CreateItemAsync(supplier);
        var client = app.ApiClient(key);

        var onlyPublished = await (await client.GetAsync($"{Items}?status=published")).JsonAsync();
        var page = await (await client.GetAsync($"{Items}?pageSize=2&page=2")).JsonAsync();
        var future = await (await client.GetAsync($"{Items}?updatedSince={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}")).JsonAsync();

        Assert.Equal(published.Id, Assert.Single(onlyPublished.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(0, future.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Items}?status=weg")).StatusCode);
    }

    [Fact]
    public async Task KeyOfSupplierA_CannotTouchSupplierBsItems()
    {
        var (_, keyA, _) = await app.SupplierWithKeyAsync();
        var supplierB = await app.CreateOrganizationAsync(new Regie.Web.Infrastructure.Tenancy.Supplier());
        var concept = await app.CreateItemAsync(supplierB, "Geheim concept van B");
        var published = await app.CreateItemAsync(supplierB, "Gepubliceerd van B", publish: true);
        var client = app.ApiClient(keyA);

        foreach (var item in new[] { concept, published })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Items}/{item.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutJsonAsync($"{Items}/{item.Id}", ApiTestData.ItemBody(), $"\"{item.Version}\"")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{Items}/{item.Id}/publish", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{Items}/{item.Id}/withdraw", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{Items}/{item.Id}")).StatusCode);
        }
        var list = await (await client.GetAsync(Items)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("van B", list);
        var stored = await app.WithDbAsync(db => db.CatalogItems.Where(i => i.Id == concept.Id || i.Id == published.Id).ToDictionaryAsync(i => i.Id));
        Assert.Equal((concept.Version, ItemStatus.Concept), (stored[concept.Id].Version, stored[concept.Id].Status));
        Assert.Equal((published.Version, ItemStatus.Published), (stored[published.Id].Version, stored[published.Id].Status));
    }

    [Fact]
    public async Task CodeLists_AreServed()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync(Regie.Web.Infrastructure.Api.ApiScopes.CatalogRead);
        var client = app.ApiClient(key);

        var subjects = await (await client.GetAsync("/api/v1/code-lists/subjects")).JsonAsync();

        Assert.Contains(subjects.EnumerateArray(), s => s.GetProperty("key").GetString() == "rekenen-wiskunde");
        foreach (var list in new[] { "levels", "learning-goals", "certifications" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/code-lists/{list}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/code-lists/planeten")).StatusCode);
    }
}
