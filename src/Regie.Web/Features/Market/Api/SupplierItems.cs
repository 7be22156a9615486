using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Api;

namespace Regie.Web.Features.Market.Api;

/// <summary>
/// Writing a supplier's own items from the API and the import. Reads go through <see cref="Portal.PortalItems.Own"/>:
/// catalogue items are not tenant-filtered, so another supplier's item must simply not exist here.
/// </summary>
public static class SupplierItems
{
    public static Task<string> SupplierNameAsync(RegieDbContext db, Guid supplierId, CancellationToken ct) =>
        db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Name).SingleAsync(ct);

    /// <summary>A new concept item of the supplier, added to the context; the caller fills it with <see cref="CatalogItemInput.ApplyTo"/>.</summary>
    public static CatalogItem AddNew(RegieDbContext db, Guid supplierId, string supplierName, DateTimeOffset now)
    {
        var item = new CatalogItem { SupplierId = supplierId, SupplierName = supplierName, CreatedAt = now, UpdatedAt = now };
        db.CatalogItems.Add(item);
        return item;
    }

    /// <summary>Validation errors keyed by JSON field name, optionally under a prefix such as "items[3].".</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<(string Field, string Message)> errors, string prefix = "") =>
        errors.GroupBy(e => prefix + ApiJson.FieldName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>The missing mandatory fields of <see cref="CatalogItem.MissingForPublication"/> as field errors.</summary>
    public static IEnumerable<(string Field, string Message)> MissingAsErrors(IEnumerable<string> labels) =>
        labels.Select(label => (FieldOf(label), $"{label} is verplicht om te publiceren."));

    private static readonly Dictionary<string, string> FieldsByLabel = typeof(CatalogItemInput).GetProperties()
        .Where(p => p.GetCustomAttribute<DisplayAttribute>()?.Name is not null)
        .GroupBy(p => p.GetCustomAttribute<DisplayAttribute>()!.Name!)
        .ToDictionary(g => g.Key, g => g.First().Name);

    private static string FieldOf(string label) => FieldsByLabel.GetValueOrDefault(label, label);
}
