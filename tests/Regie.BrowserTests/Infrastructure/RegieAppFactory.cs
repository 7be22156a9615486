using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Regie.BrowserTests.Infrastructure;

/// <summary>The real app on Kestrel, on a free loopback port, with its own SQLite file and the demo data.</summary>
public sealed class RegieAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath;

    public RegieAppFactory(string databasePath)
    {
        _databasePath = databasePath;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Regie", $"Data Source={_databasePath}");
        builder.UseSetting("Regie:DemoData", "true");
        // The demo pupils are hashed at startup; the standard scrypt cost would add most of a minute to every run.
        builder.UseSetting("Regie:Chain:ScryptCost", "1024");
        builder.UseSetting("Regie:Chain:KeyDirectory", _databasePath + "-chain-keys");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
