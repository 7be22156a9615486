using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>Reports a published review to the moderator; one open report per user per review.</summary>
[Authorize(Policy = Capabilities.ReviewItems)]
public sealed class ReportModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public const int NoteMax = 2000;

    [BindProperty, Display(Name = "Reden")] public ReportReason? Reason { get; set; }
    [BindProperty, Display(Name = "Toelichting"), StringLength(NoteMax, ErrorMessage = "De toelichting mag niet langer zijn dan 2.000 tekens.")]
    public string? Note { get; set; }
    public Review Review { get; private set; } = null!;
    public string ItemTitle { get; private set; } = "";
    public bool AlreadyReported { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Review.AuthorId == tenant.UserId) return RedirectToItem("U kunt uw eigen ervaring niet melden; u kunt haar wel bewerken.");
        if (AlreadyReported) return RedirectToItem("U had deze ervaring al gemeld; de moderator bekijkt uw melding.");
        if (Reason is not { } reason || !Enum.IsDefined(reason))
            ModelState.AddModelError(nameof(Reason), "Kies waarom u deze ervaring meldt.");
        if (!ModelState.IsValid) return Page();

        db.ReviewReports.Add(new ReviewReport
        {
            ReviewId = id, ReporterOrganizationId = tenant.OrganizationId!.Value, ReporterId = tenant.UserId!.Value, ReporterName = tenant.UserName,
            Reason = Reason!.Value, Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return RedirectToItem("Bedankt voor uw melding. De moderator van het platform bekijkt de ervaring.");
    }

    private RedirectResult RedirectToItem(string status)
    {
        TempData["Status"] = status;
        return Redirect($"/Market/Items/{Review.ItemId}#ervaringen");
    }

    /// <summary>Only reviews the public can see can be reported: published, of a published item.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await db.Reviews.AsNoTracking()
            .Where(r => r.Id == id && r.Status == ReviewStatus.Published)
            .Join(db.CatalogItems.Where(i => i.Status == Catalog.ItemStatus.Published), r => r.ItemId, i => i.Id, (r, i) => new { Review = r, i.Title })
            .SingleOrDefaultAsync(ct);
        if (found is null) return false;
        Review = found.Review;
        ItemTitle = found.Title;
        AlreadyReported = await db.ReviewReports.AnyAsync(r => r.ReviewId == id && r.ReporterId == tenant.UserId && r.HandledAt == null, ct);
        return true;
    }
}
