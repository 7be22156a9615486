using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Audit;

/// <summary>The "Wijzigingen" tab of any record: its audit entries, newest first. The tenant filter keeps it to the user's organization.</summary>
public sealed class AuditTrailViewComponent(RegieDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string entityType, Guid entityId)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id)
            .Take(200)
            .ToListAsync();
        return View("~/Features/Shared/_AuditTrail.cshtml", entries);
    }
}
