using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>One offer's costs over the horizon, from its opened price sheet.</summary>
public sealed record OfferCost(Guid OfferId, string SupplierName, decimal OneOff, decimal Yearly, decimal Total, PriceSheet Sheet);

/// <summary>The outcome of the evaluation once the prices are open: the ranking and the cost comparison.</summary>
public sealed record EvaluationResults(PriceQualityRules Rules, IReadOnlyList<RankedOffer> Ranking, IReadOnlyList<OfferCost> Costs)
{
    public RankedOffer? Best => Ranking.FirstOrDefault();

    /// <summary>Null until the quality scores are final (the price envelopes are closed until then).</summary>
    public static async Task<EvaluationResults?> LoadAsync(RegieDbContext db, OfferEnvelopes envelopes, ProcurementProject project, DateTimeOffset now, CancellationToken ct)
    {
        if (project.QualityFinalAt is null) return null;
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.ProjectId == project.Id && o.Status == OfferStatus.Submitted && o.QualityPercentage != null && o.TcoTotal != null)
            .OrderBy(o => o.SupplierName).ToListAsync(ct);
        var rules = PriceQualityRules.For(project);
        // Finalizing checked the rules; should they be edited into something unusable afterwards, show no ranking rather than fail.
        if (rules.Problem() is not null) return null;
        var ranking = PriceQualityScoring.Rank(rules, offers.Select(o => new OfferToRank(o.Id, o.SupplierName, o.QualityPercentage!.Value, o.TcoTotal!.Value)).ToList());
        var costs = offers.Select(o =>
        {
            var sheet = envelopes.OpenPrice(project, o, now);
            return new OfferCost(o.Id, o.SupplierName, PriceQualityScoring.OneOff(sheet), PriceQualityScoring.Yearly(sheet),
                PriceQualityScoring.TotalCost(sheet, project.TcoYears), sheet);
        }).OrderBy(c => ranking.First(r => r.OfferId == c.OfferId).Rank).ToList();
        return new EvaluationResults(rules, ranking, costs);
    }
}
