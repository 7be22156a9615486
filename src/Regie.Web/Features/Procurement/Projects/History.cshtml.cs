using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The audit trail of a project and its requirements, suppliers, questions and notes, newest first.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class HistoryModel(RegieDbContext db) : PageModel
{
    public const int Shown = 300;

    public ProcurementProject Project { get; private set; } = null!;
    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return NotFound();
        Project = project;
        List<Guid> ids = [id];
        ids.AddRange(await db.Requirements.Where(r => r.ProjectId == id).Select(r => r.Id).ToListAsync(ct));
        ids.AddRange(await db.ProjectSuppliers.Where(s => s.ProjectId == id).Select(s => s.Id).ToListAsync(ct));
        ids.AddRange(await db.ProjectQuestions.Where(q => q.ProjectId == id).Select(q => q.Id).ToListAsync(ct));
        ids.AddRange(await db.ClarificationNotes.Where(n => n.ProjectId == id).Select(n => n.Id).ToListAsync(ct));
        Entries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.EntityId)).OrderByDescending(a => a.Id).Take(Shown).ToListAsync(ct);
        return Page();
    }
}
