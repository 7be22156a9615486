using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;

namespace Regie.Tests.Tenancy;

public sealed record AppRoute(string Template, IReadOnlyList<string> PostHandlers, bool IsPage)
{
    public bool TakesId => Template.Contains("{id", StringComparison.Ordinal);

    /// <summary>A concrete URL: the record id where the route takes one, a known import kind for {kind}, scenario 2 for {number}.</summary>
    public string Url(Guid id) => "/" + Template
        .Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
        .Replace("{kind}", "schools", StringComparison.Ordinal)
        .Replace("{number:int:range(1,5)}", "2", StringComparison.Ordinal)
        .TrimStart('/');

    public override string ToString() => Template;
}

/// <summary>Every route the app serves, read from its endpoint table, so a new page is covered without touching the tests.</summary>
public static class RouteCatalog
{
    public static IReadOnlyList<AppRoute> Discover(RegieApp app)
    {
        var routes = new Dictionary<string, AppRoute>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (template.Length == 0 && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null) continue;
            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
            var handlers = page?.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name ?? "").Distinct().ToList() ?? [];
            // "/Schools/Index" is also routed as "/Schools"; one of the two is enough.
            var key = page?.ViewEnginePath ?? template;
            if (!routes.TryGetValue(key, out var known) || template.Length < known.Template.Length)
                routes[key] = new AppRoute(template, handlers, page is not null);
        }
        return routes.Values.OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }
}
