using Microsoft.Playwright;

namespace Regie.BrowserTests.Infrastructure;

public static class KeyboardExtensions
{
    public static Task<bool> IsFocusedAsync(this ILocator locator) =>
        locator.EvaluateAsync<bool>("element => element === document.activeElement");

    /// <summary>Presses Tab until the element has focus, as a keyboard user would; fails if it is not reachable.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 40)
    {
        await target.WaitForAsync();
        for (var presses = 0; presses <= maxPresses; presses++)
        {
            if (await target.IsFocusedAsync()) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Could not reach {target} with {maxPresses} presses of Tab.");
    }
}
