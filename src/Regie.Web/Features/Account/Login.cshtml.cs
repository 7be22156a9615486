using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;

namespace Regie.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IConfiguration configuration) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "E-mailadres"), Required(ErrorMessage = "Vul uw e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in."), DataType(DataType.EmailAddress)]
        public string Email { get; set; } = "";

        [Display(Name = "Wachtwoord"), Required(ErrorMessage = "Vul uw wachtwoord in."), DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public void OnGet() => ShowDemoAccounts();

    public async Task<IActionResult> OnPostAsync()
    {
        ShowDemoAccounts();
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            Error = "Het e-mailadres of het wachtwoord klopt niet.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = result.IsLockedOut
            ? user.IsActive
                ? "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw of vraag de beheerder om hulp."
                : "Dit account is gedeactiveerd. Neem contact op met de beheerder van uw organisatie."
            : "Het e-mailadres of het wachtwoord klopt niet.";
        return Page();
    }

    private void ShowDemoAccounts()
    {
        if (configuration.GetValue<bool>("Regie:DemoData")) DemoAccounts = DemoSeeder.Accounts;
    }
}
