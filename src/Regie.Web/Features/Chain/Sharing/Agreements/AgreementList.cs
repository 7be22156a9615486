using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

public sealed record AgreementRow(
    Guid Id, Guid SupplierId, string Supplier, string Product, string ModelVersion, DateOnly? SignedOn, DateOnly? EndsOn,
    AgreementStatus Status, string Fields, bool AllowsEckId, DateTimeOffset? ArchivedAt, ProcessingAgreement Agreement);

/// <summary>The board's agreements with supplier and product names, filtered as the list asks.</summary>
public static class AgreementList
{
    public static async Task<List<AgreementRow>> LoadAsync(RegieDbContext db, SharingListState state, DateOnly today, CancellationToken ct)
    {
        var query = db.ProcessingAgreements.AsNoTracking();
        query = state.Status switch
        {
            "gearchiveerd" => query.Where(a => a.ArchivedAt != null),
            "alle" => query,
            _ => query.Where(a => a.ArchivedAt == null),
        };
        if (state.Supplier is { } supplier) query = query.Where(a => a.SupplierId == supplier);
        var agreements = await query.ToListAsync(ct);
        var suppliers = await SharingCatalog.SupplierNamesAsync(db, agreements.Select(a => a.SupplierId), ct);
        var products = await SharingCatalog.ProductTitlesAsync(db, agreements.Where(a => a.CatalogItemId is not null).Select(a => a.CatalogItemId!.Value), ct);
        var wanted = state.Status switch
        {
            "concept" => AgreementStatus.Concept,
            "ondertekend" => AgreementStatus.Concluded,
            "verlopen" => AgreementStatus.Expired,
            _ => (AgreementStatus?)null,
        };
        return agreements
            .Select(a => new AgreementRow(a.Id, a.SupplierId, suppliers.GetValueOrDefault(a.SupplierId, "Onbekende leverancier"),
                a.CatalogItemId is { } item ? products.GetValueOrDefault(item, "Onbekend product") : AllProducts,
                a.ModelVersion, a.SignedOn, a.EndsOn, a.StatusOn(today), SharedFieldLabels.Describe(a.DataCategories), a.AllowsEckId, a.ArchivedAt, a))
            .Where(r => wanted is null || r.Status == wanted)
            .OrderBy(r => r.Supplier, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Product == AllProducts ? "" : r.Product, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    public const string AllProducts = "Alle producten van deze leverancier";
}
