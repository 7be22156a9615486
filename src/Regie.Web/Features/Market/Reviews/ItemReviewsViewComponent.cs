using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Reviews;

public sealed record ItemReviews(Guid ItemId, bool ItemPublished, ReviewSummary Summary, ReviewFeedPage Feed, bool CanReview, bool HasOwnReview);

/// <summary>The reviews section of an item page: averages, the distribution, and the first page of published reviews.</summary>
public sealed class ItemReviewsViewComponent(RegieDbContext db, TenantContext tenant, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid itemId)
    {
        var ct = HttpContext.RequestAborted;
        var published = await db.CatalogItems.AnyAsync(i => i.Id == itemId && i.Status == Catalog.ItemStatus.Published, ct);
        var canReview = published && (await authorization.AuthorizeAsync(UserClaimsPrincipal, Capabilities.ReviewItems)).Succeeded;
        var summary = await ReviewSummary.ForItemAsync(db, itemId, ct);
        var feed = await ReviewFeed.PageAsync(db, itemId, 1, tenant.UserId, canReview, ct);
        var mine = canReview && await db.Reviews.AnyAsync(r => r.ItemId == itemId && r.AuthorId == tenant.UserId, ct);
        return View("~/Features/Market/Reviews/_ItemReviews.cshtml", new ItemReviews(itemId, published, summary, feed, canReview, mine));
    }
}
