using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Needs;

public enum ProposalStatus
{
    [Display(Name = "Concept")] Draft = 1,
    [Display(Name = "Voorgelegd aan besturen")] Proposed = 2,
    [Display(Name = "Aanbesteding in voorbereiding")] Tendering = 3,
    [Display(Name = "Gestopt")] Dropped = 4,
}

/// <summary>A cooperative's proposal to buy together for similar needs shared by member boards.</summary>
public sealed class BundlingProposal : IAudited, IVersioned, IArchivable, IOrganizationOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>The cooperative.</summary>
    public Guid OrganizationId { get; init; }
    [Display(Name = "Titel")] public string Title { get; set; } = "";
    [Display(Name = "Toelichting")] public string? Description { get; set; }
    [Display(Name = "Status")] public ProposalStatus Status { get; set; } = ProposalStatus.Draft;
    /// <summary>Why Regie grouped the needs, kept as it was when the proposal was made.</summary>
    [Display(Name = "Waarom gegroepeerd")] public string GroupingReason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public List<BundlingProposalNeed> Needs { get; init; } = [];
}

/// <summary>A shared need in a proposal. Deliberately not board-owned: the cooperative owns the link.</summary>
public sealed class BundlingProposalNeed : IOrganizationOwned
{
    public Guid ProposalId { get; init; }
    public Guid NeedId { get; init; }
    public Guid OrganizationId { get; init; }
}
