using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Web.Features.Procurement.Award;

/// <summary>
/// Who the award goes to and why, from the evaluation: the best-ranked offer that has not lapsed as a winner before, and
/// a reason per tenderer written from its own consensus scores and the winner's.
/// </summary>
public sealed record AwardProposal(IReadOnlyList<RankedOffer> Candidates, IReadOnlyList<AwardReason> Reasons)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public RankedOffer? Winner => Candidates.FirstOrDefault();

    /// <summary>Null while the prices are still closed. Offers that won a decision which later lapsed are left out.</summary>
    public static async Task<AwardProposal?> LoadAsync(RegieDbContext db, ProcurementProject project, EvaluationResults? results, CancellationToken ct,
        Guid? lapsingWinner = null)
    {
        if (results is null || project.CriteriaSetId is not { } setId) return null;
        var lapsedWinners = await db.AwardDecisions.AsNoTracking()
            .Where(d => d.ProjectId == project.Id && d.Status == AwardStatus.Lapsed).Select(d => d.WinningOfferId).ToListAsync(ct);
        if (lapsingWinner is { } lapsing) lapsedWinners.Add(lapsing);
        var candidates = results.Ranking.Where(r => !lapsedWinners.Contains(r.OfferId)).ToList();
        var offerIds = candidates.Select(c => c.OfferId).ToList();
        // Consensus scores only: the agreed scores are what the letters may quote, never an individual evaluator's.
        var consensus = await db.Assessments.AsNoTracking()
            .Where(a => a.SubjectKind == OfferCriteria.SubjectKind && offerIds.Contains(a.SubjectId) && a.Status == AssessmentStatus.Decided)
            .ToDictionaryAsync(a => a.SubjectId, a => (a.ConsensusScores, a.PublicReasoning), ct);
        var set = await db.CriteriaSets.AsNoTracking().SingleAsync(s => s.Id == setId, ct);
        if (candidates.Count == 0) return new AwardProposal(candidates, []);
        var winner = candidates[0];
        var reasons = candidates.Select((c, i) => new AwardReason(c.OfferId, c.SupplierName, i + 1, c.Total,
            Write(c, winner, set, consensus.GetValueOrDefault(c.OfferId), consensus.GetValueOrDefault(winner.OfferId).ConsensusScores))).ToList();
        return new AwardProposal(candidates, reasons);
    }

    private static string Write(RankedOffer offer, RankedOffer winner, CriteriaSet set,
        (List<CriterionScore>? Scores, string? Summary) own, List<CriterionScore>? winnerScores)
    {
        var text = new StringBuilder();
        var isWinner = offer.OfferId == winner.OfferId;
        text.AppendLine(isWinner
            ? $"Uw inschrijving heeft de beste prijs-kwaliteitverhouding, met een eindscore van {Points(offer.Total)} punten (kwaliteit {Points(offer.QualityPercentage)}%, prijsscore {Points(offer.PriceScore)})."
            : $"Uw inschrijving behaalde {Points(offer.Total)} punten (kwaliteit {Points(offer.QualityPercentage)}%, prijsscore {Points(offer.PriceScore)}). " +
              $"De winnende inschrijving van {winner.SupplierName} behaalde {Points(winner.Total)} punten (kwaliteit {Points(winner.QualityPercentage)}%, prijsscore {Points(winner.PriceScore)}).");
        if (!string.IsNullOrWhiteSpace(own.Summary)) text.AppendLine().AppendLine(own.Summary.Trim());
        var scores = own.Scores ?? [];
        var strong = scores.Where(s => s.Score >= 7).ToList();
        var weak = scores.Where(s => s.Score <= 5).ToList();
        if (strong.Count > 0) text.AppendLine().AppendLine("Sterke punten:").Append(Lines(strong, set, isWinner ? null : winnerScores));
        if (weak.Count > 0) text.AppendLine().AppendLine("Zwakkere punten:").Append(Lines(weak, set, isWinner ? null : winnerScores));
        var written = text.ToString().Trim();
        return written.Length <= AwardDecision.ReasonMax ? written : written[..(AwardDecision.ReasonMax - 1)] + "…";
    }

    private static string Lines(List<CriterionScore> scores, CriteriaSet set, List<CriterionScore>? winnerScores)
    {
        var text = new StringBuilder();
        foreach (var score in scores)
        {
            var name = set.Criteria.FirstOrDefault(c => c.Key == score.CriterionKey)?.Name ?? score.CriterionKey;
            var theirs = winnerScores?.FirstOrDefault(w => w.CriterionKey == score.CriterionKey)?.Score;
            text.AppendLine($"- {name}: score {score.Score}{(theirs is { } t ? $" (winnaar {t})" : "")}. {score.Rationale}");
        }
        return text.ToString();
    }

    private static string Points(decimal value) => value.ToString("0.##", Dutch);
}
