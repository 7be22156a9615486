using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>Which kinds of catalogue items can answer a purchase of a category; office supplies are not in the market.</summary>
public static class CategoryItemKinds
{
    public static IReadOnlyList<ItemKind> For(PurchaseCategory category) => category switch
    {
        PurchaseCategory.Devices => [ItemKind.Device],
        PurchaseCategory.Infrastructure => [ItemKind.Infrastructure, ItemKind.Service],
        PurchaseCategory.Software => [ItemKind.Software],
        PurchaseCategory.LearningMaterials => [ItemKind.LearningMaterial, ItemKind.Software],
        PurchaseCategory.Services => [ItemKind.Service],
        _ => [],
    };
}
