using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Needs;

/// <summary>A group of colleagues that works out needs, with a mandate saying what it may decide.</summary>
public sealed class WorkingGroup : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    [Display(Name = "Naam")] public string Name { get; set; } = "";
    [Display(Name = "Opdracht en mandaat")] public string Mandate { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public List<WorkingGroupMember> Members { get; init; } = [];
}

public sealed class WorkingGroupMember : IBoardOwned
{
    public Guid WorkingGroupId { get; init; }
    public Guid UserId { get; init; }
    public Guid BoardId { get; init; }
    [Display(Name = "Rol in de werkgroep")] public string? Role { get; set; }
    public DateTimeOffset AddedAt { get; init; }
}

public sealed class MeetingNote : IAudited, IVersioned, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid WorkingGroupId { get; init; }
    public Guid BoardId { get; init; }
    [Display(Name = "Datum")] public DateOnly MeetingDate { get; set; }
    [Display(Name = "Verslag")] public string Text { get; set; } = "";
    [Display(Name = "Besluiten")] public string? Decisions { get; set; }
    public string AuthorName { get; init; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}
