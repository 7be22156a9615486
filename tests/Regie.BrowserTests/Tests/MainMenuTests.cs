using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class MainMenuTests(RegieFixture app)
{
    /// <summary>What each role may see, written out from Navigation.Items and CapabilityHandler.</summary>
    public static TheoryData<string, string[]> ExpectedMenus => new()
    {
        { Roles.Executive, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Scholen", "Organisatie"] },
        { Roles.Purchaser, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Scholen", "Organisatie"] },
        { Roles.IctCoordinator, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Scholen", "Organisatie"] },
        { Roles.SchoolLeader, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Scholen", "Organisatie"] },
        { Roles.Teacher, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Scholen", "Organisatie"] },
        { Roles.Administrator, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Scholen", "Gebruikers", "Organisatie"] },
        { Roles.Supplier, ["Start", "Organisatie"] },
        { Roles.Cooperative, ["Start", "Gedeelde behoeften", "Bundelvoorstellen", "Aangesloten besturen", "Organisatie"] },
        { Roles.PolicyAdviser, ["Start", "Besturen en scholen", "Organisatie"] },
    };

    [Fact]
    public void Every_demo_account_has_an_expected_menu()
    {
        var covered = ExpectedMenus.Select(row => (string)row[0]).Order();
        Assert.Equal(DemoSeeder.Accounts.Select(a => a.Role).Order(), covered);
    }

    [Theory]
    [MemberData(nameof(ExpectedMenus))]
    public async Task Each_role_sees_exactly_its_menu_items_and_can_log_out(string role, string[] expected)
    {
        var account = DemoSeeder.Accounts.Single(a => a.Role == role);
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        var shell = await (await new LoginPage(page).GotoAsync()).LoginAsync(account.Email, DemoSeeder.Password);

        await Expect(shell.MenuLinks).ToHaveTextAsync(expected);
        await Expect(shell.MenuLink("Start")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByText(account.Organization).First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        var login = await shell.LogoutAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("U bent uitgelogd.");
        await Expect(shell.MainMenu).ToHaveCountAsync(0);
        await Expect(login.Email).ToBeVisibleAsync();
    }
}
