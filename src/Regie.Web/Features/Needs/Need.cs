using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

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
public sealed class Need : IAudited, IVersioned, IArchivable, IStampedPerBoard
{
    public const int StoryPartMax = 1000;
    public const int TextMax = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }

    private string _asRole = "";
    private string _want = "";
    private string _soThat = "";

    [Display(Name = "Als")] public string AsRole { get => _asRole; set { _asRole = value; RefreshSearchText(); } }
    [Display(Name = "wil ik")] public string Want { get => _want; set { _want = value; RefreshSearchText(); } }
    [Display(Name = "zodat")] public string SoThat { get => _soThat; set { _soThat = value; RefreshSearchText(); } }

    /// <summary>The story in lower case without accents, so the list searches it with one LIKE on one column.</summary>
    public string SearchText { get; private set; } = "";
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

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Still waiting for a result: not finished and not turned down.</summary>
    public bool IsOpen => Status is not (NeedStatus.Done or NeedStatus.Rejected);

    public bool CanStartHandling => Status == NeedStatus.Submitted;
    public bool CanTakeUp => Status == NeedStatus.InProgress;
    public bool CanComplete => Status == NeedStatus.TakenUp;
    public bool CanReject => Status is NeedStatus.Submitted or NeedStatus.InProgress;

    public void StartHandling()
    {
        Require(CanStartHandling, "Only a submitted need can be taken into handling.");
        Status = NeedStatus.InProgress;
    }

    public void TakeUp(Guid initiativeId)
    {
        Require(CanTakeUp, "Only a need in handling can be taken up.");
        InitiativeId = initiativeId;
        Status = NeedStatus.TakenUp;
    }

    public void Complete()
    {
        Require(CanComplete, "Only a taken-up need can be completed.");
        Status = NeedStatus.Done;
    }

    public void Reject(string reason)
    {
        Require(CanReject, "Only a submitted need or one in handling can be rejected.");
        Require(!string.IsNullOrWhiteSpace(reason), "A rejection needs a reason.");
        RejectionReason = reason.Trim();
        Status = NeedStatus.Rejected;
    }

    public void Share(DateTimeOffset now)
    {
        Require(SharedAt is null, "The need is already shared.");
        SharedAt = now;
    }

    public void StopSharing()
    {
        Require(SharedAt is not null, "The need is not shared.");
        SharedAt = null;
    }

    public void LinkToWorkingGroup(Guid? workingGroupId) => WorkingGroupId = workingGroupId;

    public void Archive(DateTimeOffset now)
    {
        Require(!IsArchived, "The need is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        Require(IsArchived, "The need is not archived.");
        ArchivedAt = null;
    }

    private void RefreshSearchText() => SearchText = SearchTerms.Normalize($"{_asRole} {_want} {_soThat}");

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException(message);
    }
}

/// <summary>A school a need concerns.</summary>
public sealed class NeedSchool : IStampedPerBoard
{
    string IStamped.StampKind => nameof(Need);

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

    public bool IsArchived => ArchivedAt is not null;

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("The word is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("The word is not archived.");
        ArchivedAt = null;
    }
}
