using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Tenancy;

/// <summary>
/// Catalogue items carry no tenant filter (published items are public), so every supplier page filters itself.
/// These tests prove by enumeration that a supplier never reaches another supplier's items through the portal.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossSupplierAccessTests(RegieApp app)
{
    private async Task<(Supplier Supplier, CatalogItem Concept, CatalogItem Published)> VictimAsync()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier B {TestData.Next()}" });
        CatalogItem Item(string title) => new()
        {
            SupplierId = supplier.Id, SupplierName = supplier.Name, SupplierReference = $"B-{TestData.Next()}", Title = title, Summary = "s", Description = "d",
            Kind = ItemKind.Software, Sectors = SchoolSectors.Po, PriceExclVat = 5m, Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea },
        };
        var concept = Item($"Geheim concept B {TestData.Next()}");
        var published = Item($"Gepubliceerd B {TestData.Next()}");
        published.Publish(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.CatalogItems.AddRange(concept, published); return await db.SaveChangesAsync(); });
        return (supplier, concept, published);
    }

    private async Task<HttpClient> OtherSupplierAsync()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier A {TestData.Next()}" });
        return await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier, Roles.Administrator)).Email!);
    }

    private Task<string> SnapshotAsync(Supplier supplier) => app.WithDbAsync(async db => string.Join("|",
        await db.CatalogItems.Where(i => i.SupplierId == supplier.Id).OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.Version}:{i.Status}:{i.Title}").ToListAsync()));

    [Fact]
    public async Task EveryPortalRoute_WithAnotherSuppliersItem_IsNotFound()
    {
        var (victim, concept, published) = await VictimAsync();
        var client = await OtherSupplierAsync();
        var before = await SnapshotAsync(victim);
        var routes = RouteCatalog.Discover(app).Where(r => r.TakesId && r.Template.StartsWith("Market/Portal", StringComparison.Ordinal)).ToList();

        var failures = new List<string>();
        foreach (var route in routes)
        foreach (var item in new[] { concept, published })
        {
            var url = route.Url(item.Id);
            var get = await client.GetAsync(url);
            if (get.StatusCode != HttpStatusCode.NotFound) failures.Add($"GET {url} → {(int)get.StatusCode}");
            foreach (var handler in route.PostHandlers)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                var post = await client.PostFormAsync(target, new() { ["version"] = item.Version.ToString(), ["Input.Title"] = "Overgenomen", ["Input.Version"] = item.Version.ToString() });
                if (post.StatusCode != HttpStatusCode.NotFound) failures.Add($"POST {target} → {(int)post.StatusCode} {post.Location()}");
            }
        }

        Assert.NotEmpty(routes);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync(victim));
    }

    [Fact]
    public async Task OtherMarketRoutes_NeverShowAnotherSuppliersConcept()
    {
        var (_, concept, _) = await VictimAsync();
        var client = await OtherSupplierAsync();

        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.TakesId && r.IsPage && r.Template.StartsWith("Market/", StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(route.Url(concept.Id));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && body.Contains(concept.Title, StringComparison.Ordinal))
                failures.Add($"GET {route.Url(concept.Id)} shows the concept");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task PortalListsAndExports_NeverShowAnotherSuppliersItems()
    {
        var (_, concept, published) = await VictimAsync();
        var client = await OtherSupplierAsync();

        var leaks = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.IsPage && !r.TakesId && r.Template.StartsWith("Market/Portal", StringComparison.Ordinal)))
        {
            var url = route.Url(Guid.Empty);
            foreach (var target in new[] { url, $"{url}?Status=alle", $"{url}?handler=Export&format=csv", $"{url}?handler=Export&format=csv&Status=alle" })
            {
                var body = await (await client.GetAsync(target)).Content.ReadAsStringAsync();
                leaks.AddRange(new[] { concept.Title, published.Title, concept.SupplierReference! }
                    .Where(secret => body.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{target} shows '{secret}'"));
            }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
