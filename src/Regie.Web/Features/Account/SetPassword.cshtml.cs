using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Account;

/// <summary>Where an invitation link lands: the invited user chooses a password.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool LinkInvalid { get; private set; }
    public string? Email { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Nieuw wachtwoord"), Required(ErrorMessage = "Kies een wachtwoord."), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Herhaal het wachtwoord"), Required(ErrorMessage = "Herhaal het wachtwoord."), DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
        public string Confirm { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindUserAsync();
        LinkInvalid = user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, Code);
        Email = user?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserAsync();
        if (user is null) { LinkInvalid = true; return Page(); }
        Email = user.Email;
        if (!ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user, Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : "Input.Password", error.Description);
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        TempData["Status"] = "Uw wachtwoord is ingesteld. U kunt nu inloggen.";
        return RedirectToPage("/Account/Login");
    }

    private async Task<AppUser?> FindUserAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        return user is { IsActive: true } ? user : null;
    }
}
