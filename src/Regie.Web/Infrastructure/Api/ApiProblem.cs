using Microsoft.AspNetCore.Http.HttpResults;

namespace Regie.Web.Infrastructure.Api;

/// <summary>RFC 7807 problem details with Dutch texts: the one error format of the API.</summary>
public static class ApiProblem
{
    public static ProblemHttpResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    public static ProblemHttpResult NotFound() =>
        Of(StatusCodes.Status404NotFound, "Niet gevonden", "Er is geen product of dienst van uw organisatie met deze id.");

    /// <summary>Field errors, keyed by the JSON field name (with an index for batches: "items[3].title").</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors, string detail = "Niet alle velden zijn goed ingevuld. Er is niets opgeslagen.") =>
        TypedResults.ValidationProblem(errors, detail, title: "Ongeldige invoer");

    public static Task Write(HttpContext context, int status, string title, string detail) => Of(status, title, detail).ExecuteAsync(context);
}
