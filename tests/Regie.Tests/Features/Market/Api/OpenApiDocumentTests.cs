using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;

namespace Regie.Tests.Features.Market.Api;

[Collection(AppCollection.Name)]
public sealed class OpenApiDocumentTests(RegieApp app)
{
    [Fact]
    public async Task Document_IsPublicValidOpenApi3_WithTitleAndKeyScheme()
    {
        var response = await app.CreateBrowser().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("Regie API", document.GetProperty("info").GetProperty("title").GetString());
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Document_ListsEveryApiEndpointTheAppMaps_WithASummary()
    {
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{m.ToLowerInvariant()} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        var document = JsonDocument.Parse(await app.CreateBrowser().GetStringAsync("/openapi/v1.json")).RootElement;
        var documented = new HashSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            documented.Add($"{operation.Name} {Normalize(path.Name)}");
            Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path.Name} has no summary");
        }

        Assert.True(mapped.Count >= 9, string.Join(", ", mapped));
        Assert.Superset(new HashSet<string> { "get /api/v1/chain/rosters", "get /api/v1/chain/rosters/{id}", "post /api/v1/chain/rosters/{id}/results" }, documented);
        Assert.Equal(mapped.Order(), documented.Order());
    }

    [Fact]
    public async Task ReferencePage_IsPublic()
    {
        var anonymous = app.CreateBrowser();
        var response = await anonymous.GetAsync("/api/docs");
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
            response = await anonymous.GetAsync(new Uri(new Uri("http://localhost/api/docs"), response.Location()));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Location()}");
        Assert.Contains("Regie API", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiPath_IsAJson404_NotALoginRedirect()
    {
        var response = await app.CreateBrowser().GetAsync("/api/v1/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>"/api/v1/catalog/items/{id:guid}" and "/api/v1/catalog/items/{id}" are the same path.</summary>
    private static string Normalize(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([^}:]+)(:[^}]*)?\}", "{$1}").TrimEnd('/');
}
