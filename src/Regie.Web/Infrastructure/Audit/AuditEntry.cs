using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Audit;

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Archived = 3,
    Restored = 4,
    /// <summary>A link record (a teacher of a group, a school role) was removed; the entry keeps what it linked.</summary>
    Removed = 5,
}

/// <summary>One saved change of one record: who, when, and each field's old and new value.</summary>
public sealed class AuditEntry : IOrganizationOwned
{
    public long Id { get; init; }
    public Guid OrganizationId { get; init; }
    public string EntityType { get; init; } = "";
    public Guid EntityId { get; init; }
    public AuditAction Action { get; init; }
    public Guid? UserId { get; init; }
    public string UserName { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public List<AuditChange> Changes { get; init; } = [];
}

public sealed record AuditChange(string Field, string? Old, string? New);
