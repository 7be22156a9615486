using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

public sealed class LoginPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen bij Regie" });
    public ILocator Email => page.GetByLabel("E-mailadres");
    public ILocator Password => page.GetByLabel("Wachtwoord");
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true });

    public async Task<LoginPage> GotoAsync()
    {
        await page.GotoAsync("/Account/Login");
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task<AppShell> LoginAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
        var shell = new AppShell(page);
        await Expect(shell.MainMenu).ToBeVisibleAsync();
        return shell;
    }
}
