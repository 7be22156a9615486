// Seeds a benchmark database with one school board, its schools and its users, through the app's own
// DbContext types and migrations. Usage:
//   Regie.Bench.Seed --provider sqlite|postgres --connection "<connection string>"
//                    [--schools 1000] [--users 10000] [--needs 2000] [--email beheerder@bench.regie.nl] [--password ...]
// The market's data (MarketSeed) goes into a database of its own, so the figures of the other lists stay comparable:
//   Regie.Bench.Seed --mode market --provider ... --connection ... --out DIR [--items 100000] [--reviews 500000]
//                    [--suppliers 20] [--boards 50] [--users-per-board 40] [--email ...] [--supplier-email ...] [--password ...]
// The procurement benchmark's board, plan, projects and contracts (ProcurementSeed), also in a database of its own:
//   Regie.Bench.Seed --mode procurement --provider ... --connection ... --out DIR [--schools 60] [--lines 20000]
//                    [--projects 500] [--contracts 80] [--years 8] [--other-boards 3] [--email inkoper@bench.regie.nl] [--password ...]
// Files to import (no database): Regie.Bench.Seed --mode import-files --rows 10000 --out DIR
// The database must be empty (the script deletes the SQLite file / recreates the PostgreSQL database first).
using System.Diagnostics;
using System.Globalization;
using Bogus;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Bench;
using Regie.Web.Data;
using Regie.Web.Features.Needs;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

var options = ParseArgs(args);
int Number(string name, int fallback) =>
    int.Parse(options.GetValueOrDefault(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
var mode = options.GetValueOrDefault("mode", "needs");
if (mode == "import-files")
    return await ImportFiles.WriteAsync(Number("rows", 10_000), options.GetValueOrDefault("out") ?? throw new ArgumentException("--out is required"));
var provider = options.GetValueOrDefault("provider", "sqlite");
var connection = options.GetValueOrDefault("connection")
    ?? throw new ArgumentException("--connection is required");
var schoolCount = int.Parse(options.GetValueOrDefault("schools", "1000"), CultureInfo.InvariantCulture);
var userCount = int.Parse(options.GetValueOrDefault("users", "10000"), CultureInfo.InvariantCulture);
var needCount = int.Parse(options.GetValueOrDefault("needs", "2000"), CultureInfo.InvariantCulture);
var adminEmail = options.GetValueOrDefault("email", "beheerder@bench.regie.nl");
var adminPassword = options.GetValueOrDefault("password", "Regie-bench-2026");
const int BatchSize = 1000;

var watch = Stopwatch.StartNew();
var tenant = new TenantContext(new HttpContextAccessor());
await using var db = CreateContext(provider, connection, tenant);
await db.Database.MigrateAsync();
if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
if (await db.Organizations.IgnoreQueryFilters().AnyAsync())
    throw new InvalidOperationException("The benchmark database is not empty; drop it first.");
if (mode == "market")
    return await MarketSeed.RunAsync(db, new MarketSeed.MarketOptions(
        Number("items", 100_000), Number("reviews", 500_000), Number("suppliers", 20), Number("boards", 50), Number("users-per-board", 40),
        options.GetValueOrDefault("email", "leraar@bench.regie.nl"), options.GetValueOrDefault("supplier-email", "leverancier@bench.regie.nl"),
        options.GetValueOrDefault("password", "Regie-bench-2026"), options.GetValueOrDefault("out") ?? throw new ArgumentException("--out is required"),
        Number("item-urls", 3000), Number("search-urls", 200)));
if (mode == "procurement")
    return await ProcurementSeed.RunAsync(db, new ProcurementSeed.ProcurementOptions(
        Number("schools", 60), Number("lines", 20_000), Number("projects", 500), Number("contracts", 80), Number("years", 8),
        Number("other-boards", 3), options.GetValueOrDefault("email", "inkoper@bench.regie.nl"), adminPassword,
        options.GetValueOrDefault("out") ?? throw new ArgumentException("--out is required")));
if (mode == "chain") // the chain's board, pupils, sharing and users (ChainSeed), also in a database of its own
    return await ChainSeed.RunAsync(db, new ChainSeed.ChainOptions(
        Number("pupils", 3000), Number("schools", 3), Number("group-size", 25), Number("import-pupils", 1000), adminPassword,
        options.GetValueOrDefault("out") ?? throw new ArgumentException("--out is required"),
        options.GetValueOrDefault("key-directory") ?? throw new ArgumentException("--key-directory is required")));
if (mode != "needs") throw new ArgumentException($"Unknown mode '{mode}'; use needs, market, procurement, chain or import-files.");

var now = DateTimeOffset.UtcNow;
var faker = new Faker("nl") { Random = new Randomizer(1000) };
var board = new Board
{
    Name = "Stichting Benchmark Onderwijs", BoardNumber = "49999", Sector = EducationSector.Primary,
    City = "Utrecht", Email = "bestuur@bench.example", CreatedAt = now,
};
db.Add(board);
await db.SaveChangesAsync();
db.ChangeTracker.Clear();

// Schools: unique BRIN (2 digits + 2 letters); 90 * 22 * 22 = 43,560 possible codes.
const string Letters = "ABCDEFGHJKLMNPRSTUVWXZ";
var prefixes = new[] { "OBS", "CBS", "RKBS", "IKC", "SBO", "PCBS" };
var brins = new HashSet<string>();
var batch = new List<School>(BatchSize);
for (var i = 0; i < schoolCount; i++)
{
    string brin;
    do brin = faker.Random.Number(10, 99).ToString(CultureInfo.InvariantCulture) + faker.Random.String2(2, Letters);
    while (!brins.Add(brin));
    var school = new School
    {
        BoardId = board.Id,
        Name = $"{faker.PickRandom(prefixes)} {faker.Address.StreetName()}",
        Street = faker.Address.StreetName(),
        HouseNumber = faker.Random.Number(1, 200).ToString(CultureInfo.InvariantCulture),
        Postcode = $"{faker.Random.Number(1000, 9999)} {faker.Random.String2(2, Letters)}",
        City = faker.Address.City(),
        Denomination = faker.PickRandom("Openbaar", "Protestants-Christelijk", "Rooms-Katholiek", "Algemeen bijzonder"),
        PupilCount = faker.Random.Number(40, 1200),
        CreatedAt = now,
    };
    school.SetCode(brin, "00");
    // A tenth archived, so Status=alle differs from the default filter.
    if (i % 10 == 9) school.Archive(now);
    batch.Add(school);
    if (batch.Count == BatchSize) await Flush(db, batch);
}
await Flush(db, batch);

// Users: hash the password once; all users share it (hashing 10,000 times would take minutes).
var hasher = new PasswordHasher<AppUser>();
string? passwordHash = null;
var adminId = Guid.Empty;
var users = new List<AppUser>(BatchSize);
for (var i = 0; i < userCount; i++)
{
    var email = i == 0 ? adminEmail : $"gebruiker{i:D5}@bench.regie.nl";
    var user = new AppUser
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(),
        Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
        OrganizationId = board.Id, DisplayName = $"{faker.Name.FirstName()} {faker.Name.LastName()}",
        SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true, CreatedAt = now,
    };
    passwordHash ??= hasher.HashPassword(user, adminPassword);
    user.PasswordHash = passwordHash;
    if (i == 0) adminId = user.Id;
    users.Add(user);
    if (users.Count == BatchSize) await Flush(db, users);
}
await Flush(db, users);

db.Set<IdentityUserRole<Guid>>().Add(new IdentityUserRole<Guid> { UserId = adminId, RoleId = Roles.IdOf(Roles.Administrator) });
// The other users get a board role so the user list looks real.
string[] otherRoles = [Roles.Teacher, Roles.SchoolLeader, Roles.IctCoordinator, Roles.Purchaser];
var links = new List<IdentityUserRole<Guid>>(BatchSize);
await foreach (var id in db.Users.Where(u => u.Id != adminId).Select(u => u.Id).AsAsyncEnumerable())
    links.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = Roles.IdOf(otherRoles[links.Count % otherRoles.Length]) });
for (var i = 0; i < links.Count; i += BatchSize)
{
    db.AddRange(links.Skip(i).Take(BatchSize));
    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
}

tenant.RunAs(board.Id, OrganizationKind.Board, null, "bench");

// Needs for the needs overview: every pillar, one to three active schools each, open and closed statuses, some shared.
var activeSchools = await db.Schools.Where(s => s.ArchivedAt == null).Select(s => s.Id).ToListAsync();
var needs = new List<Need>(BatchSize);
for (var i = 0; i < needCount; i++)
{
    var text = DutchNeeds.Next(faker);
    var need = new Need
    {
        BoardId = board.Id, AsRole = text.AsRole, Want = text.Want, SoThat = text.SoThat, Pillar = text.Pillar,
        Priority = faker.PickRandom<NeedPriority>(), CreatedById = adminId, CreatedByName = "Beheerder Benchmark",
    };
    need.Schools.AddRange(faker.PickRandom(activeSchools, faker.Random.Number(1, 3)).Select(id => new NeedSchool { NeedId = need.Id, SchoolId = id, BoardId = board.Id }));
    switch (i % 5)
    {
        case 1 or 2: need.StartHandling(); break;
        case 3: need.Reject("Past niet in het ict-beleidsplan van dit jaar."); break;
    }
    if (i % 7 == 0) need.Share(now);
    needs.Add(need);
    if (needs.Count == BatchSize) await Flush(db, needs);
}
await Flush(db, needs);

var schools = await db.Schools.CountAsync();
var userTotal = await db.Users.CountAsync(u => u.OrganizationId == board.Id);
var needTotal = await db.Needs.CountAsync();
Console.WriteLine($"Seeded {provider}: board {board.BoardNumber}, {schools} schools, {userTotal} users, {needTotal} needs, admin {adminEmail} in {watch.Elapsed.TotalSeconds:F1} s");
return 0;

static async Task Flush<T>(RegieDbContext db, List<T> rows) where T : class
{
    if (rows.Count == 0) return;
    db.AddRange(rows);
    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
    rows.Clear();
}

static RegieDbContext CreateContext(string provider, string connection, TenantContext tenant) => provider switch
{
    DatabaseSetup.Sqlite => new SqliteRegieDbContext(
        new DbContextOptionsBuilder<SqliteRegieDbContext>().UseSqlite(connection).Options) { Tenant = tenant },
    DatabaseSetup.Postgres => new PostgresRegieDbContext(
        new DbContextOptionsBuilder<PostgresRegieDbContext>().UseNpgsql(connection).Options) { Tenant = tenant },
    _ => throw new ArgumentException($"Unknown provider '{provider}'; use sqlite or postgres."),
};

static Dictionary<string, string> ParseArgs(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'");
        result[args[i][2..]] = args[i + 1];
    }
    return result;
}
