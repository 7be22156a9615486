using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Organization;

/// <summary>The signed-in user's own organization: everyone reads it, those with the right role edit it.</summary>
public sealed class ProfileModel(RegieDbContext db, TenantContext tenant, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public ProfileInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    public Infrastructure.Tenancy.Organization Organization { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public string? CooperativeName { get; private set; }
    public bool Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool edit = false)
    {
        await LoadAsync();
        Input = ProfileInput.From(Organization);
        Editing = edit && CanEdit;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!CanEdit) return Forbid();
        Editing = true;
        if (Organization.Version != Input.Version) return Conflict();
        Input.Validate(ModelState, Organization);
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(Organization);
        if (!await db.SaveIfUnchangedAsync(Organization, Input.Version))
        {
            await LoadAsync();
            return Conflict();
        }
        if (Organization is Supplier) await Market.Catalog.SupplierNames.RefreshAsync(db, Organization.Id, Organization.Name);
        TempData["Status"] = "Het profiel is opgeslagen.";
        return RedirectToPage();
    }

    private PageResult Conflict()
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit profiel"));
        Input.Version = Organization.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LoadAsync()
    {
        Organization = await db.Organizations.SingleAsync(o => o.Id == tenant.OrganizationId);
        CanEdit = (await authorization.AuthorizeAsync(User, Capabilities.EditOrganizationProfile)).Succeeded;
        if (Organization is Board { CooperativeId: { } cooperativeId })
            CooperativeName = await db.Cooperatives.Where(c => c.Id == cooperativeId).Select(c => c.Name).SingleOrDefaultAsync();
    }
}
