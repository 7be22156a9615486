using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Chain;

public sealed record RegisterSchool(Guid Id, string Name, int Pupils);

public sealed record BlockedRule(string Supplier, string Product, string Reason);

public sealed record UncoveredFlow(string Supplier, string Product, int Entries);

public sealed record RecentAccess(string School, int Entries, int Records);

/// <summary>The chain's starting page: how pupil data stays in the school, and the figures of each part the user may open.</summary>
[Authorize(Policy = Capabilities.ViewChain)]
public sealed class IndexModel(RegieDbContext db, ChainAccess access, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const int RecentDays = 30;

    public IReadOnlyList<RegisterSchool> RegisterSchools { get; private set; } = [];
    public bool SeesSharing { get; private set; }
    public int ActiveRules { get; private set; }
    public IReadOnlyList<BlockedRule> BlockedRules { get; private set; } = [];
    public IReadOnlyList<UncoveredFlow> UncoveredFlows { get; private set; } = [];
    public IReadOnlyList<RecentAccess>? Recent { get; private set; }
    public bool HasAssignments { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = AccessLog.Day(clock.GetUtcNow());
        HasAssignments = (await access.AssignmentsAsync(ct)).Count > 0;
        var registerSchools = (await access.RegisterSchoolsAsync(ct)).ToList();
        var pupils = await db.Pupils.AsNoTracking().Where(p => registerSchools.Contains(p.SchoolId) && p.ArchivedAt == null)
            .GroupBy(p => p.SchoolId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        RegisterSchools = (await db.Schools.AsNoTracking().Where(s => registerSchools.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => new RegisterSchool(s.Id, s.Name, pupils.GetValueOrDefault(s.Id))).OrderBy(s => s.Name).ToList();

        SeesSharing = (await authorization.AuthorizeAsync(User, Capabilities.ManageDataSharing)).Succeeded;
        if (SeesSharing) await LoadSharingAsync(today, ct);

        var privacySchools = await access.PrivacySchoolsAsync(ct);
        if (privacySchools.Count > 0)
        {
            var rows = await AccessLog.FindAsync(db, privacySchools, new AccessLogState { From = today.AddDays(1 - RecentDays) }, ct);
            var names = await AccessLog.SchoolNamesAsync(db, privacySchools, ct);
            Recent = names.OrderBy(n => n.Value)
                .Select(n => new RecentAccess(n.Value, rows.Count(r => r.SchoolId == n.Key), rows.Where(r => r.SchoolId == n.Key).Sum(r => r.RecordCount))).ToList();
        }
    }

    private async Task LoadSharingAsync(DateOnly today, CancellationToken ct)
    {
        var rules = await db.SharingRules.AsNoTracking().Where(r => r.ArchivedAt == null).ToListAsync(ct);
        var agreements = await db.ProcessingAgreements.AsNoTracking().Where(a => a.ArchivedAt == null).ToListAsync(ct);
        var flows = await db.DataAccessEntries.AsNoTracking().GroupBy(e => new { e.SupplierId, e.CatalogItemId })
            .Select(g => new { g.Key.SupplierId, g.Key.CatalogItemId, Entries = g.Count() }).ToListAsync(ct);
        var supplierIds = rules.Select(r => r.SupplierId).Concat(flows.Select(f => f.SupplierId)).Distinct().ToList();
        var productIds = rules.Select(r => r.CatalogItemId).Concat(flows.Select(f => f.CatalogItemId)).Distinct().ToList();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var products = await db.CatalogItems.AsNoTracking().Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);

        var checks = rules.Select(r => (Rule: r, Outcome: AgreementCheck.For(r, agreements, today))).ToList();
        ActiveRules = checks.Count(c => c.Outcome.Allowed);
        BlockedRules = checks.Where(c => !c.Outcome.Allowed)
            .Select(c => new BlockedRule(suppliers.GetValueOrDefault(c.Rule.SupplierId, ""), products.GetValueOrDefault(c.Rule.CatalogItemId, ""), c.Outcome.Reason!))
            .OrderBy(b => b.Supplier).ThenBy(b => b.Product).ToList();
        UncoveredFlows = flows.Where(f => !agreements.Any(a => a.Covers(f.SupplierId, f.CatalogItemId) && a.IsInForceOn(today)))
            .Select(f => new UncoveredFlow(suppliers.GetValueOrDefault(f.SupplierId, ""), products.GetValueOrDefault(f.CatalogItemId, ""), f.Entries))
            .OrderBy(f => f.Supplier).ThenBy(f => f.Product).ToList();
    }
}
