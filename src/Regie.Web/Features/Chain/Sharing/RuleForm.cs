using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>What the sharing-rule form shows: the input, the choices, and whether the ECK iD may be offered.</summary>
public sealed record RuleForm(RuleInput Input, List<Choice> Suppliers, List<Choice> Products, bool EckAllowed, List<SchoolChoice> Tree)
{
    public static async Task<RuleForm> LoadAsync(RegieDbContext db, RuleInput input, bool creating, CancellationToken ct)
    {
        var suppliers = creating ? await SharingCatalog.SuppliersAsync(db, ct) : [];
        var products = creating ? await SharingCatalog.PublishedProductsAsync(db, input.SupplierId, ct) : [];
        if (creating && products.All(p => p.Id != input.CatalogItemId)) input.CatalogItemId = null;
        return new RuleForm(input, suppliers, products, await EckAllowedAsync(db, input, ct), await RuleScopes.TreeAsync(db, ct));
    }

    public static async Task<bool> EckAllowedAsync(RegieDbContext db, RuleInput input, CancellationToken ct) =>
        input is { SupplierId: { } supplier, CatalogItemId: { } item } && await RuleInput.EckAllowedAsync(db, supplier, item, ct);
}
