using Microsoft.AspNetCore.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Infrastructure.Api;

/// <summary>The API's authorization policies: a key, of the right kind of organization, with the scope the endpoint needs.</summary>
public static class ApiPolicies
{
    public const string CatalogRead = "api:" + nameof(ApiScopes.CatalogRead);
    public const string CatalogWrite = "api:" + nameof(ApiScopes.CatalogWrite);
    public const string TendersRead = "api:" + nameof(ApiScopes.TendersRead);
    public const string RosterRead = "api:" + nameof(ApiScopes.RosterRead);
    public const string ResultsWrite = "api:" + nameof(ApiScopes.ResultsWrite);

    public static void AddApiPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(CatalogRead, Policy(ApiScopes.CatalogRead));
        options.AddPolicy(CatalogWrite, Policy(ApiScopes.CatalogWrite));
        options.AddPolicy(TendersRead, Policy(ApiScopes.TendersRead));
        options.AddPolicy(RosterRead, Policy(ApiScopes.RosterRead));
        options.AddPolicy(ResultsWrite, Policy(ApiScopes.ResultsWrite));
    }

    private static AuthorizationPolicy Policy(ApiScopes scope) => new AuthorizationPolicyBuilder(ApiKeyHandler.SchemeName)
        .RequireAuthenticatedUser().AddRequirements(new ApiScopeRequirement(scope)).Build();

    /// <summary>The organization kinds that may hold a scope; catalogue and tender scopes belong to suppliers only.</summary>
    public static bool Allows(OrganizationKind kind, ApiScopes scope) =>
        scope is ApiScopes.None || (kind == OrganizationKind.Supplier && (ApiScopes.CatalogRead | ApiScopes.CatalogWrite | ApiScopes.TendersRead | ApiScopes.RosterRead | ApiScopes.ResultsWrite).HasFlag(scope));
}

public sealed record ApiScopeRequirement(ApiScopes Scope) : IAuthorizationRequirement;

public sealed class ApiScopeHandler : AuthorizationHandler<ApiScopeRequirement>
{
    public const string RefusalItem = "regie:api-refusal";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiScopeRequirement requirement)
    {
        var user = context.User;
        var scopes = user.FindAll(ApiKeyHandler.ScopeClaim).Select(c => Enum.TryParse<ApiScopes>(c.Value, out var s) ? s : ApiScopes.None)
            .Aggregate(ApiScopes.None, (all, s) => all | s);
        var kind = Enum.TryParse<OrganizationKind>(user.FindFirst(TenantContext.OrganizationKindClaim)?.Value, out var k) ? k : (OrganizationKind?)null;
        // Writing implies reading: a key that may change an item may also read what it changed.
        var held = scopes.HasFlag(requirement.Scope) || (requirement.Scope == ApiScopes.CatalogRead && scopes.HasFlag(ApiScopes.CatalogWrite));

        string? refusal = null;
        if (kind is not { } organizationKind || !ApiPolicies.Allows(organizationKind, requirement.Scope))
            refusal = "Alleen leveranciers kunnen het aanbod via de API lezen en wijzigen.";
        else if (!held)
            refusal = $"Deze API-sleutel heeft niet het recht '{Enums.Label(requirement.Scope)}'. Maak een sleutel met dat recht aan.";

        if (refusal is null) context.Succeed(requirement);
        else if (context.Resource is HttpContext http) http.Items[RefusalItem] = refusal;
        return Task.CompletedTask;
    }
}
