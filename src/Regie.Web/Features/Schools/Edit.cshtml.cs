using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Schools;

[Authorize(Policy = Capabilities.ManageSchools)]
public sealed class EditModel(RegieDbContext db) : PageModel
{
    [BindProperty] public SchoolInput Input { get; set; } = new();
    public School School { get; private set; } = null!;
    public SchoolInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schools.FindAsync([id], ct) is not { } school) return NotFound();
        School = school;
        Input = SchoolInput.From(school);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schools.FindAsync([id], ct) is not { } school) return NotFound();
        School = school;
        if (school.Version != Input.Version) return Conflict(school);
        await Input.ValidateAsync(ModelState, db, id, ct);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(school);
        if (!await db.SaveIfUnchangedAsync(school, Input.Version, ct))
        {
            return Conflict(await db.Schools.AsNoTracking().SingleAsync(s => s.Id == id, ct));
        }
        TempData["Status"] = $"De wijzigingen aan {school.Name} zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(School stored)
    {
        School = stored;
        Current = SchoolInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze school"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
