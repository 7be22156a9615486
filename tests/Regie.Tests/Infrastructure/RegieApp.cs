using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Infrastructure;

/// <summary>
/// The real app in process, on the database named by REGIE_TEST_DB (sqlite, the default, or postgres).
/// One app per test run; tests isolate themselves by creating their own boards.
/// </summary>
public sealed class RegieApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-wachtwoord-1";

    public string Provider { get; } = (Environment.GetEnvironmentVariable("REGIE_TEST_DB") ?? "sqlite").ToLowerInvariant();
    public MailCatcher Mail { get; } = new();
    private readonly string _database = $"regie_test_{Guid.NewGuid():N}";
    private string _connection = "";

    public async Task InitializeAsync()
    {
        await Mail.StartAsync();
        _connection = Provider == DatabaseSetup.Postgres
            ? $"{PostgresBase};Database={_database}"
            : $"Data Source={Path.Combine(Path.GetTempPath(), _database + ".db")}";
        _ = Server; // start the host: migrations run now, not inside the first test
    }

    private static string PostgresBase => Environment.GetEnvironmentVariable("REGIE_TEST_PG") ?? "Host=localhost;Port=5432;Username=regie;Password=regie";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Regie", _connection);
        builder.UseSetting("Regie:DemoData", "false");
        builder.UseSetting("Regie:Sealing:KeyDirectory", Path.Combine(Path.GetTempPath(), _database + "-keys"));
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Regie:Chain:KeyDirectory", Path.Combine(Path.GetTempPath(), _database + "-keys", "chain"));
        // scrypt at the standard cost takes a second per pupil; the test vector test uses the standard cost itself.
        builder.UseSetting("Regie:Chain:ScryptCost", "1024");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogCapture:LogLevel:Default", "Information");
        builder.ConfigureLogging(logging => logging.AddProvider(new LogCapture("integration-" + Provider)));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        if (Provider == DatabaseSetup.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresBase + ";Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), _database + ".db*")) File.Delete(file);
        }
        var keys = Path.Combine(Path.GetTempPath(), _database + "-keys");
        if (Directory.Exists(keys)) Directory.Delete(keys, recursive: true);
    }

    /// <summary>Runs work against the database as a given organization (or as nobody, seeing no tenant rows).</summary>
    public async Task<T> WithDbAsync<T>(Func<RegieDbContext, Task<T>> work, Organization? asOrganization = null)
    {
        await using var scope = Services.CreateAsyncScope();
        if (asOrganization is not null)
            scope.ServiceProvider.GetRequiredService<TenantContext>().RunAs(asOrganization.Id, asOrganization.Kind, null, "test");
        return await work(scope.ServiceProvider.GetRequiredService<RegieDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real login form and returns a client carrying the cookie.</summary>
    public async Task<HttpClient> LoginAsync(string email, string password = Password)
    {
        var client = CreateBrowser();
        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {email} failed: {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public Task<bool> HasPendingModelChangesAsync() => WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

    public UserManager<Regie.Web.Infrastructure.Authorization.AppUser> Users(IServiceProvider services) =>
        services.GetRequiredService<UserManager<Regie.Web.Infrastructure.Authorization.AppUser>>();

    public async Task<T> FindAsync<T>(Guid id) where T : class =>
        await WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => EF.Property<Guid>(e, "Id") == id));
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<RegieApp>
{
    public const string Name = "app";
}
