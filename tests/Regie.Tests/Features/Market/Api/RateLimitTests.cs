using System.Net;
using Microsoft.AspNetCore.Hosting;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Api;

namespace Regie.Tests.Features.Market.Api;

[Collection(AppCollection.Name)]
public sealed class RateLimitTests(RegieApp app)
{
    [Fact]
    public async Task Flood_Gets429_WithRetryAfterAndDutchBody_PerKey()
    {
        // A second host on the same database, with a limit low enough to hit in a test.
        await using var limited = app.WithWebHostBuilder(b => b
            .UseSetting("Regie:Api:RequestsPerMinute", "2")
            .UseSetting("Regie:Api:Burst", "3"));
        var (_, key, _) = await app.SupplierWithKeyAsync(ApiScopes.CatalogRead);
        var (_, otherKey, _) = await app.SupplierWithKeyAsync(ApiScopes.CatalogRead);
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, key);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await client.GetAsync("/api/v1/catalog/items");
            statuses.Add(last.StatusCode);
        }
        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Add(ApiKeyHandler.Header, otherKey);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 30 }, last.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        var detail = (await last.JsonAsync()).GetProperty("detail").GetString();
        Assert.Contains("2 verzoeken per minuut", detail);
        Assert.Contains("Probeer het over", detail);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/catalog/items")).StatusCode);
    }
}
