using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>
/// Fixes the quality scores and only then opens the price envelopes: each offer gets its quality percentage from its
/// decided assessment, its price and total cost from the opened price sheet, and its total score from the ranking.
/// </summary>
public static class QualityFinalization
{
    /// <summary>Applies to tracked entities; the caller saves. Throws <see cref="AwardRuleException"/> when a step is not allowed.</summary>
    public static async Task ApplyAsync(RegieDbContext db, OfferEnvelopes envelopes, ProcurementProject project, DateTimeOffset now, CancellationToken ct)
    {
        var rules = PriceQualityRules.For(project);
        if (rules.Problem() is { } problem) throw new AwardRuleException(problem);
        var offers = await db.Offers.Where(o => o.ProjectId == project.Id && o.Status == OfferStatus.Submitted).ToListAsync(ct);
        if (offers.Count == 0) throw new AwardRuleException("Er zijn geen inschrijvingen om te beoordelen.");
        var assessmentIds = offers.Select(o => o.AssessmentId).OfType<Guid>().ToList();
        var outcomes = await db.Assessments.Where(a => assessmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Status == Infrastructure.Assessments.AssessmentStatus.Decided ? a.OutcomePercentage : null, ct);
        var open = offers.Where(o => o.AssessmentId is not { } a || !outcomes.TryGetValue(a, out var p) || p is null).Select(o => o.SupplierName).ToList();
        if (open.Count > 0) throw new AwardRuleException($"Nog niet over elke inschrijving is besloten: {string.Join(", ", open)}.");

        project.FinalizeQuality(now);
        foreach (var offer in offers) offer.QualityPercentage = outcomes[offer.AssessmentId!.Value];
        OfferPricing.Open(project, offers, envelopes, now);
        var ranking = PriceQualityScoring.Rank(rules, offers.Select(o => new OfferToRank(o.Id, o.SupplierName, o.QualityPercentage!.Value, o.TcoTotal!.Value)).ToList());
        foreach (var offer in offers) offer.TotalScore = ranking.Single(r => r.OfferId == offer.Id).Total;
    }
}
