using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>Corrects one amount of the table, for example after a typing error; the audit trail keeps the old value.</summary>
[Authorize(Policy = Capabilities.ManageTenderThresholds)]
public sealed class EditModel(RegieDbContext db, TenantContext tenant) : PageModel
{
    public TenderThreshold Threshold { get; private set; } = null!;
    [BindProperty, Display(Name = "Drempelbedrag (excl. btw)")] public string? Amount { get; set; }
    [BindProperty] public int Version { get; set; }
    /// <summary>The amount stored now, shown after someone else saved first.</summary>
    public decimal? StoredAmount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.TenderThresholds.FindAsync([id], ct) is not { } threshold) return NotFound();
        Threshold = threshold;
        Amount = threshold.Amount.ToString("#,0.##", CultureInfo.GetCultureInfo("nl-NL"));
        Version = threshold.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.TenderThresholds.FindAsync([id], ct) is not { } threshold) return NotFound();
        Threshold = threshold;
        if (threshold.Version != Version) return Conflict(threshold);
        if (PeriodInput.Amount(Amount, nameof(Amount), "Drempelbedrag", ModelState) is not { } amount) return Page();
        threshold.Amount = amount;
        threshold.ChangedByOrganizationId = tenant.OrganizationId!.Value;
        if (!await db.SaveIfUnchangedAsync(threshold, Version, ct))
            return Conflict(await db.TenderThresholds.AsNoTracking().SingleAsync(t => t.Id == id, ct));
        TempData["Status"] = $"Het drempelbedrag voor {Enums.Label(threshold.Kind).ToLowerInvariant()} ({threshold.PeriodStartYear}–{threshold.PeriodStartYear + 1}) is nu {amount.ToEuro()}.";
        return RedirectToPage("Index");
    }

    private PageResult Conflict(TenderThreshold stored)
    {
        Threshold = stored;
        StoredAmount = stored.Amount;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit drempelbedrag"));
        Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
