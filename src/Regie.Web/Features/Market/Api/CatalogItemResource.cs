using System.ComponentModel;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Api;

/// <summary>An item as the API returns it: its state, and in <see cref="Fields"/> exactly what a PUT sends back.</summary>
public sealed record CatalogItemResource(
    Guid Id,
    ItemStatus Status,
    [property: Description("Stuur deze versie mee bij een wijziging (If-Match: \"<versie>\" of het veld fields.version).")] int Version,
    string SupplierName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ArchivedAt,
    [property: Description("De verplichte velden die nog ontbreken om te kunnen publiceren.")] IReadOnlyList<string> MissingForPublication,
    CatalogItemInput Fields)
{
    public static CatalogItemResource From(CatalogItem item) => new(
        item.Id, item.Status, item.Version, item.SupplierName, item.CreatedAt, item.UpdatedAt, item.PublishedAt, item.ArchivedAt,
        item.MissingForPublication(), CatalogItemInput.From(item));
}

public sealed record CatalogItemPage(IReadOnlyList<CatalogItemResource> Items, int Page, int PageSize, int Total);

public sealed record CatalogBatch([property: Description("Hoogstens 500 items; elk met een eigen code (supplierReference).")] List<CatalogItemInput> Items);

public sealed record CatalogBatchResult(int Created, int Updated, IReadOnlyList<CatalogBatchItem> Items);

public sealed record CatalogBatchItem(int Index, Guid Id, string SupplierReference, bool Created);
