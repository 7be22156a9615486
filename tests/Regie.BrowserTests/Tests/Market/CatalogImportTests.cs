using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Market;

[Collection(RegieCollection.Name)]
public sealed class CatalogImportTests(RegieFixture app)
{
    [Fact]
    public async Task Supplier_imports_fifty_items_sees_two_bad_rows_fixes_the_file_and_finds_the_items_in_the_portal()
    {
        var token = "Imp" + Guid.NewGuid().ToString("N")[..6];
        var broken = ImportCatalogFile.Series(token, 50).With(12, "prijs excl. btw", "-3,00").With(37, "vakken", "Sterrenkunde");
        await using var context = await app.NewContextAsync(Roles.Supplier);
        var page = await context.NewPageAsync();
        await new PortalListPage(page).OpenAsync();
        var portal = new ImportCatalogPage(page);

        await page.TabToAsync(portal.ImportLink);
        await page.Keyboard.PressAsync("Enter");
        var import = new ImportPage(page);
        await Expect(import.Heading).ToHaveTextAsync("Aanbod importeren");
        await Expect(portal.TemplateCsv).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await import.UploadAsync("aanbod.csv", broken.Bytes());

        await Expect(import.ErrorsHeading).ToHaveTextAsync("2 fouten gevonden – er is niets opgeslagen");
        var errors = await import.ErrorsAsync();
        Assert.Collection(errors,
            e => Assert.Equal((13, "Prijs excl. btw mag niet negatief zijn."), e),
            e => { Assert.Equal(38, e.Line); Assert.Contains("'Sterrenkunde'", e.Message); });
        await Expect(import.Commit).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);

        await page.TabToAsync(import.ChooseOther, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");
        await Expect(import.Check).ToBeVisibleAsync();
        await import.UploadAsync("aanbod-verbeterd.csv", ImportCatalogFile.Series(token, 50).Bytes());
        await Expect(import.Commit).ToHaveTextAsync("50 regels importeren");
        await Expect(import.PreviewRows.First).ToContainTextAsync($"{token}-01");
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(import.Commit, maxPresses: 200);
        await page.Keyboard.PressAsync("Enter");
        await Expect(import.Done).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Axe.AssertNoViolationsAsync(page);

        await import.ShowResult.ClickAsync();
        await Expect(new PortalListPage(page).Heading).ToBeVisibleAsync();
        await portal.SearchAsync(token);
        await Expect(portal.Count).ToHaveTextAsync("50 items gevonden");
        await Expect(portal.ItemLink($"Leerlijn {token} 1")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Supplier_makes_an_api_key_by_keyboard_sees_it_once_and_revokes_it()
    {
        var name = "Voorraadkoppeling " + Guid.NewGuid().ToString("N")[..4];
        await using var context = await app.NewContextAsync(Roles.Supplier);
        var page = await context.NewPageAsync();
        var keys = await new ImportApiKeysPage(page).OpenAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.TabToAsync(keys.Name, maxPresses: 80);
        await page.Keyboard.TypeAsync(name);
        await page.TabToAsync(keys.Write);
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(keys.Create);
        await page.Keyboard.PressAsync("Enter");

        await Expect(keys.IssuedKey).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^regie_[0-9a-f]{12}\."));
        await Axe.AssertNoViolationsAsync(page);

        await keys.Revoke(name).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(keys.Notice).ToBeVisibleAsync();
        await Expect(keys.IssuedKey).ToHaveCountAsync(0);
        await Expect(keys.Revoke(name)).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
    }
}
