using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs.WorkingGroups;

[Authorize(Policy = Capabilities.ManageNeeds)]
public sealed class EditModel(RegieDbContext db) : PageModel
{
    [BindProperty] public WorkingGroupInput Input { get; set; } = new();
    public WorkingGroup Group { get; private set; } = null!;
    public WorkingGroupInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.WorkingGroups.FindAsync([id], ct) is not { } group) return NotFound();
        Group = group;
        Input = WorkingGroupInput.From(group);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.WorkingGroups.FindAsync([id], ct) is not { } group) return NotFound();
        Group = group;
        if (group.Version != Input.Version) return Conflict(group);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(group);
        if (!await db.SaveIfUnchangedAsync(group, Input.Version, ct))
        {
            return Conflict(await db.WorkingGroups.AsNoTracking().SingleAsync(g => g.Id == id, ct));
        }
        TempData["Status"] = $"De wijzigingen aan werkgroep {group.Name} zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(WorkingGroup stored)
    {
        Group = stored;
        Current = WorkingGroupInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze werkgroep"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
