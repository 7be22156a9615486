using Microsoft.AspNetCore.Mvc;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>The recognition badge on an item page: level and "geldig tot", linking to the public decision. Nothing once expired.</summary>
public sealed class RecognitionBadgeViewComponent(RegieDbContext db, TimeProvider clock) : ViewComponent
{
    /// <param name="recognizedUntil">The item's own copy of its recognition end date, when the page has it: without one (or past it) there is no badge to look up.</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid itemId, DateOnly? recognizedUntil = null, bool knowsRecognition = false)
    {
        if (knowsRecognition && (recognizedUntil is null || recognizedUntil < RecognitionSubject.Today(clock))) return Content("");
        var current = await RecognitionSubject.CurrentAsync(db, itemId, RecognitionSubject.Today(clock), HttpContext.RequestAborted);
        return current is null ? Content("") : View("~/Features/Market/Recognition/_RecognitionBadge.cshtml", current);
    }
}
