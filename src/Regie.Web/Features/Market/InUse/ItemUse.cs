using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.InUse;

/// <summary>A catalogue item the board uses, at which of its schools and for which building block.</summary>
public sealed class ItemUse : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public const int NoteMax = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ItemId { get; init; }
    [Display(Name = "Bouwsteen")] public BuildingBlocks Block { get; set; }
    [Display(Name = "In gebruik sinds")] public DateOnly? Since { get; set; }
    [Display(Name = "Toelichting")] public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public List<ItemUseSchool> Schools { get; init; } = [];

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Replaces the schools that use the item: rows for schools no longer chosen go, new ones are added.</summary>
    public void UseAt(IEnumerable<Guid> schoolIds)
    {
        var chosen = schoolIds.ToHashSet();
        Schools.RemoveAll(s => !chosen.Contains(s.SchoolId));
        foreach (var id in chosen.Where(id => Schools.All(s => s.SchoolId != id)))
            Schools.Add(new ItemUseSchool { ItemUseId = Id, SchoolId = id, BoardId = BoardId });
    }

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("Already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("Not archived.");
        ArchivedAt = null;
    }
}

public sealed class ItemUseSchool : IBoardOwned
{
    public Guid ItemUseId { get; init; }
    public Guid SchoolId { get; init; }
    public Guid BoardId { get; init; }
}
