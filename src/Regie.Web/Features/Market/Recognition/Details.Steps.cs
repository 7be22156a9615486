using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>The steps of an assessment: score, submit, agree, decide, stop.</summary>
public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostSaveDraftAsync(Guid id, CancellationToken ct) => ScoreAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => ScoreAsync(id, submit: true, ct);

    private async Task<IActionResult> ScoreAsync(Guid id, bool submit, CancellationToken ct)
    {
        if (await AssessmentWorkflow.ForChangeAsync(db, id, ct) is not (var assessment, var set)) return NotFound();
        ClearOther(nameof(Scores));
        if (ScoreForm.Read(set, Scores, nameof(Scores), ModelState, complete: submit) is not { } scores) return await ShowAsync(id, fresh: false, ct);
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
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, e.Message, ct);
        }
        var done = !submit ? "Uw scores zijn als concept bewaard. Alleen u ziet ze tot alle beoordelingen zijn ingediend."
            : assessment.Status == AssessmentStatus.Consensus ? "Uw beoordeling is ingediend. Alle beoordelingen zijn binnen: de consensusronde is begonnen."
            : "Uw beoordeling is ingediend en ligt nu vast. De scores van anderen ziet u zodra iedereen heeft ingediend.";
        return await SavedAsync(id, assessment, versionSeen, done, ct);
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id, int version, CancellationToken ct)
    {
        if (await AssessmentWorkflow.ForChangeAsync(db, id, ct) is not (var assessment, var set)) return NotFound();
        ClearOther(nameof(Consensus));
        if (assessment.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("deze beoordeling"), ct, StatusCodes.Status409Conflict);
        if (assessment.Status == AssessmentStatus.Scoring)
            return await RefuseAsync(id, $"De consensusronde begint pas als alle {set.RequiredAssessors} beoordelingen zijn ingediend.", ct);
        if (ScoreForm.Read(set, Consensus, nameof(Consensus), ModelState, complete: true) is not { } scores) return await ShowAsync(id, fresh: false, ct);
        try
        {
            assessment.AgreeOn(set, scores);
        }
        catch (AssessmentRuleException e)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, e.Message, ct);
        }
        return await SavedAsync(id, assessment, version, "De consensusscores zijn vastgelegd. Controleer de voorlopige uitkomst en neem het besluit.", ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, int version, CancellationToken ct)
    {
        if (await AssessmentWorkflow.ForChangeAsync(db, id, ct) is not (var assessment, var set)) return NotFound();
        ClearOther(nameof(Reasoning));
        if (assessment.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("deze beoordeling"), ct, StatusCodes.Status409Conflict);
        if (string.IsNullOrWhiteSpace(Reasoning))
            ModelState.AddModelError(nameof(Reasoning), "Schrijf de openbare onderbouwing van het besluit.");
        else if (Reasoning.Length > Assessment.ReasoningMax)
            ModelState.AddModelError(nameof(Reasoning), "De openbare onderbouwing mag niet langer zijn dan 8.000 tekens.");
        if (!ModelState.IsValid) return await ShowAsync(id, fresh: false, ct);

        var today = Today;
        CriteriaOutcome outcome;
        try
        {
            outcome = assessment.Decide(set, Reasoning!, tenant.UserName, clock.GetUtcNow(), today);
        }
        catch (AssessmentRuleException e)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, e.Message, ct);
        }
        // CatalogItem is not tenant-filtered: the id comes from this organization's own assessment.
        var item = await db.CatalogItems.SingleOrDefaultAsync(i => i.Id == assessment.SubjectId, ct);
        item?.ApplyRecognition(outcome.Level, outcome.ValidUntil(today));
        var done = outcome.Level is { } level
            ? $"Besloten: {level}, geldig tot {outcome.ValidUntil(today):d MMMM yyyy}. Het besluit en de onderbouwing zijn nu openbaar."
            : "Besloten: niet erkend. Het besluit en de onderbouwing zijn nu openbaar.";
        return await SavedAsync(id, assessment, version, done, ct);
    }

    public async Task<IActionResult> OnPostStopAsync(Guid id, int version, CancellationToken ct)
    {
        if (await AssessmentWorkflow.ForChangeAsync(db, id, ct) is not (var assessment, _)) return NotFound();
        ClearOther("-");
        if (assessment.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("deze beoordeling"), ct, StatusCodes.Status409Conflict);
        try
        {
            assessment.Stop();
        }
        catch (AssessmentRuleException e)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, e.Message, ct);
        }
        return await SavedAsync(id, assessment, version, "De beoordeling is gestopt. Er wordt niets gepubliceerd.", ct);
    }
}
