using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs;

/// <summary>The author rewrites their story; a ManageNeeds user may edit any.</summary>
[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed class EditModel(RegieDbContext db, TenantContext tenant, SchoolDirectory directory, SolutionWords words, IAuthorizationService authorization)
    : PageModel, INeedForm
{
    [BindProperty] public NeedInput Input { get; set; } = new();
    public Need Need { get; private set; } = null!;
    public NeedInput? Current { get; private set; }
    public IReadOnlyList<SchoolListItem> SchoolChoices { get; private set; } = [];
    public IReadOnlyList<SolutionWordHit> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input = NeedInput.From(Need);
        SchoolChoices = await NeedForm.SchoolChoicesAsync(db, directory, Input.SchoolIds, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var linked = Need.Schools.Select(s => s.SchoolId).ToList();
        var listing = await directory.ForCurrentBoardAsync(db, ct);
        SchoolChoices = NeedForm.SchoolChoices(listing, linked);
        if (Need.Version != Input.Version) return Conflict(Need);
        Input.Validate(ModelState, listing, linked);
        if (!ModelState.IsValid) return Page();
        Hits = (await words.MatcherAsync(db, ct)).Find(Input.AsRole, Input.Want, Input.SoThat);
        if (Hits.Count > 0 && !Input.ConfirmSolutionWords) return Page();

        Input.ApplyTo(Need);
        if (!await db.SaveIfUnchangedAsync(Need, Input.Version, ct))
        {
            return Conflict(await db.Needs.AsNoTracking().Include(n => n.Schools).SingleAsync(n => n.Id == id, ct));
        }
        TempData["Status"] = "De wijzigingen aan de behoefte zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Needs.Include(n => n.Schools).SingleOrDefaultAsync(n => n.Id == id, ct) is not { } need) return NotFound();
        Need = need;
        var manager = (await authorization.AuthorizeAsync(User, Capabilities.ManageNeeds)).Succeeded;
        return manager || need.CreatedById == tenant.UserId ? null : Forbid();
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(Need stored)
    {
        Need = stored;
        Current = NeedInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze behoefte"));
        Input.Version = stored.Version;
        Hits = [];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
