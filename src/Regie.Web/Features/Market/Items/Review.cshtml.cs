using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Items;

/// <summary>Write or change one's own review of a published item (the route's id is the item's).</summary>
[Authorize(Policy = Capabilities.ReviewItems)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)] // an over-long text gets the length message, not a 400 from the form reader
public sealed class ReviewModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    /// <summary>The role a review is signed with, when a user has several: the most specific first.</summary>
    private static readonly string[] SigningRoles =
        [Roles.Teacher, Roles.SchoolLeader, Roles.IctCoordinator, Roles.Purchaser, Roles.Executive, Roles.Administrator];

    [BindProperty] public ReviewInput Input { get; set; } = new();
    public string ItemTitle { get; private set; } = "";
    public Guid ItemId { get; private set; }
    public Review? Existing { get; private set; }
    public Review? Stored { get; private set; }
    public IReadOnlyList<ReviewVersion> EarlierVersions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = Existing is { } review ? ReviewInput.From(review) : ReviewInput.ForBoard(await BoardSectorAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Existing is { } current && current.Version != Input.Version) return Conflict(current);
        Input.Validate(ModelState);
        if (!ModelState.IsValid) return Page();

        var review = Existing ?? NewReview(id);
        Input.ApplyTo(review, clock.GetUtcNow());
        try
        {
            if (!await ItemRatings.SaveAsync(db, review, Existing is null ? null : Input.Version, ct))
                return Conflict(await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == review.Id, ct));
        }
        catch (DbUpdateException) when (Existing is null)
        {
            TempData["Status"] = "U had dit product al beoordeeld, bijvoorbeeld in een ander venster. Hieronder ziet u uw ervaring.";
            return RedirectToPage(new { id });
        }
        TempData["Status"] = Existing is null ? "Bedankt! Uw ervaring staat nu bij het product." : "Uw ervaring is bijgewerkt.";
        return Redirect($"/Market/Items/{id}#ervaringen");
    }

    private Review NewReview(Guid itemId)
    {
        var review = new Review
        {
            ItemId = itemId, BoardId = tenant.OrganizationId!.Value, AuthorId = tenant.UserId!.Value, AuthorName = tenant.UserName,
            AuthorRole = SigningRoles.FirstOrDefault(User.IsInRole) ?? Roles.Teacher,
        };
        db.Reviews.Add(review);
        return review;
    }

    /// <summary>Someone (the author in another window) saved first: keep the input, show what is stored, overwrite nothing.</summary>
    private PageResult Conflict(Review stored)
    {
        Stored = stored;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze ervaring"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid itemId, CancellationToken ct)
    {
        var title = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Id == itemId && i.Status == Catalog.ItemStatus.Published).Select(i => i.Title).SingleOrDefaultAsync(ct);
        if (title is null) return false;
        (ItemId, ItemTitle) = (itemId, title);
        var userId = tenant.UserId;
        Existing = await db.Reviews.SingleOrDefaultAsync(r => r.ItemId == itemId && r.AuthorId == userId, ct);
        if (Existing is not null) EarlierVersions = await ReviewHistory.EarlierVersionsAsync(db, Existing, ct);
        return true;
    }

    private Task<EducationSector?> BoardSectorAsync(CancellationToken ct) =>
        db.Boards.AsNoTracking().Where(b => b.Id == tenant.OrganizationId).Select(b => (EducationSector?)b.Sector).SingleOrDefaultAsync(ct);
}
