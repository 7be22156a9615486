using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Market;

[Collection(RegieCollection.Name)]
public sealed class SearchAndCompareTests(RegieFixture app)
{
    [Fact]
    public async Task Leraar_filters_by_subject_and_level_goes_back_and_compares_three_items()
    {
        await using var context = await app.NewContextAsync(Roles.Teacher);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Markt");
        var search = await new SearchPage(page).WaitAsync();
        await Axe.AssertNoViolationsAsync(page);

        var maths = await search.CountOfAsync("Vak", "Rekenen en wiskunde");
        await search.TickAsync("Vak", "Rekenen en wiskunde");
        await Expect(page).ToHaveURLAsync(new Regex(@"/Market\?.*subject=rekenen-wiskunde"));
        await Expect(page).Not.ToHaveURLAsync(new Regex("level="));
        await Expect(search.Count).ToHaveTextAsync($"{maths} resultaten");

        var groupFive = await search.CountOfAsync("Leerjaar", "Groep 5");
        Assert.InRange(groupFive, 3, maths);
        await search.TickAsync("Leerjaar", "Groep 5");
        await Expect(page).ToHaveURLAsync(new Regex(@"/Market\?.*subject=rekenen-wiskunde.*&level=groep-5"));
        await Expect(search.Count).ToHaveTextAsync($"{groupFive} resultaten");
        await Axe.AssertNoViolationsAsync(page);

        await page.GoBackAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("level="));
        await Expect(search.Value("Leerjaar", "Groep 5")).Not.ToBeCheckedAsync();
        await Expect(search.Count).ToHaveTextAsync($"{maths} resultaten");
        await page.GoForwardAsync();
        await Expect(search.Value("Leerjaar", "Groep 5")).ToBeCheckedAsync();
        await Expect(search.Count).ToHaveTextAsync($"{groupFive} resultaten");

        var chosen = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var box = search.CompareBoxes.Nth(i);
            await box.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Expect(box).ToBeCheckedAsync();
            chosen.Add(Regex.Replace(await box.EvaluateAsync<string>("b => b.labels[0].textContent"), @"^Vergelijk\s*", "").Trim());
        }

        var compare = await search.CompareAsync();
        await Expect(compare.ItemHeaders).ToHaveTextAsync(chosen.Select(t => new Regex(@"^\s*" + Regex.Escape(t) + @"\s")).ToArray());
        await Expect(compare.DifferingRows.First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await compare.OnlyDifferences.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await compare.Update.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("onlyDifferences=true"));
        await Expect(compare.DifferingRows.First).ToBeVisibleAsync();
        await Expect(compare.AttributeRows).ToHaveCountAsync(await compare.DifferingRows.CountAsync());
    }
}
