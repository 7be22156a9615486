using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>
/// What a supplier receives for one product: the schools and groups (<see cref="SharingScope"/>), the fields besides the
/// pseudonym, and whether the pupil's ECK iD replaces the supplier's own pseudonym. Without a rule nothing is shared.
/// </summary>
public sealed class SharingRule : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SupplierId { get; init; }
    public Guid CatalogItemId { get; init; }
    [Display(Name = "Velden")] public SharedFields Fields { get; set; }
    [Display(Name = "ECK iD gebruiken")] public bool UseEckId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }
    public List<SharingScope> Scopes { get; init; } = [];

    public void Archive(DateTimeOffset now) => ArchivedAt ??= now;
    public void Restore() => ArchivedAt = null;

    /// <summary>Makes the scopes exactly the wanted ones; returns what came and went, for the caller to add and delete.</summary>
    public (IReadOnlyList<SharingScope> Added, IReadOnlyList<SharingScope> Gone) SetScopes(IReadOnlyCollection<(Guid SchoolId, Guid? GroupId)> wanted)
    {
        var gone = Scopes.Where(s => !wanted.Contains((s.SchoolId, s.GroupId))).ToList();
        foreach (var scope in gone) Scopes.Remove(scope);
        var added = wanted.Distinct().Where(w => !Scopes.Any(s => s.SchoolId == w.SchoolId && s.GroupId == w.GroupId))
            .Select(w => new SharingScope { BoardId = BoardId, RuleId = Id, SchoolId = w.SchoolId, GroupId = w.GroupId }).ToList();
        Scopes.AddRange(added);
        return (added, gone);
    }
}

/// <summary>One school, or one group of it, a sharing rule covers.</summary>
public sealed class SharingScope : IAudited, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid RuleId { get; init; }
    public Guid SchoolId { get; init; }
    /// <summary>Null shares every group of the school.</summary>
    public Guid? GroupId { get; init; }
}
