using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>Every edition of the policy, newest first, with what changed compared with the edition before it.</summary>
[Authorize(Policy = Capabilities.ViewProcurementPolicy)]
public sealed class HistoryModel(RegieDbContext db) : PageModel
{
    public IReadOnlyList<(ProcurementPolicy Edition, IReadOnlyList<PolicyChange>? Changes)> Editions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await PolicyEditions.AllAsync(db, ct);
        Editions = all.Select((edition, i) => (edition, i + 1 < all.Count ? PolicyContent.Differences(all[i + 1], edition) : null)).ToList();
    }
}
