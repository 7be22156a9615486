using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Plans;

[Authorize(Policy = Capabilities.ManageInvestmentPlans)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)] // a pasted 5 MB text gets the length message, not a form-reading error
public sealed class CreateModel(RegieDbContext db, TenantContext tenant, SchoolDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty] public PlanInput Input { get; set; } = new();
    public IReadOnlyList<SchoolListItem> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.FirstYear = clock.GetUtcNow().Year + 1;
        Schools = await ActiveSchoolsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var schools = await directory.ForCurrentBoardAsync(db, ct);
        Schools = schools.Find(new()).ToList();
        Input.Validate(ModelState, schools, clock.GetUtcNow().Year);
        if (!ModelState.IsValid) return Page();

        var (plan, version) = Input.Create(tenant.OrganizationId!.Value);
        db.AddRange(plan, version);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Het plan '{plan.Title}' is gemaakt. Voeg nu de geplande aanschaffen toe.";
        return RedirectToPage("Details", new { id = plan.Id });
    }

    private async Task<IReadOnlyList<SchoolListItem>> ActiveSchoolsAsync(CancellationToken ct) =>
        (await directory.ForCurrentBoardAsync(db, ct)).Find(new()).ToList();
}
