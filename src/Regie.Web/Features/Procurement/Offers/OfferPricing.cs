using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>The sums of a price sheet, and the opening of the price envelopes once quality scoring is final.</summary>
public static class OfferPricing
{
    /// <summary>The price of the first year: one-off costs plus one year of yearly costs.</summary>
    public static decimal FirstYear(PriceSheet sheet) => PriceQualityScoring.OneOff(sheet) + PriceQualityScoring.Yearly(sheet);

    /// <summary>
    /// Opens the price envelope of every offer still in the running (submitted, not excluded) and stores its totals:
    /// <see cref="Offer.PriceTotal"/> is the first-year price, <see cref="Offer.TcoTotal"/> the total cost over
    /// <see cref="ProcurementProject.TcoYears"/> (<see cref="PriceQualityScoring.TotalCost"/>). Call it when quality
    /// scoring becomes final, after <see cref="ProcurementProject.FinalizeQuality"/>; before that it throws
    /// <see cref="EnvelopeClosedException"/>. Offers opened before are left alone. The caller saves.
    /// </summary>
    public static void Open(ProcurementProject project, IEnumerable<Offer> offers, OfferEnvelopes envelopes, DateTimeOffset now)
    {
        foreach (var offer in offers.Where(o => o.Status == OfferStatus.Submitted && o.PriceOpenedAt is null))
        {
            var sheet = envelopes.OpenPrice(project, offer, now);
            offer.PriceTotal = FirstYear(sheet);
            offer.TcoTotal = PriceQualityScoring.TotalCost(sheet, project.TcoYears);
            offer.PriceOpenedAt = now;
        }
    }
}
