using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>Items carry a copy of their supplier's name (cards and search need no join), so a rename must reach them.</summary>
public static class SupplierNames
{
    public static async Task RefreshAsync(RegieDbContext db, Guid supplierId, string name, CancellationToken ct = default)
    {
        // Loaded rather than bulk-updated: the name feeds each item's search text, and every change is audited.
        var items = await db.CatalogItems.Where(i => i.SupplierId == supplierId && i.SupplierName != name).ToListAsync(ct);
        if (items.Count == 0) return;
        foreach (var item in items) item.SupplierName = name;
        await db.SaveChangesAsync(ct);
    }
}
