using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Account;

/// <summary>Every page shows the sign-out button; see <see cref="SameOrigin"/> for why it carries no antiforgery token.</summary>
[IgnoreAntiforgeryToken]
public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (SameOrigin.IsCrossSite(Request)) return BadRequest();
        await signIn.SignOutAsync();
        TempData["Status"] = "U bent uitgelogd.";
        return RedirectToPage("/Account/Login");
    }
}
