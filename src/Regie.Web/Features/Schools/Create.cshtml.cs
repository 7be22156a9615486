using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Schools;

[Authorize(Policy = Capabilities.ManageSchools)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant) : PageModel
{
    [BindProperty] public SchoolInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(ModelState, db, null, ct);
        if (!ModelState.IsValid) return Page();
        var school = new School { BoardId = tenant.OrganizationId!.Value };
        Input.ApplyTo(school);
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{school.Name} is toegevoegd.";
        return RedirectToPage("Details", new { id = school.Id });
    }
}
