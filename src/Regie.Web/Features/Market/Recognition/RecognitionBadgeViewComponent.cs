using Microsoft.AspNetCore.Mvc;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>The recognition badge on an item page: level and "geldig tot", linking to the public decision. Nothing once expired.</summary>
public sealed class RecognitionBadgeViewComponent(RegieDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid itemId)
    {
        var current = await RecognitionSubject.CurrentAsync(db, itemId, RecognitionSubject.Today(clock), HttpContext.RequestAborted);
        return current is null ? Content("") : View("~/Features/Market/Recognition/_RecognitionBadge.cshtml", current);
    }
}
