using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The comparison: one column per item, one row per attribute; differing rows say so.</summary>
public sealed class ComparePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Vergelijken", Level = 1 });
    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Vergelijking van" });
    public ILocator ItemHeaders => Table.GetByRole(AriaRole.Columnheader);
    /// <summary>The attribute rows, without the section headings between them.</summary>
    public ILocator AttributeRows => Table.Locator("th[scope=row]");
    public ILocator DifferingRows => Table.GetByRole(AriaRole.Rowheader, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"\(verschilt\)$") });
    public ILocator OnlyDifferences => page.GetByRole(AriaRole.Checkbox, new() { Name = "Alleen verschillen tonen" });
    public ILocator Update => page.GetByRole(AriaRole.Button, new() { Name = "Bijwerken" });

    public async Task<ComparePage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }
}
