using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Bench.Chain;

/// <summary>The benchmark database through the app's own context types, for the board that owns the sharing rule.</summary>
public sealed class BenchDatabase(string provider, string connection)
{
    public string Provider { get; } = provider;
    public string Connection { get; } = connection;
    private TenantContext _tenant = TenantContext.Nobody;

    public static BenchDatabase Open(string provider, string connection) => provider switch
    {
        DatabaseSetup.Sqlite or DatabaseSetup.Postgres => new BenchDatabase(provider, connection),
        _ => throw new ArgumentException($"Unknown provider '{provider}'; use sqlite or postgres."),
    };

    public RegieDbContext Context() => Provider == DatabaseSetup.Sqlite
        ? new SqliteRegieDbContext(new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite(Connection).Options) { Tenant = _tenant }
        : new PostgresRegieDbContext(new DbContextOptionsBuilder<PostgresRegieDbContext>().UseNpgsql(Connection).Options) { Tenant = _tenant };

    /// <summary>The rule, after which every context reads as its board.</summary>
    public async Task<SharingRule> RuleAsync(Guid ruleId)
    {
        await using (var db = Context())
        {
            var boardId = await db.SharingRules.IgnoreQueryFilters().Where(r => r.Id == ruleId).Select(r => r.BoardId).SingleAsync();
            _tenant = new TenantContext(new HttpContextAccessor());
            _tenant.RunAs(boardId, OrganizationKind.Board, null, "Benchmark");
        }
        await using var read = Context();
        return await read.SharingRules.AsNoTracking().Include(r => r.Scopes).SingleAsync(r => r.Id == ruleId);
    }

    public bool IsPostgres => Provider == DatabaseSetup.Postgres;

    public NpgsqlConnection PostgresConnection() => new(Connection);
}
