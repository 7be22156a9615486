using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Schools;

[Authorize(Policy = Capabilities.ViewSchools)]
public sealed class DetailsModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public School School { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Schools.FindAsync([id], ct) is not { } school) return NotFound();
        School = school;
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageSchools)).Succeeded;
        return Page();
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, s => s.Archive(clock.GetUtcNow()), s => $"{s.Name} is gearchiveerd. U vindt de school terug onder 'Gearchiveerde scholen'.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, s => s.Restore(), s => $"{s.Name} is weer actief.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<School> change, Func<School, string> done, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageSchools)).Succeeded) return Forbid();
        if (await db.Schools.FindAsync([id], ct) is not { } school) return NotFound();
        if (school.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze school intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(school);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done(school);
        return RedirectToPage(new { id });
    }
}
