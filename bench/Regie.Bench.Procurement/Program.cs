// Times the threshold monitor (Features/Procurement/Monitor/ThresholdMonitor.ComputeAsync) in-process against a database
// seeded by `Regie.Bench.Seed --mode procurement`, for the benchmark board's tenant, as the app's pages call it:
//   Regie.Bench.Procurement --provider sqlite|postgres --connection "<connection string>" [--board-number 49998]
//                           [--runs 30] [--warmup 5]
// Two series, each on a fresh context per run:
//   recompute: before each run one plan line of the board is changed and saved through the app's interceptors (audit,
//              change stamps), so whatever the monitor may keep between calls is out of date — the figure behind the goal;
//   repeat:    the same computation again without a change in between (what a page shows between changes).
// Prints one machine-readable line: BENCH recompute_median_ms=.. recompute_p95_ms=.. ... (p95 = nearest rank).
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Monitor;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Tenancy;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'");
    options[args[i][2..]] = args[i + 1];
}
var provider = options.GetValueOrDefault("provider", DatabaseSetup.Sqlite);
var connection = options.GetValueOrDefault("connection") ?? throw new ArgumentException("--connection is required");
var boardNumber = options.GetValueOrDefault("board-number", "49998");
var runs = int.Parse(options.GetValueOrDefault("runs", "30"), CultureInfo.InvariantCulture);
var warmup = int.Parse(options.GetValueOrDefault("warmup", "5"), CultureInfo.InvariantCulture);
var ct = CancellationToken.None;

var newContext = ContextFactory(provider, connection);
var today = DateOnly.FromDateTime(DateTime.UtcNow);
Guid boardId;
await using (var db = newContext(TenantContext.Nobody))
    boardId = await db.Boards.Where(b => b.BoardNumber == boardNumber).Select(b => b.Id).SingleAsync(ct);
var tenant = new TenantContext(new HttpContextAccessor());
tenant.RunAs(boardId, OrganizationKind.Board, null, "Benchmark");

// The lines of the newest version of the board's plan: the ones a planner edits.
List<Guid> lineIds;
int projects;
await using (var db = newContext(tenant))
{
    var version = await db.InvestmentPlanVersions.OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync(ct);
    lineIds = await db.InvestmentPlanLines.Where(l => l.PlanVersionId == version).Select(l => l.Id).ToListAsync(ct);
    projects = await db.ProcurementProjects.CountAsync(ct);
}
if (lineIds.Count == 0) throw new InvalidOperationException($"Board {boardNumber} has no plan lines; seed it with Regie.Bench.Seed --mode procurement.");

var random = new Random(6006);
ThresholdReport report = ThresholdReport.Empty;
async Task<double> TimeOnce()
{
    await using var db = newContext(tenant);
    var watch = Stopwatch.StartNew();
    report = await ThresholdMonitor.ComputeAsync(db, today, ct);
    return watch.Elapsed.TotalMilliseconds;
}
async Task TouchLine(int run)
{
    await using var db = newContext(tenant);
    var id = lineIds[random.Next(lineIds.Count)];
    var line = await db.InvestmentPlanLines.SingleAsync(l => l.Id == id, ct);
    line.UnitPrice += run % 2 == 0 ? 0.01m : -0.01m; // the plan keeps its totals, give or take a cent
    await db.SaveChangesAsync(ct);
}

for (var i = 0; i < warmup; i++)
{
    await TouchLine(i);
    await TimeOnce();
}
var recompute = new List<double>(runs);
for (var i = 0; i < runs; i++)
{
    await TouchLine(i);
    recompute.Add(await TimeOnce());
}
var repeat = new List<double>(runs);
for (var i = 0; i < runs; i++) repeat.Add(await TimeOnce());

var purchases = report.Rows.Sum(r => r.Purchases.Count);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"BENCH recompute_median_ms={Percentile(recompute, 50):F1} recompute_p95_ms={Percentile(recompute, 95):F1} recompute_max_ms={recompute.Max():F1} " +
    $"repeat_median_ms={Percentile(repeat, 50):F1} repeat_p95_ms={Percentile(repeat, 95):F1} runs={runs} warmup={warmup} " +
    $"plan_lines={lineIds.Count} projects={projects} purchases={purchases} rows={report.Rows.Count} " +
    $"warnings={report.Rows.Count(r => r.IsWarning)} split_flags={report.SplitFlags.Count}"));
return 0;

static double Percentile(List<double> values, int percent)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

// Contexts as the app builds them (Data/DatabaseSetup): same provider options, the audit and change-stamp interceptors.
static Func<TenantContext, RegieDbContext> ContextFactory(string provider, string connection)
{
    var clock = TimeProvider.System;
    IInterceptor[] interceptors = [new AuditInterceptor(clock), new ChangeStampInterceptor(clock)];
    switch (provider)
    {
        case DatabaseSetup.Sqlite:
        {
            var built = new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite(connection)
                .AddInterceptors(interceptors).Options;
            return tenant => new SqliteRegieDbContext(built) { Tenant = tenant };
        }
        case DatabaseSetup.Postgres:
        {
            var npgsql = new NpgsqlConnectionStringBuilder(connection);
            if (npgsql.MaxAutoPrepare == 0) (npgsql.MaxAutoPrepare, npgsql.AutoPrepareMinUsages) = (50, 2);
            var built = new DbContextOptionsBuilder<PostgresRegieDbContext>().UseNpgsql(npgsql.ConnectionString)
                .AddInterceptors(interceptors).Options;
            return tenant => new PostgresRegieDbContext(built) { Tenant = tenant };
        }
        default:
            throw new ArgumentException($"Unknown provider '{provider}'; use sqlite or postgres.");
    }
}
