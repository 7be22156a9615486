using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Mail;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Award;

public sealed class ReasonInput
{
    public Guid OfferId { get; set; }
    public string? Text { get; set; }
}

/// <summary>
/// The award of a project: the proposal from the ranking with a reason per tenderer, the decision with its letters and
/// standstill period, a lapse to the next-best offer, and the contract once the standstill is over.
/// </summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)]
public sealed partial class IndexModel(RegieDbContext db, TimeProvider clock, OfferEnvelopes envelopes, IAuthorizationService authorization, MailSender mail) : PageModel
{
    public ProcurementProject Project { get; private set; } = null!;
    public IReadOnlyList<AwardDecision> Decisions { get; private set; } = [];
    public AwardProposal? Proposal { get; private set; }
    public bool CanManage { get; private set; }
    public DateOnly Today => AwardDecision.Today(clock);
    /// <summary>The decision in force: the newest one that has not lapsed.</summary>
    public AwardDecision? Current => Decisions.FirstOrDefault(d => d.Status != AwardStatus.Lapsed);

    [BindProperty] public List<ReasonInput> Reasons { get; set; } = [];
    [BindProperty] public string? LapseReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Reasons = Proposal?.Reasons.Select(r => new ReasonInput { OfferId = r.OfferId, Text = r.Reason }).ToList() ?? [];
        return Page();
    }

    /// <summary>One tenderer's letter of a decision of this project (the decision in force unless another is named).</summary>
    public async Task<IActionResult> OnGetLetterAsync(Guid id, Guid offerId, Guid? decisionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var decision = decisionId is { } chosen ? Decisions.FirstOrDefault(d => d.Id == chosen) : Decisions.FirstOrDefault();
        if (decision?.ReasonFor(offerId) is not { } reason) return NotFound();
        return PdfReport.File(AwardLetters.Letter(await BoardNameAsync(ct), Project, decision, reason), $"gunningsbrief-{Project.Reference}-{Slug(reason.SupplierName)}", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnGetLettersAsync(Guid id, Guid? decisionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var decision = decisionId is { } chosen ? Decisions.FirstOrDefault(d => d.Id == chosen) : Decisions.FirstOrDefault();
        if (decision is null) return NotFound();
        return PdfReport.File(AwardLetters.All(await BoardNameAsync(ct), Project, decision), $"gunningsbrieven-{Project.Reference}", clock.GetUtcNow());
    }

    private Task<string> BoardNameAsync(CancellationToken ct) =>
        db.Organizations.Where(o => o.Id == Project.BoardId).Select(o => o.Name).SingleAsync(ct);

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return false;
        Project = project;
        // Sorted in memory: a project has a handful of decisions, and SQLite cannot order by a DateTimeOffset.
        Decisions = (await db.AwardDecisions.AsNoTracking().Where(d => d.ProjectId == id).ToListAsync(ct))
            .OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).ToList();
        var results = await EvaluationResults.LoadAsync(db, envelopes, project, clock.GetUtcNow(), ct);
        Proposal = await AwardProposal.LoadAsync(db, project, results, ct);
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        return true;
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string message, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", message);
        Response.StatusCode = status;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }
}
