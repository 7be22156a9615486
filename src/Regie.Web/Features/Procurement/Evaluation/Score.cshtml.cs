using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Recognition;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>
/// One offer's quality assessment (id = offer id): the opened quality envelope, my independent scores, the others'
/// progress (never their scores before all are in), the consensus round and the decision.
/// </summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)]
public sealed partial class ScoreModel(RegieDbContext db, TenantContext tenant, TimeProvider clock, OfferEnvelopes envelopes,
    IAuthorizationService authorization) : PageModel
{
    public ProcurementProject Project { get; private set; } = null!;
    public Offer Offer { get; private set; } = null!;
    public AssessmentSheet Sheet { get; private set; } = null!;
    public OfferQuality Quality { get; private set; } = null!;
    public IReadOnlyList<Requirement> Requirements { get; private set; } = [];
    public bool IsEvaluator { get; private set; }
    /// <summary>Evaluators and the procurement lead agree on the consensus and decide.</summary>
    public bool CanLead { get; private set; }
    public CriteriaOutcome? Preview { get; private set; }

    [BindProperty] public List<ScoreField> Scores { get; set; } = [];
    [BindProperty] public List<ScoreField> Consensus { get; set; } = [];
    [BindProperty] public string? Reasoning { get; set; }

    private Guid Me => tenant.UserId ?? Guid.Empty;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, fresh: true, ct);

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var document = await db.OfferDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.OfferId == id && d.Envelope == Envelope.Quality, ct);
        if (document is null) return NotFound();
        var file = envelopes.OpenDocument(Project, Offer, document, clock.GetUtcNow());
        return File(file.Content, "application/octet-stream", file.FileName);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().Include(o => o.Documents).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer?.AssessmentId is null) return false;
        var project = await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == offer.ProjectId, ct);
        if (project is null || await AssessmentWorkflow.SheetAsync(db, offer.AssessmentId.Value, Me, ct) is not { } sheet) return false;
        (Offer, Project, Sheet) = (offer, project, sheet);
        Quality = envelopes.OpenQuality(project, offer, clock.GetUtcNow());
        Requirements = await db.Requirements.AsNoTracking().Where(r => r.ProjectId == project.Id && r.ArchivedAt == null)
            .OrderBy(r => r.Kind).ThenBy(r => r.Order).ThenBy(r => r.Code).ToListAsync(ct);
        IsEvaluator = project.EvaluatorIds.Contains(Me);
        CanLead = IsEvaluator || (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        return true;
    }

    /// <summary>Loads what this user may see; fresh fills the forms from the database instead of from the post.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, bool fresh, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (fresh || Scores.Count == 0) Scores = ScoreForm.From(Sheet.Set, Sheet.Mine?.Scores);
        if (fresh || Consensus.Count == 0) Consensus = ScoreForm.From(Sheet.Set, Sheet.Assessment.ConsensusScores);
        if (fresh) Reasoning ??= Sheet.Assessment.PublicReasoning;
        var agreed = Sheet.Assessment.ConsensusScores;
        if (Sheet.Assessment.Status == AssessmentStatus.Consensus && ScoreRules.Check(Sheet.Set, agreed, complete: true).Count == 0)
            Preview = CriteriaEvaluation.Evaluate(Sheet.Set, agreed);
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string message, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
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
