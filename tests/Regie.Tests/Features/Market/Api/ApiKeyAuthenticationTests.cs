using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Api;

[Collection(AppCollection.Name)]
public sealed class ApiKeyAuthenticationTests(RegieApp app)
{
    private const string Items = "/api/v1/catalog/items";

    [Fact]
    public async Task ValidKey_ReadsItsOwnItems()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync(ApiScopes.CatalogRead);
        var item = await app.CreateItemAsync(supplier);

        var response = await app.ApiClient(key).GetAsync(Items);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(item.Id, Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task BearerHeader_IsAcceptedToo()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync(ApiScopes.CatalogRead);
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Items)).StatusCode);
    }

    [Fact]
    public async Task Use_RecordsLastUsed_WithoutAnAuditRow()
    {
        var (_, key, record) = await app.SupplierWithKeyAsync(ApiScopes.CatalogRead);

        await app.ApiClient(key).GetAsync(Items);

        var stored = await app.FindAsync<ApiKey>(record.Id);
        Assert.NotNull(stored.LastUsedAt);
    }

    [Theory]
    [InlineData(null, "Stuur een API-sleutel mee")]
    [InlineData("geen-sleutel", "niet de juiste vorm")]
    [InlineData("regie_0123456789ab.verzonnen", "onbekend")]
    public async Task MissingMalformedOrUnknownKey_Is401WithDutchProblem(string? key, string expected)
    {
        var client = app.CreateBrowser();
        if (key is not null) client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, key);

        var response = await client.GetAsync(Items);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RevokedKey_Is401()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var (key, _) = await app.KeyForAsync(supplier, ApiScopes.CatalogRead, revoked: true);

        var response = await app.ApiClient(key).GetAsync(Items);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("ingetrokken", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ExpiredKey_Is401()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var (key, _) = await app.KeyForAsync(supplier, ApiScopes.CatalogRead, expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));

        var response = await app.ApiClient(key).GetAsync(Items);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("verlopen", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ReadOnlyKey_CannotWrite_403()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync(ApiScopes.CatalogRead);

        var response = await app.ApiClient(key).PostAsJsonAsync(Items, ApiTestData.ItemBody());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Aanbod wijzigen", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BoardKey_CannotUseCatalogueScopes()
    {
        var board = await app.CreateBoardAsync();
        var (key, _) = await app.KeyForAsync(board, ApiScopes.CatalogRead | ApiScopes.CatalogWrite);

        var read = await app.ApiClient(key).GetAsync(Items);
        var write = await app.ApiClient(key).PostAsJsonAsync(Items, ApiTestData.ItemBody());

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("leveranciers", (await read.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SignedInBrowserUser_WithoutKey_GetsJsonRefusal_NotTheLoginPage()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var browser = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);

        var write = await browser.PostAsJsonAsync(Items, ApiTestData.ItemBody());
        var read = await browser.GetAsync(Items);

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.Contains("API-sleutel", (await write.JsonAsync()).GetProperty("detail").GetString());
    }
}
