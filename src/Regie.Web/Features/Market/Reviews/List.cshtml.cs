using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>The published reviews of an item page by page: the target of "meer tonen", with or without JavaScript.</summary>
[Authorize(Policy = Capabilities.BrowseMarket)]
public sealed class ListModel(RegieDbContext db, TenantContext tenant, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public string ItemTitle { get; private set; } = "";
    public ReviewFeedPage Feed { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var title = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Id == id && i.Status == Catalog.ItemStatus.Published).Select(i => i.Title).SingleOrDefaultAsync(ct);
        if (title is null) return NotFound();
        ItemTitle = title;
        var canReport = (await authorization.AuthorizeAsync(User, Capabilities.ReviewItems)).Succeeded;
        Feed = await ReviewFeed.PageAsync(db, id, PageNumber, tenant.UserId, canReport, ct);
        return Request.IsHtmx() ? Partial("_ReviewCards", Feed) : Page();
    }
}
