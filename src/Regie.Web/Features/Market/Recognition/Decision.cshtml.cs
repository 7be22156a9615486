using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>What a decided recognition publishes: outcome, validity, consensus per criterion and the reasoning. Assessors stay internal.</summary>
public sealed record PublicDecision(
    Guid Id, Guid ItemId, string ItemTitle, Guid CriteriaSetId, string? Level, decimal? Percentage, DateOnly? ValidUntil,
    string? Reasoning, DateTimeOffset? DecidedAt, List<CriterionScore> Consensus);

[Authorize(Policy = Capabilities.BrowseMarket)]
public sealed class DecisionModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    public PublicDecision Decision { get; private set; } = null!;
    public CriteriaSet Set { get; private set; } = null!;
    public bool Expired { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // Only the public fields are read: never the scorings, their assessors or who recorded the decision.
        var decision = await RecognitionSubject.PublicDecisions(db).Where(a => a.Id == id)
            .Select(a => new PublicDecision(a.Id, a.SubjectId, a.SubjectTitle, a.CriteriaSetId, a.OutcomeLevel, a.OutcomePercentage, a.ValidUntil,
                a.PublicReasoning, a.DecidedAt, a.ConsensusScores))
            .SingleOrDefaultAsync(ct);
        if (decision is null) return NotFound();
        Decision = decision;
        Set = await db.CriteriaSets.AsNoTracking().SingleAsync(s => s.Id == decision.CriteriaSetId, ct);
        Expired = decision.ValidUntil is not { } until || until < RecognitionSubject.Today(clock);
        return Page();
    }
}
