using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Regie.Web.Features.Chain.Api;
using Regie.Web.Features.Market.Api;
using Regie.Web.Features.Market.Import;
using Regie.Web.Features.Procurement.Api;
using Regie.Web.Infrastructure.Import;
using Scalar.AspNetCore;

namespace Regie.Web.Infrastructure.Api;

public static class ApiSetup
{
    public const string DocumentName = "v1";
    public const string Prefix = "/api/v1";

    public static WebApplicationBuilder AddRegieApi(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Regie:Api").Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        builder.Services.Configure<AuthorizationOptions>(o => o.AddApiPolicies());
        builder.Services.AddSingleton<IAuthorizationHandler, ApiScopeHandler>();
        builder.Services.AddRateLimiter(o => ApiRateLimit.Configure(o, limits));
        builder.Services.ConfigureHttpJsonOptions(ApiJson.Configure);
        // The supplier's two bulk channels: this API and the catalogue import share CatalogItemInput.
        builder.Services.AddScoped<IImportDefinition, CatalogItemImport>();
        builder.Services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocument>();
        });
        return builder;
    }

    public static WebApplication UseRegieApi(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // API answers carry their own problem+json body; the HTML error page must not replace it.
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o
                .WithTitle("Regie API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(DocumentName)
                .AddPreferredSecuritySchemes(ApiDocument.SecurityScheme))
            .AllowAnonymous();
        app.MapGroup(Prefix).RequireRateLimiting(ApiRateLimit.Policy).MapCatalogApi().MapProcurementApi().MapChainApi();
        // Without this an unknown API path would meet the app's fallback policy and redirect to the login page.
        app.MapFallback("/api/{**path}", () => ApiProblem.Of(StatusCodes.Status404NotFound, "Niet gevonden",
                "Deze API-route bestaat niet. Alle routes staan in /openapi/v1.json en op /api/docs."))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
