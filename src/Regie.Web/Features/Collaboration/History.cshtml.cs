using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Collaboration;

/// <summary>The audit trail of an initiative and everything that belongs to it, in one list, newest first.</summary>
[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class HistoryModel(RegieDbContext db) : PageModel
{
    public const int Shown = 300;

    private static readonly Dictionary<string, string> Parts = new()
    {
        [nameof(Initiative)] = "Initiatief",
        [nameof(AgreementItem)] = "Afspraak",
        [nameof(BusinessCaseLine)] = "Business case",
        [nameof(Risk)] = "Risico",
        [nameof(GoNoGoMoment)] = "Go/no-go-moment",
    };

    public Initiative Initiative { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public static string PartOf(AuditEntry entry) => Parts.GetValueOrDefault(entry.EntityType, entry.EntityType);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } initiative) return NotFound();
        Initiative = initiative;
        List<Guid> ids = [id];
        ids.AddRange(await db.AgreementItems.Where(a => a.InitiativeId == id).Select(a => a.Id).ToListAsync(ct));
        ids.AddRange(await db.BusinessCaseLines.Where(l => l.InitiativeId == id).Select(l => l.Id).ToListAsync(ct));
        ids.AddRange(await db.Risks.Where(r => r.InitiativeId == id).Select(r => r.Id).ToListAsync(ct));
        ids.AddRange(await db.GoNoGoMoments.Where(m => m.InitiativeId == id).Select(m => m.Id).ToListAsync(ct));
        Entries = await db.AuditEntries.AsNoTracking()
            .Where(a => ids.Contains(a.EntityId))
            .OrderByDescending(a => a.Id)
            .Take(Shown)
            .ToListAsync(ct);
        return Page();
    }
}
