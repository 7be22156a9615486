using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>
/// Scopes are link rows the audit interceptor records only as ids, and not at all when they go; the rule's own trail
/// says in words which schools and groups it shared before and after.
/// </summary>
public static class RuleAudit
{
    public const string ScopeField = "Scholen en groepen";

    public static AuditEntry ScopesChanged(SharingRule rule, string? before, string after, TenantContext tenant, DateTimeOffset now) => new()
    {
        OrganizationId = rule.BoardId,
        EntityType = nameof(SharingRule),
        EntityId = rule.Id,
        Action = AuditAction.Updated,
        UserId = tenant.UserId,
        UserName = tenant.UserName,
        At = now,
        Changes = [new AuditChange(ScopeField, before, after)],
    };
}
