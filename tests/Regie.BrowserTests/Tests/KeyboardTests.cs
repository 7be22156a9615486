using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class KeyboardTests(RegieFixture app)
{
    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        await using var context = await app.NewContextAsync(Roles.Administrator);
        var page = await context.NewPageAsync();
        var schools = await new SchoolsPage(page).GotoAsync();
        var shell = new AppShell(page);

        await page.Keyboard.PressAsync("Tab");
        await Expect(shell.SkipLink).ToBeFocusedAsync();
        await Expect(shell.SkipLink).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(schools.AddSchool).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_beheerder_logs_in_and_adds_a_school_with_the_keyboard_only()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        var shell = new AppShell(page);

        await page.Keyboard.PressAsync("Tab");
        await Expect(shell.SkipLink).ToBeFocusedAsync();
        await page.TabToAsync(login.Email);
        await page.Keyboard.TypeAsync(DemoAccounts.EmailOf(Roles.Administrator));
        await page.TabToAsync(login.Password);
        await page.Keyboard.TypeAsync(DemoSeeder.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(shell.MainMenu).ToBeVisibleAsync();

        await page.TabToAsync(shell.MenuLink("Scholen"));
        await page.Keyboard.PressAsync("Enter");
        var schools = await new SchoolsPage(page).WaitAsync();
        await page.TabToAsync(schools.AddSchool);
        await page.Keyboard.PressAsync("Enter");
        var form = await new SchoolFormPage(page).WaitAsync("School toevoegen");

        foreach (var (field, text) in new[] { (form.Name, "CBS Het Toetsenbord"), (form.Brin, "32QY"), (form.Postcode, "4206 AH"), (form.City, "Leerdam") })
        {
            await page.TabToAsync(field);
            await page.Keyboard.TypeAsync(text);
        }
        await page.TabToAsync(form.Create);
        await page.Keyboard.PressAsync("Enter");

        var details = await new SchoolDetailsPage(page).WaitAsync("CBS Het Toetsenbord");
        await Expect(details.Status).ToHaveTextAsync("CBS Het Toetsenbord is toegevoegd.");
        await Expect(details.Value("Postcode en plaats")).ToHaveTextAsync("4206 AH Leerdam");
    }
}
