using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Users;

[Authorize(Policy = Capabilities.ManageUsers)]
public sealed class InviteModel(
    UserManager<AppUser> users, RegieDbContext db, TenantContext tenant, UserInvitations invitations) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public List<string> Roles { get; set; } = [];
    public IReadOnlyList<RoleChoice> Choices { get; private set; } = [];
    public string? RolesError { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Naam"), Required(ErrorMessage = "Vul de naam in."), StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
        public string Name { get; set; } = "";

        [Display(Name = "E-mailadres"), Required(ErrorMessage = "Vul het e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@school.nl."), DataType(DataType.EmailAddress)]
        public string Email { get; set; } = "";
    }

    public void OnGet() => Choices = RoleChoice.For(tenant.Kind!.Value, []);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var roles = RoleChoice.Allowed(tenant.Kind!.Value, Roles);
        Choices = RoleChoice.For(tenant.Kind!.Value, roles);
        if (roles.Count == 0)
        {
            RolesError = "Kies minstens één rol.";
            ModelState.AddModelError("Roles", RolesError);
        }
        if (!ModelState.IsValid) return Page();

        var email = Input.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, DisplayName = Input.Name.Trim(), OrganizationId = tenant.OrganizationId!.Value, EmailConfirmed = true };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError("Input.Email", error.Description);
            return Page();
        }
        var assigned = await users.AddToRolesAsync(user, roles);
        if (!assigned.Succeeded) throw new InvalidOperationException(string.Join("; ", assigned.Errors.Select(e => e.Description)));
        var organization = await db.Organizations.FindAsync([tenant.OrganizationId], ct);
        await invitations.SendAsync(user, organization!.Name, tenant.UserName, $"{Request.Scheme}://{Request.Host}", ct);
        await transaction.CommitAsync(ct);
        TempData["Status"] = $"{user.DisplayName} is uitgenodigd. De uitnodiging is verstuurd naar {email}.";
        return RedirectToPage("Details", new { id = user.Id });
    }
}
