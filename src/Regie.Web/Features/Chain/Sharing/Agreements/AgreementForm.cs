using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

/// <summary>What the agreement form shows: the input and the suppliers and products to choose from.</summary>
public sealed record AgreementForm(AgreementInput Input, List<Choice> Suppliers, List<Choice> Products)
{
    public static async Task<AgreementForm> LoadAsync(RegieDbContext db, AgreementInput input, CancellationToken ct)
    {
        var products = await SharingCatalog.PublishedProductsAsync(db, input.SupplierId, ct);
        // A product the agreement already names stays choosable after its supplier withdrew it.
        if (input.CatalogItemId is { } item && products.All(p => p.Id != item)
            && (await SharingCatalog.ProductTitlesAsync(db, [item], ct)).TryGetValue(item, out var title))
            products.Add(new Choice(item, title + " (niet meer in de catalogus)"));
        return new AgreementForm(input, await SharingCatalog.SuppliersAsync(db, ct), products);
    }
}
