using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Monitor;

/// <summary>
/// Loads what the signed-in board plans, buys and has contracted — only the columns the sums need, untracked — and
/// hands it to <see cref="ThresholdCalculation"/>.
/// </summary>
public static class ThresholdMonitor
{
    /// <summary>The threshold report for the board of the context's current tenant.</summary>
    public static async Task<ThresholdReport> ComputeAsync(RegieDbContext db, DateOnly today, CancellationToken ct)
    {
        var policy = await db.ProcurementPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Status == PolicyStatus.Adopted, ct);
        var table = await db.TenderThresholds.AsNoTracking().ToListAsync(ct);
        var schools = await db.Schools.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var projects = await db.ProcurementProjects.AsNoTracking()
            .Where(p => p.ArchivedAt == null && p.Status != ProjectStatus.Cancelled)
            .Select(p => new { Facts = new ProjectFacts(p.Id, p.Reference, p.Title, p.Category, p.ContractKind, p.ProcedureStart, p.Estimate), p.PlanLineKeys })
            .ToListAsync(ct);
        var boughtLines = projects.SelectMany(p => p.PlanLineKeys).ToHashSet();
        var projectIds = projects.Select(p => p.Facts.Id).ToList();
        var projectSuppliers = await ProjectSuppliersAsync(db, ct);

        var lines = await PlanLinesAsync(db, ct);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.ArchivedAt == null && c.StartDate != null && (c.ProjectId == null || !projectIds.Contains(c.ProjectId.Value)))
            .Select(c => new ContractFacts(c.Id, c.Title, c.Category, c.SupplierId, c.SupplierName, c.TotalValue, c.StartDate!.Value))
            .ToListAsync(ct);

        var supplierIds = lines.Where(l => l.SupplierId is not null).Select(l => l.SupplierId!.Value).Distinct().ToList();
        var suppliers = supplierIds.Count == 0 ? [] : await db.Suppliers.AsNoTracking()
            .Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var purchases = new List<MonitoredPurchase>(lines.Count + projects.Count + contracts.Count);
        foreach (var line in lines)
            if (!boughtLines.Contains(line.LineKey))
                purchases.Add(MonitoredPurchase.FromPlanLine(line, line.SchoolId is { } s ? schools.GetValueOrDefault(s) : null,
                    line.SupplierId is { } id ? suppliers.GetValueOrDefault(id) : null));
        foreach (var project in projects)
        {
            var known = projectSuppliers.TryGetValue(project.Facts.Id, out var supplier);
            purchases.Add(MonitoredPurchase.FromProject(project.Facts, known ? supplier.Id : null, known ? supplier.Name : null));
        }
        purchases.AddRange(contracts.Select(MonitoredPurchase.FromContract));
        return ThresholdCalculation.Compute(purchases, table, policy, today);
    }

    /// <summary>The newest version of every plan in use; a school plan's lines belong to its school unless they name one.</summary>
    private static async Task<List<PlanLineFacts>> PlanLinesAsync(RegieDbContext db, CancellationToken ct)
    {
        var versions = await db.InvestmentPlanVersions.AsNoTracking()
            .Join(db.InvestmentPlans.Where(p => p.ArchivedAt == null), v => v.PlanId, p => p.Id,
                (v, p) => new { v.Id, v.PlanId, v.Number, p.SchoolId })
            .ToListAsync(ct);
        var newest = versions.GroupBy(v => v.PlanId).Select(g => g.MaxBy(v => v.Number)!).ToDictionary(v => v.Id, v => v.SchoolId);
        if (newest.Count == 0) return [];
        // One query per version (boards have a handful of plans), so no row carries its version id: at 20,000 lines every
        // column read counts, above all on SQLite where decimals and ids are stored as text.
        var facts = new List<PlanLineFacts>();
        foreach (var (versionId, planSchool) in newest)
        {
            var rows = await db.InvestmentPlanLines.AsNoTracking()
                .Where(l => l.PlanVersionId == versionId && l.ArchivedAt == null)
                .Select(l => new
                {
                    l.LineKey, l.SchoolId, l.Category, l.Description, l.SupplierId, l.Quantity, l.UnitPrice,
                    l.PurchaseYear, l.Phases, l.YearlyMaintenance, l.YearlyLicences, l.YearlyInsurance, l.YearlySupport, l.ContractMonths,
                })
                .ToListAsync(ct);
            facts.EnsureCapacity(facts.Count + rows.Count);
            facts.AddRange(rows.Select(l => new PlanLineFacts(
                l.LineKey, l.SchoolId ?? planSchool, l.Category, l.Description, l.SupplierId, l.Quantity, l.UnitPrice,
                PlanLineFacts.FirstYear(l.Phases, l.PurchaseYear), l.YearlyMaintenance, l.YearlyLicences, l.YearlyInsurance,
                l.YearlySupport, l.ContractMonths)));
        }
        return facts;
    }

    /// <summary>A project's supplier: the winner once awarded, else the only supplier on its long list.</summary>
    private static async Task<Dictionary<Guid, (Guid Id, string Name)>> ProjectSuppliersAsync(RegieDbContext db, CancellationToken ct)
    {
        var winners = await db.AwardDecisions.AsNoTracking()
            .Where(a => a.Status != AwardStatus.Lapsed)
            .Join(db.Offers, a => a.WinningOfferId, o => o.Id, (a, o) => new { a.ProjectId, o.SupplierId, o.SupplierName })
            .ToListAsync(ct);
        var listed = await db.ProjectSuppliers.AsNoTracking()
            .Where(s => s.Status != InvitationStatus.Removed && s.Status != InvitationStatus.Declined)
            .Select(s => new { s.ProjectId, s.SupplierId, s.SupplierName })
            .ToListAsync(ct);
        var result = listed.GroupBy(s => s.ProjectId).Where(g => g.Select(s => s.SupplierId).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (g.First().SupplierId, g.First().SupplierName));
        foreach (var winner in winners) result[winner.ProjectId] = (winner.SupplierId, winner.SupplierName);
        return result;
    }
}
