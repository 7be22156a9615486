using Regie.Web.Features.Procurement.Offers;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The offer deadline: suppliers work on their offers before it, the board opens them after it.</summary>
public sealed partial class ProcurementProject
{
    /// <summary>Without a deadline no offer is accepted, so the tender counts as closed.</summary>
    public bool OfferDeadlinePassed(DateTimeOffset now) => OfferDeadline is not { } deadline || now >= deadline;

    public bool AcceptsOffers(DateTimeOffset now) => IsOpen && !OfferDeadlinePassed(now);

    public bool OffersOpened => Status is ProjectStatus.Evaluation or ProjectStatus.Awarded or ProjectStatus.Contracted;

    public bool CanOpenOffers(DateTimeOffset now) => IsOpen && OfferDeadlinePassed(now) && OfferDeadline is not null;

    /// <summary>
    /// Opens the quality envelopes of the submitted offers and moves the project to evaluation. Drafts and withdrawn
    /// offers stay sealed: they were never (or no longer) offered.
    /// </summary>
    public void OpenOffers(IEnumerable<Offer> offers, DateTimeOffset now)
    {
        if (!IsOpen) throw new EnvelopeClosedException("De inschrijvingen van dit inkooptraject zijn al geopend of het traject staat niet open.");
        if (!CanOpenOffers(now)) throw new EnvelopeClosedException("De inschrijvingen kunnen pas worden geopend als de inschrijftermijn is verstreken.");
        foreach (var offer in offers.Where(o => o.ProjectId == Id && o.Status == OfferStatus.Submitted))
            offer.QualityOpenedAt = now;
        Status = ProjectStatus.Evaluation;
    }
}
