using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regie.BrowserTests.Pages;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.DemoData;

namespace Regie.BrowserTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class RegieCollection : ICollectionFixture<RegieFixture>
{
    public const string Name = "Regie in Chromium";
}

/// <summary>One app and one Chromium for the whole suite; every test gets fresh browser contexts.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class RegieFixture : IAsyncLifetime
{
    public const string PrimaryBoardNumber = "41237";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"regie-browsertests-{Guid.NewGuid():N}.db");
    private RegieAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly ConcurrentDictionary<string, string> _signedIn = new();

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The running app's services, for tests that must change what no page can, such as a deadline passing.</summary>
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        _app = new RegieAppFactory(_databasePath);
        _app.StartServer();
        BaseUrl = _app.ClientOptions.BaseAddress;
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new browser context: anonymous, or signed in as the demo account of a role (logging in once per role, then reusing the cookie).</summary>
    public async Task<IBrowserContext> NewContextAsync(string? role = null)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "nl-NL",
            AcceptDownloads = true,
            StorageState = role is not null && _signedIn.TryGetValue(role, out var state) ? state : null,
        });
        context.SetDefaultTimeout(10_000);
        if (role is not null && !_signedIn.ContainsKey(role))
        {
            var page = await context.NewPageAsync();
            await (await new LoginPage(page).GotoAsync()).LoginAsync(DemoAccounts.EmailOf(role), DemoSeeder.Password);
            _signedIn[role] = await context.StorageStateAsync();
            await page.CloseAsync();
        }
        return context;
    }

    /// <summary>The active schools of the demo primary board, by name, read straight from the database.</summary>
    public async Task<IReadOnlyList<School>> PrimaryBoardSchoolsAsync()
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        var boardId = await db.Boards.Where(b => b.BoardNumber == PrimaryBoardNumber).Select(b => b.Id).SingleAsync();
        return await db.Schools.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.BoardId == boardId && s.ArchivedAt == null)
            .OrderBy(s => s.Name).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databasePath + suffix);
    }
}
