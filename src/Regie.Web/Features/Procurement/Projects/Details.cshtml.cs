using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)]
public sealed partial class DetailsModel(RegieDbContext db, TimeProvider clock, TenderMail mail, IAuthorizationService authorization) : PageModel
{
    public ProcurementProject Project { get; private set; } = null!;
    public ProjectAdvice? Advice { get; private set; }
    public List<SourceNeed> Needs { get; private set; } = [];
    public SourceInitiative? Initiative { get; private set; }
    public IReadOnlyList<string> Evaluators { get; private set; } = [];
    public IReadOnlyList<string> PublicationProblems { get; private set; } = [];
    public int InvitedCount { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().Include(p => p.Needs).SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return NotFound();
        Project = project;
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        Advice = await ProjectAdvice.ForAsync(db, project, ct);
        Needs = project.Needs.Count == 0 ? [] : await ProjectSources.NeedsAsync(db, project.Needs.Select(n => n.NeedId).ToList(), ct);
        Initiative = project.InitiativeId is { } initiativeId ? await ProjectSources.InitiativeAsync(db, initiativeId, ct) : null;
        Evaluators = await db.Users.Where(u => project.EvaluatorIds.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(ct);
        InvitedCount = await db.ProjectSuppliers.CountAsync(s => s.ProjectId == id && s.Status == InvitationStatus.Invited, ct);
        PublicationProblems = project.IsPreparing ? project.PublicationProblems(await FactsAsync(id, ct), clock.GetUtcNow()) : [];
        return Page();
    }

    /// <summary>What to do next follows from the stage the project is in.</summary>
    public string NextStep => Project switch
    {
        { IsArchived: true } => "Het traject is gearchiveerd.",
        { Status: ProjectStatus.Preparing } when PublicationProblems.Count > 0 => "Maak de voorbereiding af: " + PublicationProblems[0],
        { Status: ProjectStatus.Preparing } => "Alles staat klaar: publiceer het traject en nodig de geselecteerde leveranciers uit.",
        { Status: ProjectStatus.Open } => $"Beantwoord de vragen van de leveranciers en stel een nota van inlichtingen op. Inschrijven kan tot {Project.OfferDeadline?.ToDutchDateTime()}.",
        { Status: ProjectStatus.Evaluation } => "Beoordeel de inschrijvingen.",
        { Status: ProjectStatus.Awarded } => "De opschortende termijn loopt; daarna volgt het contract.",
        { Status: ProjectStatus.Contracted } => "Het contract is gesloten.",
        _ => $"Het traject is gestopt: {Project.CancelReason}",
    };

    private async Task<PublicationFacts> FactsAsync(Guid id, CancellationToken ct)
    {
        var requirements = await db.Requirements.Where(r => r.ProjectId == id && r.ArchivedAt == null).Select(r => new { r.Kind, r.Weight }).ToListAsync(ct);
        var selected = await db.ProjectSuppliers.CountAsync(s => s.ProjectId == id && s.Status == InvitationStatus.LongList && s.Selected, ct);
        return new(requirements.Count(r => r.Kind == RequirementKind.KnockOut), requirements.Count(r => r.Kind == RequirementKind.Wish && r.Weight > 0), selected);
    }
}
