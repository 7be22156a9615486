using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

public sealed record PortalItemRow(Guid Id, string Title, string? SupplierReference, ItemKind Kind, ItemStatus Status,
    PricingModel PricingModel, decimal PriceExclVat, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

/// <summary>
/// The supplier portal's view of the catalogue: only the signed-in supplier's own items. Catalogue items carry no
/// tenant filter (published items are public), so every portal query starts here.
/// </summary>
public static class PortalItems
{
    public static IQueryable<CatalogItem> Own(this RegieDbContext db, TenantContext tenant)
    {
        var supplierId = tenant.OrganizationId ?? Guid.Empty;
        return db.CatalogItems.Where(i => i.SupplierId == supplierId);
    }

    public static Task<CatalogItem?> FindOwnAsync(this RegieDbContext db, TenantContext tenant, Guid id, CancellationToken ct) =>
        db.Own(tenant).SingleOrDefaultAsync(i => i.Id == id, ct);

    public static IQueryable<PortalItemRow> Find(IQueryable<CatalogItem> items, ListState state)
    {
        items = state.Status switch
        {
            "concept" => items.Where(i => i.Status == ItemStatus.Concept),
            "gepubliceerd" => items.Where(i => i.Status == ItemStatus.Published),
            "gearchiveerd" => items.Where(i => i.Status == ItemStatus.Archived),
            "alle" => items,
            _ => items.Where(i => i.Status != ItemStatus.Archived),
        };
        if (state.Search is { } q)
        {
            var pattern = SearchTerms.Contains(q);
            items = items.Where(i => EF.Functions.Like(i.SearchText, pattern) || EF.Functions.Like(i.SupplierReference!, pattern));
        }
        items = (state.Sort, state.Desc) switch
        {
            ("soort", false) => items.OrderBy(i => i.Kind).ThenBy(i => i.Title),
            ("soort", true) => items.OrderByDescending(i => i.Kind).ThenBy(i => i.Title),
            ("status", false) => items.OrderBy(i => i.Status).ThenBy(i => i.Title),
            ("status", true) => items.OrderByDescending(i => i.Status).ThenBy(i => i.Title),
            (_, true) => items.OrderByDescending(i => i.Title).ThenBy(i => i.Id),
            _ => items.OrderBy(i => i.Title).ThenBy(i => i.Id),
        };
        return items.Select(i => new PortalItemRow(i.Id, i.Title, i.SupplierReference, i.Kind, i.Status, i.PricingModel, i.PriceExclVat, i.UpdatedAt, i.PublishedAt));
    }

    /// <summary>The supplier's own reference identifies an item in imports and the API, so it must be unique per supplier.</summary>
    public static async Task<string?> ReferenceTakenByAsync(this RegieDbContext db, TenantContext tenant, string? reference, Guid? itemId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var code = reference.Trim();
        return await db.Own(tenant).Where(i => i.SupplierReference == code && i.Id != itemId).Select(i => i.Title).FirstOrDefaultAsync(ct);
    }
}
