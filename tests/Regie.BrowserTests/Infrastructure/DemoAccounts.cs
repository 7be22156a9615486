using Microsoft.Playwright;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Infrastructure;

public static class DemoAccounts
{
    /// <summary>The first demo account with the role: for beheerder the board's, for erkenningscommissie the first member.</summary>
    public static string EmailOf(string role) => DemoSeeder.Accounts.First(a => a.Role == role).Email;

    /// <summary>Opens the start page in a new tab of a signed-in context.</summary>
    public static async Task<(IPage Page, AppShell Shell)> OpenStartAsync(this IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var shell = new AppShell(page);
        await Expect(shell.MainMenu).ToBeVisibleAsync();
        return (page, shell);
    }
}
