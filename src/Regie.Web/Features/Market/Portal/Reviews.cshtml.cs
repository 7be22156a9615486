using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

public sealed record SupplierReviewRow(
    Guid Id, Guid ItemId, string ItemTitle, string Reviewer, double Overall, string Text, DateTimeOffset CreatedAt,
    string? Reply, DateTimeOffset? ReplyAt, int Version);

/// <summary>The published reviews of the supplier's own items, unanswered first; the supplier writes one reply per review.</summary>
[Authorize(Policy = Capabilities.ManageCatalog)]
public sealed class ReviewsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<SupplierReviewRow> Reviews { get; private set; } = null!;
    /// <summary>The review whose reply was refused, with the text the supplier typed.</summary>
    public (Guid ReviewId, string Text, string Error)? Refused { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<SupplierReviewRow>> ExportColumns =
    [
        new("Product", r => r.ItemTitle),
        new("Geschreven op", r => r.CreatedAt, ExportKind.Date),
        new("Door", r => r.Reviewer),
        new("Score", r => Math.Round(r.Overall, 1), ExportKind.Number),
        new("Ervaring", r => r.Text),
        new("Uw reactie", r => r.Reply),
        new("Gereageerd op", r => r.ReplyAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Reviews = await PageAsync(ct);
        return Request.IsHtmx() ? Partial("_SupplierReviewRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = (await Filtered().ToListAsync(ct)).Select(ToRow);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "ervaringen-met-uw-aanbod", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid reviewId, string? text, int version, CancellationToken ct)
    {
        var review = await Own().Where(r => r.Id == reviewId).SingleOrDefaultAsync(ct);
        if (review is null) return NotFound();
        var error = string.IsNullOrWhiteSpace(text) ? "Schrijf eerst uw reactie."
            : text.Trim().Length > Review.ReplyMax ? $"Uw reactie mag niet langer zijn dan {Review.ReplyMax:N0} tekens; ze is nu {text.Trim().Length:N0} tekens."
            : null;
        if (error is not null)
        {
            Refused = (reviewId, text ?? "", error);
            Reviews = await PageAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var first = review.SupplierReply is null;
        review.Reply(text!, tenant.UserName, clock.GetUtcNow());
        TempData["Status"] = await ItemRatings.SaveAsync(db, review, version, ct)
            ? first ? "Uw reactie staat nu onder de ervaring." : "Uw reactie is bijgewerkt."
            : "Iemand anders heeft intussen op deze ervaring gereageerd. Bekijk de reactie en pas haar zo nodig aan.";
        return RedirectToPage(new { State.Q, State.Status, State.PageNumber });
    }

    /// <summary>Reviews are public, so this filter on the supplier's own items is what keeps suppliers apart.</summary>
    private IQueryable<Review> Own()
    {
        var supplierId = tenant.OrganizationId;
        return db.Reviews.Where(r => r.Status == ReviewStatus.Published
                                     && db.CatalogItems.Any(i => i.Id == r.ItemId && i.SupplierId == supplierId));
    }

    private IQueryable<ReviewOfItem> Filtered()
    {
        var supplierId = tenant.OrganizationId;
        var query = Own().AsNoTracking()
            .Join(db.CatalogItems.Where(i => i.SupplierId == supplierId), r => r.ItemId, i => i.Id, (r, i) => new { Review = r, i.Title });
        if (State.Status == "onbeantwoord") query = query.Where(x => x.Review.SupplierReply == null);
        if (State.Search is { } q)
        {
            var pattern = SearchTerms.Contains(q);
            query = query.Where(x => EF.Functions.Like(x.Title.ToLower(), pattern) || EF.Functions.Like(x.Review.Text.ToLower(), pattern));
        }
        // Unanswered first, then newest first (ids are time-ordered).
        return query.OrderBy(x => x.Review.SupplierReply != null).ThenByDescending(x => x.Review.Id).Select(x => new ReviewOfItem(x.Review, x.Title));
    }

    private async Task<Paged<SupplierReviewRow>> PageAsync(CancellationToken ct)
    {
        var page = await Filtered().ToPagedAsync(State.PageNumber, ct);
        return new Paged<SupplierReviewRow>(page.Items.Select(ToRow).ToList(), page.Total, page.Page, page.PageSize);
    }

    private sealed record ReviewOfItem(Review Review, string Title);

    private static SupplierReviewRow ToRow(ReviewOfItem x) =>
        new(x.Review.Id, x.Review.ItemId, x.Title, x.Review.Reviewer(), x.Review.Overall, x.Review.Text, x.Review.CreatedAt,
            x.Review.SupplierReply, x.Review.SupplierReplyAt, x.Review.Version);
}
