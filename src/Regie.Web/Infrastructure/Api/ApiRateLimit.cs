using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Regie.Web.Infrastructure.Api;

public sealed class ApiOptions
{
    /// <summary>Steady rate per key; tokens come back one at a time, spread over the minute.</summary>
    public int RequestsPerMinute { get; set; } = 120;
    /// <summary>How many calls a key may make at once before the steady rate applies.</summary>
    public int Burst { get; set; } = 30;
}

/// <summary>A token bucket per API key, so one busy integration cannot slow the others down.</summary>
public static class ApiRateLimit
{
    public const string Policy = "api";

    public static void Configure(RateLimiterOptions options, ApiOptions limits)
    {
        var perMinute = Math.Max(1, limits.RequestsPerMinute);
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limits.Burst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, http => RateLimitPartition.GetTokenBucketLimiter(
            http.User.FindFirstValue(ApiKeyHandler.KeyIdClaim) ?? http.Connection.RemoteIpAddress?.ToString() ?? "onbekend", _ => bucket));
        options.OnRejected = async (context, _) =>
        {
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : bucket.ReplenishmentPeriod;
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ApiProblem.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, "Te veel verzoeken",
                $"Deze API-sleutel mag {perMinute} verzoeken per minuut doen (en {bucket.TokenLimit} tegelijk). Probeer het over {seconds} seconden opnieuw, of bundel wijzigingen in één batch.");
        };
    }
}
