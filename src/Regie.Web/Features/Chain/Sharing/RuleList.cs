using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Access;

namespace Regie.Web.Features.Chain.Sharing;

public sealed record RuleRow(
    Guid Id, Guid SupplierId, Guid CatalogItemId, string Supplier, string Product, string Scope, string Fields, bool UseEckId,
    AgreementCheck.Outcome Check, int Pupils, DateTimeOffset? LastRosterFetch, DateTimeOffset? ArchivedAt)
{
    public string StatusLabel => ArchivedAt is not null ? "Gearchiveerd" : Check.Allowed ? "Actief" : "Geblokkeerd";
}

/// <summary>Data that reached a supplier for a product for which no agreement is in force today.</summary>
public sealed record UncoveredFlow(Guid SupplierId, Guid CatalogItemId, string Supplier, string Product);

/// <summary>The board's sharing rules with their agreement check, pupils covered and last roster fetch.</summary>
public static class RuleList
{
    public static async Task<List<RuleRow>> LoadAsync(RegieDbContext db, SharingListState state, DateOnly today, CancellationToken ct)
    {
        var query = db.SharingRules.AsNoTracking().Include(r => r.Scopes).AsQueryable();
        query = state.Status switch
        {
            "gearchiveerd" => query.Where(r => r.ArchivedAt != null),
            "alle" => query,
            _ => query.Where(r => r.ArchivedAt == null),
        };
        if (state.Supplier is { } supplier) query = query.Where(r => r.SupplierId == supplier);
        var rules = await query.AsSplitQuery().ToListAsync(ct);
        var rows = await RowsAsync(db, rules, today, ct);
        return rows.Where(r => state.Status switch { "actief" => r.Check.Allowed, "geblokkeerd" => !r.Check.Allowed, _ => true })
            .OrderBy(r => r.Supplier, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Product, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    public static async Task<List<RuleRow>> RowsAsync(RegieDbContext db, IReadOnlyList<SharingRule> rules, DateOnly today, CancellationToken ct)
    {
        var agreements = await CurrentAgreementsAsync(db, ct);
        var suppliers = await SharingCatalog.SupplierNamesAsync(db, rules.Select(r => r.SupplierId), ct);
        var products = await SharingCatalog.ProductTitlesAsync(db, rules.Select(r => r.CatalogItemId), ct);
        var describe = await RuleScopes.DescriberAsync(db, ct);
        var counts = await RuleScopes.CountPupilsAsync(db, ct);
        var fetches = new Dictionary<(Guid, Guid), DateTimeOffset?>();
        foreach (var pair in rules.Select(r => (r.SupplierId, r.CatalogItemId)).Distinct())
            fetches[pair] = await LastRosterFetchAsync(db, pair.SupplierId, pair.CatalogItemId, ct);
        return rules.Select(r => new RuleRow(r.Id, r.SupplierId, r.CatalogItemId,
                suppliers.GetValueOrDefault(r.SupplierId, "Onbekende leverancier"), products.GetValueOrDefault(r.CatalogItemId, "Onbekend product"),
                describe(r.Scopes), SharedFieldLabels.Describe(r.Fields), r.UseEckId, AgreementCheck.For(r, agreements, today),
                counts.Covered(r.Scopes), fetches[(r.SupplierId, r.CatalogItemId)], r.ArchivedAt))
            .ToList();
    }

    public static Task<List<ProcessingAgreement>> CurrentAgreementsAsync(RegieDbContext db, CancellationToken ct) =>
        db.ProcessingAgreements.AsNoTracking().Where(a => a.ArchivedAt == null).ToListAsync(ct);

    /// <summary>Entries are never changed and their ids are time-ordered (version 7), so the newest id is the latest fetch.</summary>
    public static Task<DateTimeOffset?> LastRosterFetchAsync(RegieDbContext db, Guid supplierId, Guid itemId, CancellationToken ct) =>
        db.DataAccessEntries.AsNoTracking()
            .Where(e => e.SupplierId == supplierId && e.CatalogItemId == itemId && e.Kind == DataAccessKind.RosterFetch)
            .OrderByDescending(e => e.Id).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(ct);

    public static async Task<List<UncoveredFlow>> UncoveredFlowsAsync(RegieDbContext db, DateOnly today, CancellationToken ct)
    {
        var agreements = await CurrentAgreementsAsync(db, ct);
        var flows = await db.DataAccessEntries.AsNoTracking()
            .Select(e => new { e.SupplierId, e.CatalogItemId, e.SupplierName, e.ProductName }).Distinct().ToListAsync(ct);
        return flows.GroupBy(f => (f.SupplierId, f.CatalogItemId))
            .Where(g => !agreements.Any(a => a.Covers(g.Key.SupplierId, g.Key.CatalogItemId) && a.IsInForceOn(today)))
            .Select(g => new UncoveredFlow(g.Key.SupplierId, g.Key.CatalogItemId, g.First().SupplierName, g.First().ProductName))
            .OrderBy(f => f.Supplier, StringComparer.CurrentCultureIgnoreCase).ThenBy(f => f.Product, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
