using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class MainMenuTests(RegieFixture app)
{
    private static string Email(string local) => $"{local}@demo.regie.nl";

    /// <summary>What each demo account may see, written out from Navigation.Items and CapabilityHandler.</summary>
    public static TheoryData<string, string[]> ExpectedMenus => new()
    {
        { Email("bestuurder"), ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Organisatie"] },
        { Email("inkoper"), ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerresultaten", "Scholen", "Organisatie"] },
        { Email("ict"), ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Organisatie"] },
        { Email("schoolleider"), ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Organisatie"] },
        { Email("leraar"), ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoopbeleid", "Leerresultaten", "Scholen", "Organisatie"] },
        { Email("beheerder"), ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Gebruikers", "Organisatie"] },
        { Email("leverancier"), ["Start", "Markt", "Mijn aanbod", "Ervaringen", "Aanbestedingen", "API-sleutels", "Organisatie"] },
        { Email("leverancier2"), ["Start", "Markt", "Mijn aanbod", "Ervaringen", "Aanbestedingen", "API-sleutels", "Organisatie"] },
        { Email("cooperatie"), ["Start", "Markt", "Gedeelde behoeften", "Bundelvoorstellen", "Aangesloten besturen", "Organisatie"] },
        { Email("beleid"), ["Start", "Markt", "Besturen en scholen", "Organisatie"] },
        { Email("moderator"), ["Start", "Markt", "Moderatie", "Drempelbedragen", "Pseudoniemsleutels", "Gebruikers", "Organisatie"] },
        { Email("commissie"), ["Start", "Markt", "Erkenning", "Organisatie"] },
        { Email("commissie2"), ["Start", "Markt", "Erkenning", "Organisatie"] },
    };

    [Fact]
    public void Every_demo_account_has_an_expected_menu()
    {
        var covered = ExpectedMenus.Select(row => (string)row[0]).Order();
        Assert.Equal(DemoSeeder.Accounts.Select(a => a.Email).Order(), covered);
    }

    [Theory]
    [MemberData(nameof(ExpectedMenus))]
    public async Task Each_account_sees_exactly_its_menu_items_and_can_log_out(string email, string[] expected)
    {
        var account = DemoSeeder.Accounts.Single(a => a.Email == email);
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
