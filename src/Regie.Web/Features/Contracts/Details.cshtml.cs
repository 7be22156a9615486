using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Contracts;

/// <summary>One contract: what it covers, its value and term, the conditions checklist with its lock-in risk, and its history.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class DetailsModel(RegieDbContext db) : PageModel
{
    public Contract Contract { get; private set; } = null!;
    public string? ProjectTitle { get; private set; }
    public LockInAssessment LockIn { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contract) return NotFound();
        Contract = contract;
        if (contract.ProjectId is { } projectId)
            ProjectTitle = await db.ProcurementProjects.Where(p => p.Id == projectId).Select(p => p.Reference + " " + p.Title).SingleOrDefaultAsync(ct);
        LockIn = LockInRisk.Assess(contract.Conditions);
        return Page();
    }
}
