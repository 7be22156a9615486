using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Api;

/// <summary>
/// Signs an API call in as the organization that owns the presented key. The claims are the ones a signed-in user
/// carries, so the tenant filter, the audit trail and the capability checks work for API calls unchanged.
/// </summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RegieDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ScopeClaim = "regie:scope";
    public const string KeyIdClaim = "regie:apikey";
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private string? _refusal;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey() is not { } presented) return AuthenticateResult.NoResult();
        if (!ApiKey.TryParse(presented, out var prefix, out var secret))
            return Refuse("De API-sleutel heeft niet de juiste vorm. Een sleutel begint met 'regie_' en bevat een punt; kopieer hem opnieuw uit Regie.");

        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !key.Matches(secret)) return Refuse("Deze API-sleutel is onbekend. Controleer of u de volledige sleutel meestuurt.");
        var now = clock.GetUtcNow();
        if (key.RevokedAt is not null) return Refuse("Deze API-sleutel is ingetrokken. Maak in Regie een nieuwe sleutel aan.");
        if (!key.IsActiveOn(now)) return Refuse("Deze API-sleutel is verlopen. Gebruik de nieuwe sleutel of maak er een aan in Regie.");

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == key.OrganizationId)
            .Select(o => new { o.Kind, o.Name }).SingleAsync(Context.RequestAborted);
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedPrecision)
        {
            // Bypasses the audit trail on purpose: a use is not a change, and it would write a row every minute.
            await db.ApiKeys.IgnoreQueryFilters().Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var name = $"API-sleutel {key.Name}";
        List<Claim> claims =
        [
            new(ClaimTypes.Name, name),
            new(TenantContext.DisplayNameClaim, name),
            new(TenantContext.OrganizationClaim, key.OrganizationId.ToString()),
            new(TenantContext.OrganizationKindClaim, organization.Kind.ToString()),
            new("regie:orgname", organization.Name),
            new(KeyIdClaim, key.Id.ToString()),
            .. Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None && key.Scopes.HasFlag(s)).Select(s => new Claim(ScopeClaim, s.ToString())),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A browser session is no way into the API: without a key there is no cross-site request to forge.
        var cookie = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (_refusal is null && cookie.Succeeded)
        {
            await ApiProblem.Write(Context, StatusCodes.Status403Forbidden, "Alleen met een API-sleutel",
                $"De API werkt met een API-sleutel in de kop {Header}, niet met een inlogsessie in de browser.");
            return;
        }
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
        await ApiProblem.Write(Context, StatusCodes.Status401Unauthorized, "Geen geldige API-sleutel",
            _refusal ?? $"Stuur een API-sleutel mee in de kop {Header}. Een sleutel maakt u in Regie onder API-sleutels.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var detail = Context.Items[ApiScopeHandler.RefusalItem] as string ?? "Deze API-sleutel geeft geen toegang tot dit onderdeel.";
        return ApiProblem.Write(Context, StatusCodes.Status403Forbidden, "Onvoldoende rechten", detail);
    }

    private string? PresentedKey()
    {
        if (Request.Headers[Header].FirstOrDefault() is { Length: > 0 } key) return key.Trim();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        const string bearer = "Bearer ";
        return authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            && authorization[bearer.Length..].Trim().StartsWith(ApiKey.KeyStart, StringComparison.Ordinal)
            ? authorization[bearer.Length..].Trim()
            : null;
    }

    private AuthenticateResult Refuse(string reason)
    {
        _refusal = reason;
        return AuthenticateResult.Fail(reason);
    }
}
