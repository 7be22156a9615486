using System.Security.Claims;

namespace Regie.Web.Infrastructure.Tenancy;

/// <summary>
/// Who is acting and for which organization. Web requests read it from the signed-in user;
/// background jobs set it explicitly with <see cref="RunAs"/>.
/// </summary>
public sealed class TenantContext(IHttpContextAccessor accessor)
{
    public const string OrganizationClaim = "regie:org";
    public const string OrganizationKindClaim = "regie:orgkind";
    public const string DisplayNameClaim = "regie:name";

    /// <summary>For work outside any request and organization, such as migrations and demo data.</summary>
    public static readonly TenantContext Nobody = new(new HttpContextAccessor());

    private (Guid OrganizationId, OrganizationKind Kind, Guid? UserId, string UserName)? _explicit;

    public Guid? OrganizationId => _explicit?.OrganizationId ?? ParseGuid(Principal?.FindFirstValue(OrganizationClaim));

    public OrganizationKind? Kind => _explicit?.Kind
        ?? (Enum.TryParse<OrganizationKind>(Principal?.FindFirstValue(OrganizationKindClaim), out var kind) ? kind : null);

    public Guid? UserId => _explicit is { } e ? e.UserId : ParseGuid(Principal?.FindFirstValue(ClaimTypes.NameIdentifier));

    public string UserName => _explicit?.UserName ?? Principal?.FindFirstValue(DisplayNameClaim) ?? Principal?.Identity?.Name ?? "systeem";

    public void RunAs(Guid organizationId, OrganizationKind kind, Guid? userId, string userName) =>
        _explicit = (organizationId, kind, userId, userName);

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
