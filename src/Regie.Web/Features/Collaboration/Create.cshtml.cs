using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Collaboration;

[Authorize(Policy = Capabilities.ManageInitiatives)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty] public InitiativeInput Input { get; set; } = new();

    public void OnGet() => Input.StartYear = clock.GetUtcNow().Year;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var initiative = new Initiative { BoardId = tenant.OrganizationId!.Value };
        Input.ApplyTo(initiative);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{initiative.Title} is aangemaakt. Beantwoord nu de vragen van het stroomschema.";
        return RedirectToPage("Flowchart", new { id = initiative.Id });
    }
}
