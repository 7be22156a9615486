using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Items;

/// <summary>
/// An item as buyers see it. Published items are open to every signed-in organization; the supplier itself also
/// sees its concept and archived items, as a preview. Everyone else gets 404 for those.
/// </summary>
[Authorize(Policy = Capabilities.BrowseMarket)]
public sealed class DetailsModel(RegieDbContext db, TenantContext tenant) : PageModel
{
    public const int MaxQuantity = 1_000_000;
    public const int MaxYears = 10;

    public CatalogItem Item { get; private set; } = null!;
    public bool IsPreview => !Item.IsPublished;
    public CostEstimateForm Cost { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? quantity, int? years, CancellationToken ct)
    {
        if (await FindVisibleAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        Cost = CostEstimateForm.For(item, quantity, years, ModelState);
        return Page();
    }

    /// <summary>"Kosten in één oogopslag" for htmx: only the estimate is replaced; without JavaScript the whole page is.</summary>
    public async Task<IActionResult> OnGetEstimateAsync(Guid id, int? quantity, int? years, CancellationToken ct)
    {
        if (await FindVisibleAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        Cost = CostEstimateForm.For(item, quantity, years, ModelState);
        return Request.IsHtmx() ? Partial("_CostEstimate", this) : RedirectToPage(new { id, quantity = Cost.Quantity, years = Cost.Years });
    }

    private async Task<CatalogItem?> FindVisibleAsync(Guid id, CancellationToken ct)
    {
        var organization = tenant.OrganizationId ?? Guid.Empty;
        return await db.CatalogItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == id && (i.Status == ItemStatus.Published || i.SupplierId == organization), ct);
    }
}
