using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Account;

public sealed class ManageModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public AppUser Me { get; private set; } = null!;
    public IList<string> MyRoles { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Huidig wachtwoord"), Required(ErrorMessage = "Vul uw huidige wachtwoord in."), DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Display(Name = "Nieuw wachtwoord"), Required(ErrorMessage = "Kies een nieuw wachtwoord."), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Herhaal het nieuwe wachtwoord"), Required(ErrorMessage = "Herhaal het nieuwe wachtwoord."), DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
        public string Confirm { get; set; } = "";
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid) return Page();
        var result = await users.ChangePasswordAsync(Me, Input.Current, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.Current" : "Input.Password", error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(Me);
        TempData["Status"] = "Uw wachtwoord is gewijzigd.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Me = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        MyRoles = await users.GetRolesAsync(Me);
    }
}
