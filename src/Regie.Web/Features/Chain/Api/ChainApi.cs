using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Regie.Web.Infrastructure.Api;

namespace Regie.Web.Features.Chain.Api;

/// <summary>The chain under /api/v1: rosters out (pseudonyms, groups, year groups — nothing else) and learning results in.</summary>
public static class ChainApi
{
    public static RouteGroupBuilder MapChainApi(this RouteGroupBuilder api)
    {
        var chain = api.MapGroup("/chain").WithTags("Leerlinggegevens en leerresultaten")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);

        chain.MapGet("/rosters", RosterReads.ListAsync).RequireAuthorization(ApiPolicies.RosterRead).WithName("ListRosters")
            .WithSummary("Deelregels opvragen")
            .WithDescription("De deelregels die schoolbesturen voor uw organisatie hebben vastgelegd, per product, met het aantal scholen. " +
                             "Status geblokkeerd betekent dat er (nog) geen passende ondertekende verwerkersovereenkomst is; de reden staat erbij.");
        chain.MapGet("/rosters/{id:guid}", RosterReads.GetAsync).RequireAuthorization(ApiPolicies.RosterRead).WithName("GetRoster")
            .Produces<Roster>(StatusCodes.Status200OK, "application/json", "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Leerlinglijst ophalen")
            .WithDescription("Per school de gedeelde groepen en leerlingen: alleen een pseudoniem per leerling en, als de deelregel dat deelt, de groep en de jaargroep. " +
                             "Nooit namen, nummers of geboortedatums. Met ?format=xml (of Accept: application/xml) in de vorm van UWLR-leerlinggegevens. " +
                             "Zonder ondertekende verwerkersovereenkomst volgt 403 met de reden.");
        chain.MapPost("/rosters/{id:guid}/results", ResultIntake.DeliverAsync).RequireAuthorization(ApiPolicies.ResultsWrite).WithName("DeliverResults")
            .AddOpenApiOperationTransformer(DescribeDeliveryBodyAsync)
            .Produces<DeliveryReceipt>(StatusCodes.Status201Created).Produces<DeliveryReceipt>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Leerresultaten aanleveren")
            .WithDescription($"Tot {DeliveryCheck.MaxResults:N0} resultaten als JSON, of als UWLR-leerresultaten (XML). De hele levering wordt eerst gecontroleerd; " +
                             "bij één fout wordt niets opgeslagen en volgt 422 met per record wat er mis is. Dezelfde levering nogmaals geeft 200 met het eerste ontvangstbewijs. " +
                             "Zie docs/chain-api.md voor voorbeelden.");
        return api;
    }

    /// <summary>
    /// The body is read by hand (it is hashed before parsing, and XML is accepted too), so it is described here: an
    /// Accepts() would make routing answer other content types with the API's 404 instead of our 415.
    /// </summary>
    private static async Task DescribeDeliveryBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var json = await context.GetOrCreateSchemaAsync(typeof(DeliveryInput), null, ct);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = json },
                ["application/xml"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = $"Een UWLR-leerresultaten_verzoek met namespace {LeerresultatenXml.Namespace}; zie docs/chain-api.md.",
                    },
                },
            },
        };
    }
}
