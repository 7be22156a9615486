using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Data;

public static class DatabaseSetup
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>SQLite in data/regie.db unless Database:Provider=postgres and ConnectionStrings:Regie are set.</summary>
    public static WebApplicationBuilder AddRegieData(this WebApplicationBuilder builder)
    {
        var provider = (builder.Configuration["Database:Provider"] ?? Sqlite).Trim().ToLowerInvariant();
        var connection = builder.Configuration.GetConnectionString("Regie");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddSingleton<ChangeStampInterceptor>();

        switch (provider)
        {
            case Sqlite:
                connection ??= "Data Source=" + Path.Combine("data", "regie.db");
                EnsureSqliteFolder(connection);
                AddPooledContext<SqliteRegieDbContext>(builder, (sp, options) => options
                    .UseSqlite(connection, o => o.MigrationsAssembly(typeof(RegieDbContext).Assembly.FullName))
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ChangeStampInterceptor>()));
                break;
            case Postgres:
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException("Database:Provider=postgres needs ConnectionStrings:Regie (ConnectionStrings__Regie).");
                // Prepared statements skip PostgreSQL's planning on repeated queries, unless the operator chose otherwise.
                var npgsql = new NpgsqlConnectionStringBuilder(connection);
                if (npgsql.MaxAutoPrepare == 0) (npgsql.MaxAutoPrepare, npgsql.AutoPrepareMinUsages) = (50, 2);
                AddPooledContext<PostgresRegieDbContext>(builder, (sp, options) => options
                    .UseNpgsql(npgsql.ConnectionString)
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ChangeStampInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'; use '{Sqlite}' or '{Postgres}'.");
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<RegieDbContext>("database");
        builder.Services.AddDataProtection().SetApplicationName("Regie").PersistKeysToDbContext<RegieDbContext>();
        return builder;
    }

    /// <summary>
    /// Contexts come from a pool (building one per request was a measurable share of a page's cost); each scope
    /// leases one and gives it the scope's tenant, so pooling never carries one user's tenant into another request.
    /// </summary>
    private static void AddPooledContext<TContext>(WebApplicationBuilder builder, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : RegieDbContext
    {
        builder.Services.AddPooledDbContextFactory<TContext>(configure);
        builder.Services.AddScoped<RegieDbContext>(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Tenant = sp.GetRequiredService<TenantContext>();
            return context;
        });
    }

    /// <summary>Applies the provider's migrations; on SQLite also switches to WAL so readers never wait for a writer.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static void EnsureSqliteFolder(string connection)
    {
        var file = new SqliteConnectionStringBuilder(connection).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:") Directory.CreateDirectory(folder);
    }
}
