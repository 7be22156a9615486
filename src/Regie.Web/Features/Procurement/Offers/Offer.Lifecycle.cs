using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>An offer's life: drafted, submitted, withdrawn and resubmitted until the deadline, then opened or excluded.</summary>
public sealed partial class Offer
{
    public const int NotesMax = 8000;
    public const int ReasonMax = 2000;

    public bool IsSubmitted => Status == OfferStatus.Submitted;

    /// <summary>The supplier may change the content: before the deadline and while the offer is not submitted.</summary>
    public bool CanEdit(ProcurementProject project, DateTimeOffset now) =>
        project.AcceptsOffers(now) && Status is OfferStatus.Draft or OfferStatus.Withdrawn;

    public bool CanWithdraw(ProcurementProject project, DateTimeOffset now) => project.AcceptsOffers(now) && IsSubmitted;

    /// <summary>Marks the offer submitted as a new revision; <see cref="OfferEnvelopes.Submit"/> reseals the content under it.</summary>
    internal void MarkSubmitted(ProcurementProject project, DateTimeOffset now)
    {
        if (!CanEdit(project, now)) throw new EnvelopeClosedException(project.AcceptsOffers(now)
            ? "Deze inschrijving is al ingediend. Trek haar eerst in om haar te wijzigen."
            : "De termijn is verstreken: inschrijven kan niet meer.");
        Revision++;
        Status = OfferStatus.Submitted;
        SubmittedAt = now;
        WithdrawnAt = null;
    }

    public void Withdraw(ProcurementProject project, DateTimeOffset now)
    {
        if (!CanWithdraw(project, now)) throw new EnvelopeClosedException(project.AcceptsOffers(now)
            ? "Alleen een ingediende inschrijving kan worden ingetrokken."
            : "De termijn is verstreken: intrekken kan niet meer.");
        Status = OfferStatus.Withdrawn;
        WithdrawnAt = now;
    }

    public bool CanExclude(ProcurementProject project) =>
        project.Status == ProjectStatus.Evaluation && project.QualityFinalAt is null && QualityOpenedAt is not null && Status == OfferStatus.Submitted;

    /// <summary>Excludes an opened offer (for example for failing a knock-out requirement), with the board's reason.</summary>
    public void Exclude(ProcurementProject project, string reason)
    {
        if (project.QualityFinalAt is not null)
            throw new EnvelopeClosedException("De kwaliteitsscores zijn al definitief; uitsluiten kan niet meer.");
        if (!CanExclude(project))
            throw new EnvelopeClosedException("Alleen een geopende inschrijving kan tijdens de beoordeling worden uitgesloten.");
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
        Status = OfferStatus.Excluded;
        ExclusionReason = reason.Trim();
    }
}
