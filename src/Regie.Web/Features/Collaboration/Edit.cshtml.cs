using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

[Authorize(Policy = Capabilities.ManageInitiatives)]
public sealed class EditModel(RegieDbContext db) : PageModel
{
    [BindProperty] public InitiativeInput Input { get; set; } = new();
    public Initiative Initiative { get; private set; } = null!;
    public InitiativeInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return NotFound();
        Initiative = initiative;
        Input = InitiativeInput.From(initiative);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return NotFound();
        Initiative = initiative;
        if (initiative.Version != Input.Version) return Conflict(initiative);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(initiative);
        if (!await db.SaveIfUnchangedAsync(initiative, Input.Version, ct))
        {
            return Conflict(await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == id, ct));
        }
        TempData["Status"] = $"De wijzigingen aan {initiative.Title} zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(Initiative stored)
    {
        Initiative = stored;
        Current = InitiativeInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit initiatief"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
