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
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public List<WorkingGroupMember> Members { get; init; } = [];

    public bool IsArchived => ArchivedAt is not null;

    public void AddMember(Guid userId, string? role, DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("An archived working group takes no new members.");
        if (Members.Any(m => m.UserId == userId)) throw new InvalidOperationException("The user is already a member.");
        Members.Add(new WorkingGroupMember { WorkingGroupId = Id, BoardId = BoardId, UserId = userId, Role = Clean(role), AddedAt = now });
    }

    public void RemoveMember(Guid userId)
    {
        var member = Members.SingleOrDefault(m => m.UserId == userId) ?? throw new InvalidOperationException("The user is not a member.");
        Members.Remove(member);
    }

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("The working group is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("The working group is not archived.");
        ArchivedAt = null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
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

    public void Rewrite(DateOnly meetingDate, string text, string? decisions)
    {
        MeetingDate = meetingDate;
        Text = text.Trim();
        Decisions = string.IsNullOrWhiteSpace(decisions) ? null : decisions.Trim();
    }
}
