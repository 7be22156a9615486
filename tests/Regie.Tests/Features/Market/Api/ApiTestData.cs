using System.Net.Http.Json;
using System.Text.Json;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Api;

/// <summary>Suppliers with API keys and items, and a client that calls the API with a key.</summary>
public static class ApiTestData
{
    public static async Task<(Supplier Supplier, string Key, ApiKey Record)> SupplierWithKeyAsync(
        this RegieApp app, ApiScopes scopes = ApiScopes.CatalogRead | ApiScopes.CatalogWrite)
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier {TestData.Next()}" });
        var (key, record) = await app.KeyForAsync(supplier, scopes);
        return (supplier, key, record);
    }

    public static async Task<(string Key, ApiKey Record)> KeyForAsync(this RegieApp app, Regie.Web.Infrastructure.Tenancy.Organization organization, ApiScopes scopes,
        DateTimeOffset? expiresAt = null, bool revoked = false)
    {
        var record = new ApiKey { OrganizationId = organization.Id, Name = $"Koppeling {TestData.Next()}", Scopes = scopes, CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = expiresAt };
        var key = record.IssueSecret();
        if (revoked) record.Revoke(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.ApiKeys.Add(record); return await db.SaveChangesAsync(); }, organization);
        return (key, record);
    }

    public static HttpClient ApiClient(this RegieApp app, string key)
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, key);
        return client;
    }

    public static async Task<CatalogItem> CreateItemAsync(this RegieApp app, Supplier supplier, string? title = null, string? reference = null, bool publish = false)
    {
        var item = new CatalogItem
        {
            SupplierId = supplier.Id, SupplierName = supplier.Name, SupplierReference = reference, Title = title ?? $"Product {TestData.Next()}",
            Summary = "Kort", Description = "Lang", Kind = ItemKind.Software, Sectors = SchoolSectors.Po, PriceExclVat = 10m,
            Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea },
        };
        if (publish) item.Publish(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.CatalogItems.Add(item); return await db.SaveChangesAsync(); });
        return item;
    }

    /// <summary>A complete item body as an API client sends it.</summary>
    public static Dictionary<string, object?> ItemBody(string? title = null, string? reference = null) => new()
    {
        ["title"] = title ?? $"Rekenroute {TestData.Next()}",
        ["summary"] = "Adaptief rekenen",
        ["description"] = "Oefenen op eigen niveau.",
        ["kind"] = "learningMaterial",
        ["supplierReference"] = reference,
        ["sectors"] = new[] { "po" },
        ["subjects"] = new[] { "rekenen-wiskunde" },
        ["levels"] = new[] { "groep-5", "groep-6" },
        ["pricingModel"] = "perPupilPerYear",
        ["priceExclVat"] = "12,50",
        ["vatRate"] = 21,
        ["dataLocation"] = "euEea",
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
