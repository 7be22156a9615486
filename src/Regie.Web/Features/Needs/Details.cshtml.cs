using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs;

public sealed record Option(Guid Id, string Name);

/// <summary>One need: its story and facts, support and comments; the workflow handlers are in Details.Workflow.cs.</summary>
[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed partial class DetailsModel(
    RegieDbContext db, TenantContext tenant, SchoolDirectory directory, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Need Need { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    public IReadOnlyList<string> SchoolNames { get; private set; } = [];
    public IReadOnlyList<NeedEndorsement> Endorsements { get; private set; } = [];
    public IReadOnlyList<NeedComment> Comments { get; private set; } = [];
    public IReadOnlyList<Option> Initiatives { get; private set; } = [];
    public IReadOnlyList<Option> WorkingGroups { get; private set; } = [];
    public bool EndorsedByMe { get; private set; }
    public Guid? CurrentUserId => tenant.UserId;
    public bool CanEdit { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanShare { get; private set; }
    /// <summary>The board lets its cooperative see its name next to shared needs.</summary>
    public bool ShowsBoardName { get; private set; }
    public string? CommentText { get; set; }
    public string? RejectionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostEndorseAsync(Guid id, CancellationToken ct) => SupportAsync(id, endorse: true, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => SupportAsync(id, endorse: false, ct);

    public async Task<IActionResult> OnPostCommentAsync(Guid id, string? text, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        CommentText = text;
        if (string.IsNullOrWhiteSpace(text))
            ModelState.AddModelError(nameof(CommentText), "Schrijf eerst uw reactie.");
        else if (text.Trim().Length > Need.TextMax)
            ModelState.AddModelError(nameof(CommentText), $"Uw reactie mag niet langer zijn dan {Need.TextMax:N0} tekens; ze is nu {text.Trim().Length:N0} tekens.");
        if (!ModelState.IsValid) return Invalid();

        db.NeedComments.Add(new NeedComment
        {
            NeedId = id, BoardId = Need.BoardId, AuthorId = tenant.UserId!.Value, AuthorName = tenant.UserName, Text = text!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Uw reactie is geplaatst.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SupportAsync(Guid id, bool endorse, CancellationToken ct)
    {
        if (await db.Needs.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct) is not { } need) return NotFound();
        var userId = tenant.UserId!.Value;
        var mine = await db.NeedEndorsements.SingleOrDefaultAsync(e => e.NeedId == id && e.UserId == userId, ct);
        if (endorse && need.CreatedById == userId)
            TempData["Status"] = "U hebt deze behoefte zelf ingediend; steun van collega's laat zien dat meer mensen haar delen.";
        else if (endorse && mine is null)
        {
            db.NeedEndorsements.Add(new NeedEndorsement { NeedId = id, BoardId = need.BoardId, UserId = userId, UserName = tenant.UserName, CreatedAt = clock.GetUtcNow() });
            TempData["Status"] = await SavedAsync(ct) ? "U steunt deze behoefte." : "U steunde deze behoefte al.";
        }
        else if (!endorse && mine is not null)
        {
            db.NeedEndorsements.Remove(mine);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = "Uw steun is ingetrokken.";
        }
        else TempData["Status"] = endorse ? "U steunde deze behoefte al." : "U steunde deze behoefte niet.";
        return RedirectToPage(new { id });
    }

    /// <summary>A second click in another tab can race the first; the key allows one endorsement per person.</summary>
    private async Task<bool> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Needs.Include(n => n.Schools).SingleOrDefaultAsync(n => n.Id == id, ct) is not { } need) return false;
        Need = need;
        var schools = (await directory.ForCurrentBoardAsync(db, ct)).Find(new() { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
        SchoolNames = need.Schools.Select(s => schools.GetValueOrDefault(s.SchoolId, "")).Order(StringComparer.CurrentCulture).ToList();
        // SQLite cannot sort DateTimeOffset; a need has few endorsements, and comment ids are time-ordered.
        Endorsements = (await db.NeedEndorsements.AsNoTracking().Where(e => e.NeedId == id).ToListAsync(ct)).OrderBy(e => e.CreatedAt).ToList();
        Comments = await db.NeedComments.AsNoTracking().Where(c => c.NeedId == id).OrderBy(c => c.Id).ToListAsync(ct);
        EndorsedByMe = Endorsements.Any(e => e.UserId == tenant.UserId);
        CanManage = await AllowedAsync(Capabilities.ManageNeeds);
        CanEdit = CanManage || need.CreatedById == tenant.UserId;
        var board = await db.Boards.AsNoTracking().Where(b => b.Id == need.BoardId).Select(b => new { b.CooperativeId, b.ShowNameToCooperative }).SingleAsync(ct);
        CanShare = board.CooperativeId is not null && await AllowedAsync(Capabilities.ShareNeeds);
        ShowsBoardName = board.ShowNameToCooperative;
        Initiatives = await db.Initiatives.AsNoTracking().Where(i => i.ArchivedAt == null || i.Id == need.InitiativeId)
            .OrderBy(i => i.Title).Select(i => new Option(i.Id, i.Title)).ToListAsync(ct);
        WorkingGroups = await db.WorkingGroups.AsNoTracking().Where(g => g.ArchivedAt == null || g.Id == need.WorkingGroupId)
            .OrderBy(g => g.Name).Select(g => new Option(g.Id, g.Name)).ToListAsync(ct);
        return true;
    }

    private async Task<bool> AllowedAsync(string capability) => (await authorization.AuthorizeAsync(User, capability)).Succeeded;

    /// <summary>The page again with the message next to the field and the user's text kept.</summary>
    private PageResult Invalid() => Page();
}
