using Microsoft.AspNetCore.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.Authorization;

/// <summary>
/// What a user may do, as authorization policies. Each capability is one case in
/// <see cref="CapabilityHandler"/>: the only place that maps roles and organization kinds to rights.
/// </summary>
public static class Capabilities
{
    public const string ViewSchools = nameof(ViewSchools);
    public const string ManageSchools = nameof(ManageSchools);
    public const string ManageUsers = nameof(ManageUsers);
    public const string EditOrganizationProfile = nameof(EditOrganizationProfile);
    public const string ViewCooperativeMembers = nameof(ViewCooperativeMembers);
    public const string ViewSectorOverview = nameof(ViewSectorOverview);

    public static readonly IReadOnlyList<string> All =
        [ViewSchools, ManageSchools, ManageUsers, EditOrganizationProfile, ViewCooperativeMembers, ViewSectorOverview];

    public static void AddRegiePolicies(this AuthorizationOptions options)
    {
        foreach (var capability in All)
            options.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().AddRequirements(new CapabilityRequirement(capability)));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

public sealed record CapabilityRequirement(string Capability) : IAuthorizationRequirement;

public sealed class CapabilityHandler : AuthorizationHandler<CapabilityRequirement>
{
    private static readonly string[] BoardRoles =
        [Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Teacher, Roles.Administrator];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        var user = context.User;
        var kind = Enum.TryParse<OrganizationKind>(user.FindFirst(TenantContext.OrganizationKindClaim)?.Value, out var k) ? k : (OrganizationKind?)null;
        bool Any(params string[] roles) => roles.Any(user.IsInRole);

        var allowed = requirement.Capability switch
        {
            Capabilities.ViewSchools => kind == OrganizationKind.Board && Any(BoardRoles),
            Capabilities.ManageSchools => kind == OrganizationKind.Board && Any(Roles.Administrator),
            Capabilities.ManageUsers => kind is not null && Any(Roles.Administrator),
            Capabilities.EditOrganizationProfile => kind switch
            {
                OrganizationKind.Board => Any(Roles.Administrator, Roles.Executive),
                OrganizationKind.Supplier => Any(Roles.Supplier, Roles.Administrator),
                OrganizationKind.Cooperative => Any(Roles.Cooperative, Roles.Administrator),
                OrganizationKind.SectorOffice => Any(Roles.PolicyAdviser, Roles.Administrator),
                _ => false,
            },
            Capabilities.ViewCooperativeMembers => kind == OrganizationKind.Cooperative && Any(Roles.Cooperative, Roles.Administrator),
            Capabilities.ViewSectorOverview => kind == OrganizationKind.SectorOffice && Any(Roles.PolicyAdviser, Roles.Administrator),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
