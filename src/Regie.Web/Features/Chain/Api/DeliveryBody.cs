using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Web.Infrastructure.Api;

namespace Regie.Web.Features.Chain.Api;

/// <summary>A delivery's raw content, read whole (it is hashed for idempotency before it is parsed), up to a size limit.</summary>
public sealed record DeliveryBody(byte[] Content, int Length, ResultFormat Format)
{
    public const long MaxBytes = 100L * 1024 * 1024;

    public ReadOnlyMemory<byte> Bytes => Content.AsMemory(0, Length);

    /// <summary>SHA-256 over the rule and the content: the same bytes for another rule are another delivery.</summary>
    public string Hash(Guid ruleId)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(ruleId.ToByteArray());
        sha.AppendData(Content, 0, Length);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static async Task<(DeliveryBody? Body, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var format = request.HasJsonContentType() ? ResultFormat.Json
            : request.ContentType is { } type && (type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase)) ? ResultFormat.UwlrXml
            : (ResultFormat?)null;
        if (format is null)
            return (null, ApiProblem.Of(StatusCodes.Status415UnsupportedMediaType, "Verkeerd formaat",
                "Stuur de resultaten als JSON (Content-Type: application/json) of als UWLR-leerresultaten (Content-Type: application/xml)."));
        if (request.ContentLength > MaxBytes) return (null, TooLarge());
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBytes + 1;

        var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 64 * 1024);
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBytes) return (null, TooLarge());
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        if (buffer.Length == 0)
            return (null, ApiProblem.Of(StatusCodes.Status400BadRequest, "Lege invoer", "De levering is leeg. Stuur de resultaten mee in de body."));
        return (new DeliveryBody(buffer.GetBuffer(), (int)buffer.Length, format.Value), null);
    }

    private static ProblemHttpResult TooLarge() =>
        ApiProblem.Of(StatusCodes.Status413PayloadTooLarge, "Levering te groot",
            $"Een levering is hoogstens {MaxBytes / (1024 * 1024)} MB. Verdeel de resultaten over meer leveringen van hoogstens {DeliveryCheck.MaxResults:N0} resultaten.");
}
