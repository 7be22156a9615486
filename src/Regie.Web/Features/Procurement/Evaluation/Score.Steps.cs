using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Recognition;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>The steps of an offer's assessment: score, submit, agree, decide.</summary>
public sealed partial class ScoreModel
{
    public Task<IActionResult> OnPostSaveDraftAsync(Guid id, CancellationToken ct) => ScoreAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => ScoreAsync(id, submit: true, ct);

    /// <summary>The offer's assessment, tracked, and who may act on it; null when the offer is not this board's or not being assessed.</summary>
    private async Task<(Assessment Assessment, CriteriaSet Set, bool IsEvaluator, bool CanLead)?> ForChangeAsync(Guid id, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.AssessmentId, o.ProjectId }).SingleOrDefaultAsync(ct);
        if (offer?.AssessmentId is not { } assessmentId) return null;
        var evaluatorIds = await db.ProcurementProjects.Where(p => p.Id == offer.ProjectId).Select(p => p.EvaluatorIds).SingleOrDefaultAsync(ct);
        if (evaluatorIds is null || await AssessmentWorkflow.ForChangeAsync(db, assessmentId, ct) is not (var assessment, var set)) return null;
        var isEvaluator = evaluatorIds.Contains(Me);
        return (assessment, set, isEvaluator, isEvaluator || (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded);
    }

    private async Task<IActionResult> ScoreAsync(Guid id, bool submit, CancellationToken ct)
    {
        if (await ForChangeAsync(id, ct) is not (var assessment, var set, var isEvaluator, _)) return NotFound();
        if (!isEvaluator) return Forbid();
        ClearOther(nameof(Scores));
        if (ScoreForm.Read(set, Scores, nameof(Scores), ModelState, complete: submit) is not { } scores)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id, fresh: false, ct);
        }
        var versionSeen = assessment.Version;
        try
        {
            var joins = assessment.Scorings.All(s => s.AssessorId != Me);
            var scoring = assessment.SaveDraft(set, Me, tenant.UserName, scores);
            if (joins) db.AssessmentScorings.Add(scoring);
            if (submit)
            {
                assessment.Submit(set, Me, clock.GetUtcNow());
                // Two last submissions at once must not both miss that the round is complete: the assessment's version serialises them.
                db.Entry(assessment).Property(a => a.Version).IsModified = true;
            }
        }
        catch (AssessmentRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        var done = !submit ? "Uw scores zijn als concept bewaard. Alleen u ziet ze tot alle beoordelaars hebben ingediend."
            : assessment.Status == AssessmentStatus.Consensus ? "Uw beoordeling is ingediend. Iedereen heeft ingediend: de consensusronde is begonnen."
            : "Uw beoordeling is ingediend en ligt vast. De scores van de anderen ziet u zodra iedereen heeft ingediend.";
        return await SavedAsync(id, assessment, versionSeen, done, ct);
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id, int version, CancellationToken ct)
    {
        if (await ForChangeAsync(id, ct) is not (var assessment, var set, _, var canLead)) return NotFound();
        if (!canLead) return Forbid();
        ClearOther(nameof(Consensus));
        if (assessment.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("deze beoordeling"), ct, StatusCodes.Status409Conflict);
        if (assessment.Status == AssessmentStatus.Scoring)
            return await RefuseAsync(id, $"De consensusronde begint pas als alle {set.RequiredAssessors} beoordelaars hebben ingediend.", ct);
        if (ScoreForm.Read(set, Consensus, nameof(Consensus), ModelState, complete: true) is not { } scores)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id, fresh: false, ct);
        }
        try
        {
            assessment.AgreeOn(set, scores);
        }
        catch (AssessmentRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        return await SavedAsync(id, assessment, version, "De consensusscores zijn vastgelegd. Controleer de kwaliteitsscore en neem het besluit.", ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, int version, CancellationToken ct)
    {
        if (await ForChangeAsync(id, ct) is not (var assessment, var set, _, var canLead)) return NotFound();
        if (!canLead) return Forbid();
        ClearOther(nameof(Reasoning));
        if (assessment.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("deze beoordeling"), ct, StatusCodes.Status409Conflict);
        if (string.IsNullOrWhiteSpace(Reasoning))
            ModelState.AddModelError(nameof(Reasoning), "Vat de beoordeling samen; deze tekst komt in de gunningsbrief aan deze inschrijver.");
        else if (Reasoning.Length > Assessment.ReasoningMax)
            ModelState.AddModelError(nameof(Reasoning), "De samenvatting mag niet langer zijn dan 8.000 tekens.");
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id, fresh: false, ct);
        }
        CriteriaOutcome outcome;
        try
        {
            outcome = assessment.Decide(set, Reasoning!, tenant.UserName, clock.GetUtcNow(), DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime));
        }
        catch (AssessmentRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        return await SavedAsync(id, assessment, version, $"Besloten: kwaliteitsscore {outcome.Percentage:0.##}%.", ct);
    }
}
