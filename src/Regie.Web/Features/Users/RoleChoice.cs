using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Users;

public sealed record RoleChoice(string Key, string Label, string Description, bool Selected)
{
    public static IReadOnlyList<RoleChoice> For(OrganizationKind kind, IEnumerable<string> selected) =>
        Roles.For(kind).Select(r => new RoleChoice(r.Key, r.Label, r.Description, selected.Contains(r.Key))).ToList();

    /// <summary>Only roles that fit the organization kind can be given; anything else in the form is ignored.</summary>
    public static List<string> Allowed(OrganizationKind kind, IEnumerable<string>? posted) =>
        Roles.For(kind).Select(r => r.Key).Intersect(posted ?? []).ToList();
}
