using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

/// <summary>What every signed-in page has: the skip link, the main menu and the log-out button.</summary>
public sealed class AppShell(IPage page)
{
    public ILocator SkipLink => page.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" });
    public ILocator MainMenu => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
    public ILocator MenuLinks => MainMenu.GetByRole(AriaRole.Link);
    public ILocator MenuLink(string label) => MainMenu.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });
    public ILocator LogoutButton => page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" });
    public ILocator AccountLink => page.GetByRole(AriaRole.Link, new() { Name = "Mijn account" });
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public async Task OpenAsync(string menuLabel)
    {
        await MenuLink(menuLabel).ClickAsync();
        await Expect(MenuLink(menuLabel)).ToHaveAttributeAsync("aria-current", "page");
    }

    public async Task<LoginPage> LogoutAsync()
    {
        await LogoutButton.ClickAsync();
        var login = new LoginPage(page);
        await Expect(login.Heading).ToBeVisibleAsync();
        return login;
    }
}
