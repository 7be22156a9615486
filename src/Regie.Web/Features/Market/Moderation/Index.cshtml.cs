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

namespace Regie.Web.Features.Market.Moderation;

/// <summary>The platform moderator's queue: reported reviews, oldest first; hide with a reason, restore, or dismiss the reports.</summary>
[Authorize(Policy = Capabilities.ModerateMarket)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public const int ReasonMax = 1000;

    /// <summary>"afgehandeld" shows handled reports; otherwise the open queue.</summary>
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public bool Handled => State.Status == "afgehandeld";
    public Paged<ModerationCase> Open { get; private set; } = null!;
    public Paged<ReportRow> Closed { get; private set; } = null!;
    public (Guid ReviewId, string Action, string Text, string Error)? Refused { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<ReportRow>> ExportColumns =
    [
        new("Gemeld op", r => r.CreatedAt, ExportKind.DateTime),
        new("Product", r => r.ItemTitle),
        new("Ervaring van", r => r.Reviewer),
        new("Ervaring", r => r.Text),
        new("Reden", r => r.Reason),
        new("Toelichting", r => r.Note),
        new("Gemeld door", r => r.ReporterName),
        new("Status ervaring", r => r.Status),
        new("Uitkomst", r => r.Outcome),
        new("Afgehandeld op", r => r.HandledAt, ExportKind.DateTime),
        new("Afgehandeld door", r => r.HandledBy),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Request.IsHtmx() ? Partial("_ModerationRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = (await ModerationQueue.Reports(db, Handled).ToListAsync(ct)).Select(ModerationQueue.ToRow);
        return ExportFile.Create(rows, ExportColumns, exportFormat, Handled ? "meldingen-afgehandeld" : "meldingen-open", clock.GetUtcNow());
    }

    public Task<IActionResult> OnPostHideAsync(Guid reviewId, string? reason, CancellationToken ct) =>
        DecideAsync(reviewId, "hide", reason, "Vul de reden in; de schrijver van de ervaring leest haar.", (review, text, now) =>
        {
            review.Hide(text, tenant.UserName, now);
            return ($"Ervaring verborgen. Reden: {text}", "De ervaring is verborgen en telt niet meer mee in de scores.");
        }, ct);

    public Task<IActionResult> OnPostDismissAsync(Guid reviewId, string? outcome, CancellationToken ct) =>
        DecideAsync(reviewId, "dismiss", outcome, "Vul de uitkomst in, zodat later duidelijk is waarom de ervaring blijft staan.",
            (_, text, _) => (text, "De meldingen zijn afgehandeld; de ervaring blijft zichtbaar."), ct);

    public async Task<IActionResult> OnPostRestoreAsync(Guid reviewId, CancellationToken ct)
    {
        if (await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct) is not { } review) return NotFound();
        if (review.Status != ReviewStatus.Hidden) return RedirectToPage(new { State.Status });
        review.Restore(tenant.UserName, clock.GetUtcNow());
        await ItemRatings.SaveAsync(db, review, null, ct);
        TempData["Status"] = "De ervaring is weer zichtbaar en telt weer mee in de scores.";
        return RedirectToPage(new { State.Status });
    }

    /// <summary>Closes every open report of the review with the same outcome, after the change to the review itself.</summary>
    private async Task<IActionResult> DecideAsync(Guid reviewId, string action, string? text, string missing,
        Func<Review, string, DateTimeOffset, (string Outcome, string Done)> decide, CancellationToken ct)
    {
        if (await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct) is not { } review) return NotFound();
        var reports = await db.ReviewReports.Where(r => r.ReviewId == reviewId && r.HandledAt == null).ToListAsync(ct);
        if (reports.Count == 0 || review.Status != ReviewStatus.Published) return RedirectToPage();
        var error = string.IsNullOrWhiteSpace(text) ? missing
            : text.Trim().Length > ReasonMax ? $"Gebruik hoogstens {ReasonMax:N0} tekens; het zijn er nu {text.Trim().Length:N0}." : null;
        if (error is not null)
        {
            Refused = (reviewId, action, text ?? "", error);
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var now = clock.GetUtcNow();
        var (outcome, done) = decide(review, text!.Trim(), now);
        foreach (var report in reports) report.Handle(outcome, tenant.UserName, now);
        await ItemRatings.SaveAsync(db, review, null, ct);
        TempData["Status"] = done;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Handled)
        {
            var page = await ModerationQueue.Reports(db, handled: true).ToPagedAsync(State.PageNumber, ct);
            Closed = new Paged<ReportRow>(page.Items.Select(ModerationQueue.ToRow).ToList(), page.Total, page.Page, page.PageSize);
        }
        else Open = (await ModerationQueue.OpenCasesAsync(db, ct)).ToPaged(State.PageNumber);
    }
}
