using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Tenders;

/// <summary>A supplier's own award letters for a project it was invited to (id = project id); never another supplier's.</summary>
[Authorize(Policy = Capabilities.RespondToTenders)]
public sealed class AwardModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public ProcurementProject Project { get; private set; } = null!;
    public IReadOnlyList<OwnAwardLetter> Letters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetLetterAsync(Guid id, Guid decisionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Letters.FirstOrDefault(l => l.Decision.Id == decisionId) is not { } letter) return NotFound();
        var boardName = await db.Organizations.Where(o => o.Id == Project.BoardId).Select(o => o.Name).SingleAsync(ct);
        return PdfReport.File(AwardLetters.Letter(boardName, Project, letter.Decision, letter.Reason), $"gunningsbrief-{Project.Reference}", clock.GetUtcNow());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (tenant.OrganizationId is not { } supplierId) return false;
        if (await AwardLetterAccess.LettersAsync(db, id, supplierId, ct) is not var (project, letters)) return false;
        (Project, Letters) = (project, letters);
        return true;
    }
}
