using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Sharing;

public sealed record Choice(Guid Id, string Name);

/// <summary>Suppliers and their published products as agreements and sharing rules offer and check them.</summary>
public static class SharingCatalog
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);

    public static Task<List<Choice>> SuppliersAsync(RegieDbContext db, CancellationToken ct) =>
        db.Suppliers.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct);

    public static async Task<List<Choice>> PublishedProductsAsync(RegieDbContext db, Guid? supplierId, CancellationToken ct) =>
        supplierId is not { } id ? [] : await db.CatalogItems.AsNoTracking()
            .Where(i => i.SupplierId == id && i.Status == ItemStatus.Published)
            .OrderBy(i => i.Title).Select(i => new Choice(i.Id, i.Title)).ToListAsync(ct);

    public static async Task<Dictionary<Guid, string>> SupplierNamesAsync(RegieDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Suppliers.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    public static async Task<Dictionary<Guid, string>> ProductTitlesAsync(RegieDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.CatalogItems.AsNoTracking().Where(i => wanted.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
    }

    /// <summary>
    /// The supplier must exist and the product must be one of its published products; a product the record already had
    /// (<paramref name="kept"/>) may stay after its supplier withdrew it.
    /// </summary>
    public static async Task CheckProductAsync(ModelStateDictionary state, RegieDbContext db, Guid? supplierId, Guid? itemId, bool itemRequired, Guid? kept, CancellationToken ct)
    {
        if (supplierId is not { } supplier)
        {
            state.AddModelError("Input.SupplierId", "Kies de leverancier.");
            return;
        }
        if (!await db.Suppliers.AnyAsync(s => s.Id == supplier, ct))
        {
            state.AddModelError("Input.SupplierId", "Deze leverancier bestaat niet (meer) in Regie. Kies een leverancier uit de lijst.");
            return;
        }
        if (itemId is not { } id)
        {
            if (itemRequired) state.AddModelError("Input.CatalogItemId", "Kies het product van deze leverancier.");
            return;
        }
        var item = await db.CatalogItems.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.SupplierId, i.Status }).FirstOrDefaultAsync(ct);
        if (item is null || item.SupplierId != supplier)
            state.AddModelError("Input.CatalogItemId", "Dit product hoort niet bij de gekozen leverancier. Kies een product van deze leverancier.");
        else if (item.Status != ItemStatus.Published && id != kept)
            state.AddModelError("Input.CatalogItemId", "Dit product staat niet (meer) in de catalogus. Kies een gepubliceerd product.");
    }
}
