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
        var (page, shell) = await context.OpenStartAsync();
        await page.GotoAsync("/Schools");

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await shell.SkipLink.IsFocusedAsync(), "The first Tab should land on 'Direct naar de inhoud'.");
        await Expect(shell.SkipLink).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.Locator("main").IsFocusedAsync(), "The skip link should move focus to the main content.");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await new SchoolsPage(page).AddSchool.IsFocusedAsync(), "After skipping the menu, Tab should reach the page's first action.");
    }

    [Fact]
    public async Task A_beheerder_logs_in_and_adds_a_school_with_the_keyboard_only()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        var shell = new AppShell(page);

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await shell.SkipLink.IsFocusedAsync(), "The first Tab on the login page should land on the skip link.");
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
