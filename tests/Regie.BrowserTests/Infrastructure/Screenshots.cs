using Microsoft.Playwright;

namespace Regie.BrowserTests.Infrastructure;

/// <summary>Full-page pictures at the test viewport (1280px wide) for a person to look at; REGIE_SCREENSHOTS overrides the folder.</summary>
public static class Screenshots
{
    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("REGIE_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "regie-shots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
