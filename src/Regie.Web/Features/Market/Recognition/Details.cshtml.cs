using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>
/// One recognition assessment: my independent scores, the others' progress (never their scores before all are in),
/// the consensus round and the decision.
/// </summary>
[Authorize(Policy = Capabilities.AssessRecognition)]
// A pasted report can be large; reading it must end in a Dutch message about its length, not a failed request.
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)]
public sealed partial class DetailsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public AssessmentSheet Sheet { get; private set; } = null!;
    public string? Tab { get; private set; }
    public CriteriaOutcome? Preview { get; private set; }
    public DateOnly Today => RecognitionSubject.Today(clock);

    [BindProperty] public List<ScoreField> Scores { get; set; } = [];
    [BindProperty] public List<ScoreField> Consensus { get; set; } = [];
    [BindProperty] public string? Reasoning { get; set; }

    private Guid Me => tenant.UserId ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, string? tab, CancellationToken ct)
    {
        Tab = tab == "wijzigingen" ? tab : null;
        return await ShowAsync(id, fresh: true, ct);
    }

    /// <summary>Loads what this assessor may see; fresh fills the forms from the database instead of from the post.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, bool fresh, CancellationToken ct)
    {
        if (await AssessmentWorkflow.SheetAsync(db, id, Me, ct) is not { } sheet) return NotFound();
        Sheet = sheet;
        if (fresh || Scores.Count == 0) Scores = ScoreForm.From(sheet.Set, sheet.Mine?.Scores);
        if (fresh || Consensus.Count == 0) Consensus = ScoreForm.From(sheet.Set, sheet.Assessment.ConsensusScores);
        var agreed = sheet.Assessment.ConsensusScores;
        if (sheet.Assessment.Status == AssessmentStatus.Consensus && ScoreRules.Check(sheet.Set, agreed, complete: true).Count == 0)
            Preview = CriteriaEvaluation.Evaluate(sheet.Set, agreed);
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string message, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        ModelState.AddModelError("", message);
        Response.StatusCode = status;
        return await ShowAsync(id, fresh: false, ct);
    }

    /// <summary>The page holds several forms; only the posted one's errors belong on screen.</summary>
    private void ClearOther(string posted)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(posted, StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }

    private async Task<IActionResult> SavedAsync(Guid id, Assessment assessment, int versionSeen, string done, CancellationToken ct)
    {
        if (!await db.SaveIfUnchangedAsync(assessment, versionSeen, ct))
            return await RefuseAsync(id, ConcurrencyMessage.For("deze beoordeling"), ct, StatusCodes.Status409Conflict);
        TempData["Status"] = done;
        return RedirectToPage(new { id });
    }
}
