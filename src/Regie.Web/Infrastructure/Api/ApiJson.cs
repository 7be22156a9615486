using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Regie.Web.Infrastructure.Api;

/// <summary>How the API reads and writes JSON: enums by name; request bodies are read here so bad JSON gets a Dutch message.</summary>
public static class ApiJson
{
    public static void Configure(JsonOptions options)
    {
        options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    /// <summary>The field name a client sends: "PriceExclVat" → "priceExclVat".</summary>
    public static string FieldName(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);

    /// <summary>Reads the body as <typeparamref name="T"/>, or returns the problem to answer with.</summary>
    public static async Task<(T? Body, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, ApiProblem.Of(StatusCodes.Status415UnsupportedMediaType, "Verkeerd formaat",
                "Stuur de gegevens als JSON, met de kop Content-Type: application/json."));
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var body = await request.ReadFromJsonAsync<T>(options, request.HttpContext.RequestAborted);
            return body is null
                ? (null, ApiProblem.Of(StatusCodes.Status400BadRequest, "Lege invoer", "De body is leeg. Stuur een JSON-object mee."))
                : (body, null);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" bij veld '{e.Path.TrimStart('$', '.')}'";
            var line = e.LineNumber is { } l ? $" (regel {l + 1}, positie {(e.BytePositionInLine ?? 0) + 1})" : "";
            return (null, ApiProblem.Of(StatusCodes.Status400BadRequest, "Ongeldige JSON",
                $"De JSON kan niet worden gelezen{where}{line}: een waarde heeft de verkeerde vorm of is onbekend. Controleer de velden met de beschrijving in /api/docs."));
        }
    }
}
