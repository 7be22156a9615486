using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Market;

[Collection(RegieCollection.Name)]
public sealed class CatalogPortalTests(RegieFixture app)
{
    [Fact]
    public async Task Supplier_creates_an_item_by_keyboard_publishes_it_and_sees_it_in_the_market()
    {
        await using var context = await app.NewContextAsync(Roles.Supplier);
        var page = await context.NewPageAsync();
        var list = await new PortalListPage(page).OpenAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.TabToAsync(list.AddItem);
        await page.Keyboard.PressAsync("Enter");
        var form = await new PortalItemFormPage(page).WaitAsync("Item toevoegen");
        var title = $"Breukenbaan {Guid.NewGuid().ToString()[..6]}";
        await form.Title.FillAsync(title);
        await form.Summary.FillAsync("Breuken oefenen met de getallenlijn, voor groep 6 tot en met 8.");
        await form.Description.FillAsync("Leerlingen schuiven breuken op een getallenlijn.\n\nDe leraar ziet wie de stap naar kommagetallen kan maken.");
        await form.Kind.SelectOptionAsync(new SelectOptionValue { Label = "Digitaal leermiddel" });
        await form.Box("Sectoren", "po").CheckAsync();
        await form.Box("Vakken", "Rekenen en wiskunde").CheckAsync();
        await form.OpenFoldAsync("Leerjaren", "Primair onderwijs");
        await form.Box("Leerjaren", "Groep 6").CheckAsync();
        await page.TabToAsync(form.Price, maxPresses: 200);
        await page.Keyboard.TypeAsync("12,50");
        await form.DataLocation.SelectOptionAsync(new SelectOptionValue { Label = "Binnen de EU/EER" });
        await Axe.AssertNoViolationsAsync(page);
        await form.SaveConcept.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var item = await new PortalItemPage(page).WaitAsync(title);
        await Expect(item.StatusTitle).ToHaveTextAsync("Status: Concept");
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(item.Publish, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");
        await Expect(item.StatusTitle).ToHaveTextAsync("Status: Gepubliceerd");

        await item.ViewInMarket.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("€ 12,50").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kosten in één oogopslag" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
