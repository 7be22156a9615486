namespace Regie.Web.Data;

/// <summary>Marks an entity whose changes are written to the audit trail.</summary>
public interface IAudited
{
    Guid Id { get; }
}

/// <summary>Optimistic concurrency: the interceptor bumps the version on every update.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>Records are archived, never deleted.</summary>
public interface IArchivable
{
    DateTimeOffset? ArchivedAt { get; }
}

/// <summary>A record owned by a school board; reads are scoped to the signed-in user's board.</summary>
public interface IBoardOwned
{
    Guid BoardId { get; }
}

/// <summary>A record owned by any tenant (board, supplier, cooperative, sector office).</summary>
public interface IOrganizationOwned
{
    Guid OrganizationId { get; }
}

/// <summary>
/// A record that is not tenant-filtered (public once published, such as catalogue items and reviews) but whose audit
/// trail belongs to one organization: the supplier of an item, the board of a review.
/// </summary>
public interface IAuditOwned
{
    Guid AuditOwnerId { get; }
}
