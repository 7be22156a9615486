using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Register;

/// <summary>A group (class) of a school, identified by the key the student administration gives it.</summary>
public sealed class PupilGroup : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SchoolId { get; init; }
    [Display(Name = "Groepscode")] public string Key { get; set; } = "";
    [Display(Name = "Groepsnaam")] public string Name { get; set; } = "";
    [Display(Name = "Jaargroep")] public int? YearGroup { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public void Archive(DateTimeOffset now) => ArchivedAt ??= now;
    public void Restore() => ArchivedAt = null;

    /// <summary>How pages name the group: administrations call it "Groep 5A", "5A" or "Zonnebloemen"; never "Groep Groep 5A".</summary>
    public string Title => Label(Name, Key);

    public static string Label(string? name, string key)
    {
        var text = string.IsNullOrWhiteSpace(name) ? key : name.Trim();
        return text.StartsWith("groep", StringComparison.OrdinalIgnoreCase) ? text : $"Groep {text}";
    }
}

/// <summary>A teacher of a group: sees that group's pupils by name on the dashboard.</summary>
public sealed class GroupTeacher : IAudited, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid GroupId { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A user's role for one school in the chain: school leader, ICT coordinator or privacy contact.</summary>
public sealed class SchoolAssignment : IAudited, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid SchoolId { get; init; }
    public Guid UserId { get; init; }
    public SchoolAssignmentKind Kind { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
