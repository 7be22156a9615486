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
    [Display(Name = "Status")] public ProposalStatus Status { get; private set; } = ProposalStatus.Draft;
    /// <summary>Why Regie grouped the needs, kept as it was when the proposal was made.</summary>
    [Display(Name = "Waarom gegroepeerd")] public string GroupingReason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public List<BundlingProposalNeed> Needs { get; init; } = [];

    public bool IsArchived => ArchivedAt is not null;
    public bool CanPropose => Status == ProposalStatus.Draft && !IsArchived;
    public bool CanStartTendering => Status == ProposalStatus.Proposed && !IsArchived;
    public bool CanDrop => Status is ProposalStatus.Draft or ProposalStatus.Proposed && !IsArchived;
    public bool CanReopen => Status == ProposalStatus.Dropped && !IsArchived;

    /// <summary>A draft for the needs of one group Regie found, keeping why they were grouped.</summary>
    public static BundlingProposal ForGroup(Guid cooperativeId, string title, string? description, string groupingReason, IEnumerable<Guid> needIds)
    {
        var proposal = new BundlingProposal { OrganizationId = cooperativeId, Title = title.Trim(), Description = description?.Trim(), GroupingReason = groupingReason };
        proposal.Needs.AddRange(needIds.Distinct().Select(id => new BundlingProposalNeed { ProposalId = proposal.Id, NeedId = id, OrganizationId = cooperativeId }));
        if (proposal.Needs.Count < 2) throw new InvalidOperationException("A proposal bundles at least two needs.");
        return proposal;
    }

    public void Propose() => Move(CanPropose, ProposalStatus.Proposed);
    public void StartTendering() => Move(CanStartTendering, ProposalStatus.Tendering);
    public void Drop() => Move(CanDrop, ProposalStatus.Dropped);
    public void Reopen() => Move(CanReopen, ProposalStatus.Draft);

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("The proposal is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("The proposal is not archived.");
        ArchivedAt = null;
    }

    private void Move(bool allowed, ProposalStatus to)
    {
        if (!allowed) throw new InvalidOperationException($"A proposal in status {Status} cannot move to {to}.");
        Status = to;
    }
}

/// <summary>A shared need in a proposal. Deliberately not board-owned: the cooperative owns the link.</summary>
public sealed class BundlingProposalNeed : IOrganizationOwned
{
    public Guid ProposalId { get; init; }
    public Guid NeedId { get; init; }
    public Guid OrganizationId { get; init; }
}
