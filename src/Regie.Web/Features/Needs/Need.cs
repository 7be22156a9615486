using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Needs;

/// <summary>The four pillars of the "Vier in balans" model; ICT only works when all four get attention.</summary>
public enum Pillar
{
    [Display(Name = "Visie")] Vision = 1,
    [Display(Name = "Deskundigheid")] Expertise = 2,
    [Display(Name = "Digitale leermiddelen")] DigitalLearningMaterials = 3,
    [Display(Name = "ICT-infrastructuur")] IctInfrastructure = 4,
}

public enum NeedPriority
{
    [Display(Name = "Moet")] Must = 1,
    [Display(Name = "Zou moeten")] Should = 2,
    [Display(Name = "Zou mooi zijn")] Could = 3,
}

public enum NeedStatus
{
    [Display(Name = "Ingediend")] Submitted = 1,
    [Display(Name = "In behandeling")] InProgress = 2,
    [Display(Name = "Opgepakt")] TakenUp = 3,
    [Display(Name = "Afgerond")] Done = 4,
    [Display(Name = "Afgewezen")] Rejected = 5,
}

/// <summary>
/// A need written as a user story: "Als (rol) wil ik (middel) zodat (doel)". It asks for an outcome, not a product.
/// </summary>
public sealed class Need : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public const int StoryPartMax = 1000;
    public const int TextMax = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }

    [Display(Name = "Als")] public string AsRole { get; set; } = "";
    [Display(Name = "wil ik")] public string Want { get; set; } = "";
    [Display(Name = "zodat")] public string SoThat { get; set; } = "";
    [Display(Name = "Pijler")] public Pillar Pillar { get; set; }
    [Display(Name = "Prioriteit")] public NeedPriority Priority { get; set; } = NeedPriority.Should;
    [Display(Name = "Status")] public NeedStatus Status { get; set; } = NeedStatus.Submitted;
    [Display(Name = "Reden van afwijzing")] public string? RejectionReason { get; set; }

    /// <summary>Set when the need is taken up; procurement projects join here when that module lands.</summary>
    [Display(Name = "Initiatief")] public Guid? InitiativeId { get; set; }
    [Display(Name = "Werkgroep")] public Guid? WorkingGroupId { get; set; }

    /// <summary>When the board shared the need with its cooperative; null while it is the board's own.</summary>
    [Display(Name = "Gedeeld met coöperatie op")] public DateTimeOffset? SharedAt { get; set; }

    public Guid CreatedById { get; init; }
    [Display(Name = "Ingediend door")] public string CreatedByName { get; init; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public List<NeedSchool> Schools { get; init; } = [];

    public string Story => $"Als {AsRole} wil ik {Want} zodat {SoThat}";
}

/// <summary>A school a need concerns.</summary>
public sealed class NeedSchool : IBoardOwned
{
    public Guid NeedId { get; init; }
    public Guid SchoolId { get; init; }
    public Guid BoardId { get; init; }
}

/// <summary>A colleague's support for a need; one per person.</summary>
public sealed class NeedEndorsement : IBoardOwned
{
    public Guid NeedId { get; init; }
    public Guid UserId { get; init; }
    public Guid BoardId { get; init; }
    public string UserName { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class NeedComment : IAudited, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NeedId { get; init; }
    public Guid BoardId { get; init; }
    public Guid AuthorId { get; init; }
    public string AuthorName { get; init; } = "";
    [Display(Name = "Reactie")] public string Text { get; init; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

public enum SolutionTermKind
{
    [Display(Name = "Merk of product")] Brand = 1,
    [Display(Name = "Soort apparaat")] Device = 2,
    [Display(Name = "Schermonderdeel")] ScreenElement = 3,
}

/// <summary>
/// A word that prescribes a solution ("iPad", "een knop"). Regie ships a base list; a board's administrator adds
/// its own words here.
/// </summary>
public sealed class SolutionTerm : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    [Display(Name = "Woord")] public string Term { get; set; } = "";
    [Display(Name = "Soort")] public SolutionTermKind Kind { get; set; }
    [Display(Name = "Tip")] public string? Hint { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }
}
