using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Users;

[Authorize(Policy = Capabilities.ManageUsers)]
public sealed class DetailsModel(
    UserManager<AppUser> users, RegieDbContext db, TenantContext tenant, UserInvitations invitations, TimeProvider clock) : PageModel
{
    public AppUser Member { get; private set; } = null!;
    public IReadOnlyList<RoleChoice> Choices { get; private set; } = [];
    public string? RolesError { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    public bool IsSelf => Member.Id == tenant.UserId;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostRolesAsync(Guid id, List<string>? roles, string stamp)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        if (Member.ConcurrencyStamp != stamp) return Refuse(ConcurrencyMessage.For("deze gebruiker"));
        var wanted = RoleChoice.Allowed(tenant.Kind!.Value, roles);
        if (wanted.Count == 0) return Refuse("Kies minstens één rol. Wilt u dat iemand niet meer kan inloggen? Deactiveer de gebruiker dan.");
        if (IsSelf && !wanted.Contains(Roles.Administrator)) return Refuse("U kunt uw eigen beheerdersrol niet intrekken; vraag een andere beheerder.");

        var current = await users.GetRolesAsync(Member);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var removed = await users.RemoveFromRolesAsync(Member, current.Except(wanted));
        var added = removed.Succeeded ? await users.AddToRolesAsync(Member, wanted.Except(current)) : removed;
        if (!added.Succeeded) return Refuse(string.Join(" ", added.Errors.Select(e => e.Description)));
        await transaction.CommitAsync();
        TempData["Status"] = $"De rollen van {Member.DisplayName} zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, string stamp) =>
        await ChangeAsync(id, stamp, () => IsSelf ? "U kunt uw eigen account niet deactiveren." : null,
            u => u.Deactivate(clock.GetUtcNow()), u => $"{u.DisplayName} is gedeactiveerd en kan niet meer inloggen. De gegevens blijven bewaard.");

    public async Task<IActionResult> OnPostReactivateAsync(Guid id, string stamp) =>
        await ChangeAsync(id, stamp, () => null, u => u.Reactivate(), u => $"{u.DisplayName} is weer actief.");

    public async Task<IActionResult> OnPostResendAsync(Guid id)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        var organization = await db.Organizations.FindAsync(tenant.OrganizationId);
        await invitations.SendAsync(Member, organization!.Name, tenant.UserName, $"{Request.Scheme}://{Request.Host}", HttpContext.RequestAborted);
        TempData["Status"] = $"Er is een nieuwe uitnodiging verstuurd naar {Member.Email}.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ChangeAsync(Guid id, string stamp, Func<string?> refusal, Action<AppUser> change, Func<AppUser, string> done)
    {
        if (await LoadAsync(id) is { } missing) return missing;
        if (Member.ConcurrencyStamp != stamp) return Refuse(ConcurrencyMessage.For("deze gebruiker"));
        if (refusal() is { } reason) return Refuse(reason);
        try { change(Member); }
        catch (InvalidOperationException) { return RedirectToPage(new { id }); }
        var result = await users.UpdateAsync(Member);
        if (!result.Succeeded) return Refuse(string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.UpdateSecurityStampAsync(Member); // ends the user's open sessions
        TempData["Status"] = done(Member);
        return RedirectToPage(new { id });
    }

    private PageResult Refuse(string message)
    {
        RolesError = message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        // Users sit outside the global tenant filter: another organization's user is simply not found.
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.OrganizationId == tenant.OrganizationId);
        if (member is null) return NotFound();
        Member = member;
        Choices = RoleChoice.For(tenant.Kind!.Value, await users.GetRolesAsync(member));
        return null;
    }
}
