using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Portal;

/// <summary>What the shared item form (_ItemFields) needs from Create and Edit.</summary>
public interface IItemForm
{
    CatalogItemInput Input { get; }
}
