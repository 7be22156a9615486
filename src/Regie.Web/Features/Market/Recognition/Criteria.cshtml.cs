using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>A published criteria set, readable by every signed-in user: assessments are only fair when their rules are public.</summary>
[Authorize(Policy = Capabilities.BrowseMarket)]
public sealed class CriteriaModel(RegieDbContext db, TenantContext tenant) : PageModel
{
    public CriteriaSet Set { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        // Not tenant-filtered: published sets are public; an unpublished set only shows to its own organization, as a preview.
        var set = await db.CriteriaSets.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id && (s.PublishedAt != null || s.OrganizationId == tenant.OrganizationId), ct);
        if (set is null) return NotFound();
        Set = set;
        return Page();
    }
}
