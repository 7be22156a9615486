using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs.WorkingGroups;

[Authorize(Policy = Capabilities.ManageNeeds)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant) : PageModel
{
    [BindProperty] public WorkingGroupInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var group = new WorkingGroup { BoardId = tenant.OrganizationId!.Value };
        Input.ApplyTo(group);
        db.WorkingGroups.Add(group);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Werkgroep {group.Name} is aangemaakt. Voeg nu leden en behoeften toe.";
        return RedirectToPage("Details", new { id = group.Id });
    }
}
