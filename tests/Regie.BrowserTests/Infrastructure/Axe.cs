using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Regie.BrowserTests.Infrastructure;

public static class Axe
{
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core on the page as it is now and fails with every violation, its elements and the fix axe suggests.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options);
        if (result.Violations.Length == 0) return;
        var report = string.Join("\n", result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]\n" +
            string.Join("\n", v.Nodes.Select(n => $"    at {n.Target}: {Summary(n)}"))));
        Assert.Fail($"axe-core found {result.Violations.Length} violation(s) on {page.Url} (\"{await page.TitleAsync()}\"):\n{report}");
    }

    private static string Summary(AxeResultNode node) =>
        string.Join(" ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message));
}
