using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Regie.Web.Infrastructure.Api;

/// <summary>The document's title, description and the one way to authenticate: an API key in a header.</summary>
public sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public const string SecurityScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Regie API",
            Version = "v1",
            Description = "Beheer het aanbod van uw organisatie in de Regie-markt vanuit uw eigen systemen. " +
                          "Elke aanroep heeft een API-sleutel nodig in de kop X-Api-Key; sleutels maakt u in Regie onder API-sleutels. " +
                          "Fouten volgen RFC 7807 (application/problem+json) met Nederlandse meldingen.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyHandler.Header,
            Description = "De volledige API-sleutel, bijvoorbeeld regie_0123456789ab.…; ook toegestaan als 'Authorization: Bearer regie_…'.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
