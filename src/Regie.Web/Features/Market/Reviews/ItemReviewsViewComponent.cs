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
    /// <param name="published">Whether the item is published, when the page already knows; otherwise it is looked up.</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid itemId, bool? published = null)
    {
        var ct = HttpContext.RequestAborted;
        var isPublished = published ?? await db.CatalogItems.AnyAsync(i => i.Id == itemId && i.Status == Catalog.ItemStatus.Published, ct);
        var canReview = isPublished && (await authorization.AuthorizeAsync(UserClaimsPrincipal, Capabilities.ReviewItems)).Succeeded;
        var summary = await ReviewSummary.ForItemAsync(db, itemId, ct);
        // Every published review carries at least one rating (the form requires it), so the summary's count is the feed's total.
        var feed = await ReviewFeed.PageAsync(db, itemId, 1, tenant.UserId, canReview, ct, knownTotal: summary.Count);
        var mine = canReview && await db.Reviews.AnyAsync(r => r.ItemId == itemId && r.AuthorId == tenant.UserId, ct);
        return View("~/Features/Market/Reviews/_ItemReviews.cshtml", new ItemReviews(itemId, isPublished, summary, feed, canReview, mine));
    }
}
