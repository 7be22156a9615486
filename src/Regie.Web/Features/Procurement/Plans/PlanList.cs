using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>A plan as the list shows it: its newest version and that version's total, reserve included.</summary>
public sealed record PlanListItem(
    Guid Id, string Title, string SchoolName, int FirstYear, int LastYear, int VersionNumber, PlanVersionStatus Status,
    int Lines, decimal Total, DateTimeOffset? ArchivedAt)
{
    public string Horizon => $"{FirstYear}–{LastYear}";
}

/// <summary>The board's plans with their newest versions; totals come from the kept version overviews.</summary>
public static class PlanList
{
    public static async Task<List<PlanListItem>> LoadAsync(RegieDbContext db, PlanOverviews overviews, SchoolListing schools, ListState state, CancellationToken ct)
    {
        var plans = db.InvestmentPlans.AsNoTracking();
        plans = state.Status switch
        {
            "gearchiveerd" => plans.Where(p => p.ArchivedAt != null),
            "alle" => plans,
            _ => plans.Where(p => p.ArchivedAt == null),
        };
        // A board has a handful of plans: the title search runs in memory, the same on both databases.
        var term = state.Search is { } q ? SearchTerms.Normalize(q) : null;
        var found = (await plans.OrderBy(p => p.FirstYear).ThenBy(p => p.Title).ToListAsync(ct))
            .Where(p => term is null || SearchTerms.Normalize(p.Title).Contains(term, StringComparison.Ordinal)).ToList();
        var ids = found.Select(p => p.Id).ToList();
        var newest = (await db.InvestmentPlanVersions.AsNoTracking().Where(v => ids.Contains(v.PlanId)).ToListAsync(ct))
            .GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var names = schools.Find(new ListState { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);

        var items = new List<PlanListItem>(found.Count);
        foreach (var plan in found)
        {
            if (!newest.TryGetValue(plan.Id, out var version)) continue;
            var lines = await overviews.ForVersionAsync(db, plan, version, schools, ct);
            var total = lines.Totals.Costs + PlanCalculator.Reserve(version.ReserveKind, version.ReserveValue, lines.Totals.Purchases);
            items.Add(new PlanListItem(plan.Id, plan.Title, plan.SchoolId is { } s ? names.GetValueOrDefault(s, "") : PlanLabels.WholeBoard,
                plan.FirstYear, plan.Horizon.LastYear, version.Number, version.Status, lines.Totals.Lines, total, plan.ArchivedAt));
        }
        return items;
    }
}
