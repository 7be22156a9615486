using Microsoft.AspNetCore.Mvc;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Monitor;

/// <summary>
/// The board's current threshold warnings in a few lines, for the plan and project pages, linking to the monitor.
/// Renders nothing when there is nothing to warn about.
/// </summary>
public sealed class ThresholdWarningsViewComponent(RegieDbContext db, TimeProvider clock, ThresholdReports reports) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PurchaseCategory? category = null)
    {
        if (db.Tenant?.OrganizationId is null) return Content("");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);
        var report = await reports.ForAsync(db, today, HttpContext.RequestAborted);
        var summary = new ThresholdWarningSummary(report.CurrentWarnings(category).ToList(), report.CurrentSplitFlags(category).ToList());
        return summary.IsEmpty ? Content("") : View("~/Features/Procurement/Monitor/_ThresholdWarnings.cshtml", summary);
    }
}

public sealed record ThresholdWarningSummary(IReadOnlyList<CategoryYear> Warnings, IReadOnlyList<SplitFlag> SplitFlags)
{
    public bool IsEmpty => Warnings.Count == 0 && SplitFlags.Count == 0;
}
