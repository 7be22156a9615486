using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The market's search page: search box, facet checkboxes with counts, result cards with "vergelijk" boxes.</summary>
public sealed class SearchPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Producten en diensten", Level = 1 });
    public ILocator SearchBox => page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoekwoorden" });
    public ILocator Count => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("resulta") });
    public ILocator Facet(string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    /// <summary>A facet value's checkbox; its name ends in the count, "Groep 5 (3)".</summary>
    public ILocator Value(string legend, string label) =>
        Facet(legend).GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{Regex.Escape(label)} \\(\\d+\\)$") });

    public ILocator CompareBoxes => page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Vergelijk ") });
    public ILocator CompareButton => page.GetByRole(AriaRole.Button, new() { Name = "Vergelijk aangevinkte items" });

    public async Task<SearchPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    /// <summary>The number in a value's label: how many results ticking it would give.</summary>
    public async Task<int> CountOfAsync(string legend, string label)
    {
        var name = await Value(legend, label).EvaluateAsync<string>("box => box.labels[0].textContent");
        return int.Parse(Regex.Match(name, @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Ticks a value with the keyboard (focus, space) and waits for htmx to swap in the new results.</summary>
    public async Task TickAsync(string legend, string label)
    {
        var box = Value(legend, label);
        var swapped = page.WaitForResponseAsync(r => r.Url.Contains("/Market", StringComparison.Ordinal) && r.Request.Headers.ContainsKey("hx-request"));
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await swapped;
        await Expect(Value(legend, label)).ToBeCheckedAsync();
    }

    public async Task<ComparePage> CompareAsync()
    {
        await CompareButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        return await new ComparePage(page).WaitAsync();
    }
}
