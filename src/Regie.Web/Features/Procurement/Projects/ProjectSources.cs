using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Needs;
using Regie.Web.Features.Procurement.Plans;

namespace Regie.Web.Features.Procurement.Projects;

public sealed record SourceNeed(Guid Id, string Story, NeedStatus Status);

public sealed record SourceInitiative(Guid Id, string Title, string Ambition, string? Scope, Scenario? Scenario);

public sealed record SourcePlanLine(Guid LineKey, string PlanTitle, int VersionNumber, PurchaseCategory Category, string Description,
    decimal Quantity, decimal UnitPrice, decimal YearlyRecurring, int? ContractMonths, int PurchaseYear)
{
    public EstimateLine ToEstimateLine() => new(EstimateLineKind.Base, Description, Quantity * UnitPrice,
        Math.Round(YearlyRecurring / 12m, 2), ContractMonths);
}

/// <summary>What a project can start from: the board's needs, an initiative that chose to buy, or lines of an investment plan.</summary>
public static class ProjectSources
{
    public static async Task<List<SourceNeed>> NeedsAsync(RegieDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var query = db.Needs.AsNoTracking().Where(n => n.ArchivedAt == null);
        query = ids is null ? query.Where(n => n.Status != NeedStatus.Rejected && n.Status != NeedStatus.Done) : query.Where(n => ids.Contains(n.Id));
        var rows = await query.Select(n => new { n.CreatedAt, Need = new SourceNeed(n.Id, "Als " + n.AsRole + " wil ik " + n.Want + " zodat " + n.SoThat, n.Status) })
            .ToListAsync(ct);
        // Ordered in memory: SQLite cannot order by a DateTimeOffset.
        return rows.OrderByDescending(r => r.CreatedAt).Select(r => r.Need).ToList();
    }

    public static Task<SourceInitiative?> InitiativeAsync(RegieDbContext db, Guid id, CancellationToken ct) =>
        db.Initiatives.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new SourceInitiative(i.Id, i.Title, i.Ambition, i.Scope, i.Scenario)).SingleOrDefaultAsync(ct);

    /// <summary>The lines of the newest version of each running plan; with keys, only those lines.</summary>
    public static async Task<List<SourcePlanLine>> PlanLinesAsync(RegieDbContext db, IReadOnlyCollection<Guid>? keys, CancellationToken ct)
    {
        var plans = await db.InvestmentPlans.AsNoTracking().Where(p => p.ArchivedAt == null).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var versions = (await db.InvestmentPlanVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId))
                .Select(v => new { v.Id, v.PlanId, v.Number }).ToListAsync(ct))
            .GroupBy(v => v.PlanId).Select(g => g.MaxBy(v => v.Number)!).ToList();
        var versionIds = versions.Select(v => v.Id).ToList();
        var lines = db.InvestmentPlanLines.AsNoTracking().Where(l => versionIds.Contains(l.PlanVersionId));
        if (keys is not null) lines = lines.Where(l => keys.Contains(l.LineKey));
        var rows = await lines.ToListAsync(ct);
        return rows.Select(l =>
            {
                var version = versions.Single(v => v.Id == l.PlanVersionId);
                return new SourcePlanLine(l.LineKey, plans.Single(p => p.Id == version.PlanId).Title, version.Number, l.Category, l.Description,
                    l.Quantity, l.UnitPrice, l.YearlyMaintenance + l.YearlyLicences + l.YearlyInsurance + l.YearlySupport, l.ContractMonths, l.PurchaseYear);
            })
            .OrderBy(l => l.PlanTitle).ThenBy(l => l.PurchaseYear).ThenBy(l => l.Description).ToList();
    }
}
