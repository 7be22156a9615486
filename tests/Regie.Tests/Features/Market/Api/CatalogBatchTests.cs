using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Tests.Features.Market.Api;

[Collection(AppCollection.Name)]
public sealed class CatalogBatchTests(RegieApp app)
{
    private const string Batch = "/api/v1/catalog/items/batch";

    [Fact]
    public async Task Batch_CreatesNewAndUpdatesExisting_ByReference()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var existing = await app.CreateItemAsync(supplier, "Oude titel", reference: "B-1");
        var items = Enumerable.Range(1, 20).Select(n => ApiTestData.ItemBody($"Item {n}", $"B-{n}")).ToList();

        var response = await app.ApiClient(key).PostAsJsonAsync(Batch, new { items });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal((19, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        Assert.Equal("Item 1", (await app.FindAsync<CatalogItem>(existing.Id)).Title);
        Assert.Equal(20, await app.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.SupplierId == supplier.Id)));
    }

    [Fact]
    public async Task Batch_WithOneBadItem_SavesNothing_AndNamesIndexAndField()
    {
        var (supplier, key, _) = await app.SupplierWithKeyAsync();
        var items = Enumerable.Range(0, 10).Select(n => ApiTestData.ItemBody($"Item {n}", $"C-{n}")).ToList();
        items[7]["priceExclVat"] = "-1";
        items[3]["supplierReference"] = "C-1";

        var response = await app.ApiClient(key).PostAsJsonAsync(Batch, new { items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["items[3].supplierReference", "items[7].priceExclVat"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(0, await app.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.SupplierId == supplier.Id)));
    }

    [Fact]
    public async Task Batch_OverTheLimit_IsRefused()
    {
        var (_, key, _) = await app.SupplierWithKeyAsync();
        var items = Enumerable.Range(0, 501).Select(n => ApiTestData.ItemBody($"Item {n}", $"D-{n}")).ToList();

        var response = await app.ApiClient(key).PostAsJsonAsync(Batch, new { items });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("500", (await response.JsonAsync()).GetProperty("detail").GetString());
    }
}
