using System.Diagnostics;
using System.Globalization;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Regie.Web.Data;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Bench;

/// <summary>
/// The procurement benchmark's data (issue 6): one board with its schools, an adopted procurement policy, one
/// multi-year investment plan whose single version holds many lines, procurement projects with value estimates,
/// long lists and contracts, and a few small boards beside it so the tenant filter has rows to leave out. Writes
/// the plan's id and title to <c>plan.txt</c> in <see cref="ProcurementOptions.OutDir"/> for the load runs.
/// </summary>
public static class ProcurementSeed
{
    public sealed record ProcurementOptions(
        int Schools, int Lines, int Projects, int Contracts, int Years, int OtherBoards, string Email, string Password, string OutDir);

    private sealed record BoardSize(int Schools, int Lines, int Projects, int Contracts);

    private const int Batch = 2000;
    public const string BoardNumber = "49998";

    public static async Task<int> RunAsync(RegieDbContext db, ProcurementOptions o)
    {
        var watch = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var faker = new Faker("nl") { Random = new Randomizer(6000) };
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var suppliers = Enumerable.Range(0, 30).Select(i => new Supplier
        {
            Name = DutchProcurement.SupplierName(faker, i), City = faker.Address.City(),
            Email = $"verkoop@leverancier{i:D2}.inkoop.bench.example", CreatedAt = now.AddYears(-4),
            ChamberOfCommerceNumber = (20_000_000 + i).ToString(CultureInfo.InvariantCulture),
        }).ToList();
        var boards = Enumerable.Range(0, 1 + o.OtherBoards).Select(i => new Board
        {
            Name = i == 0 ? "Stichting Benchmark Inkoop" : $"Stichting {faker.PickRandom("Openbaar Onderwijs", "Kindcentra", "Primair Onderwijs")} {faker.Address.City()}",
            BoardNumber = i == 0 ? BoardNumber : (48_000 + i).ToString(CultureInfo.InvariantCulture),
            Sector = EducationSector.Primary, City = faker.Address.City(), Email = $"bestuur{i}@inkoop.bench.example",
            CreatedAt = now.AddYears(-5),
        }).ToList();
        db.AddRange(suppliers);
        db.AddRange(boards);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await SeedUsersAsync(db, faker, boards, o, now);

        var saving = new Stopwatch();
        InvestmentPlan? benchPlan = null;
        for (var b = 0; b < boards.Count; b++)
        {
            var size = b == 0 ? new BoardSize(o.Schools, o.Lines, o.Projects, o.Contracts) : new BoardSize(3, 120, 6, 2);
            var plan = await SeedBoardAsync(db, faker, boards[b], size, o.Years, suppliers, today, now, saving);
            benchPlan ??= plan;
        }

        Directory.CreateDirectory(o.OutDir);
        await File.WriteAllLinesAsync(Path.Combine(o.OutDir, "plan.txt"), [benchPlan!.Id.ToString(), benchPlan.Title]);
        Console.WriteLine($"Seeded procurement: board {BoardNumber} with {o.Schools} schools, a plan of {o.Lines} lines over {o.Years} years, " +
                          $"{o.Projects} projects, {o.Contracts} contracts; {o.OtherBoards} other boards; user {o.Email}; " +
                          $"in {watch.Elapsed.TotalSeconds:F1} s ({saving.Elapsed.TotalSeconds:F1} s of it saving)");
        return 0;
    }

    private static async Task SeedUsersAsync(RegieDbContext db, Faker f, List<Board> boards, ProcurementOptions o, DateTimeOffset now)
    {
        var hasher = new PasswordHasher<AppUser>();
        string? hash = null;
        var users = new List<AppUser>();
        var links = new List<IdentityUserRole<Guid>>();
        void NewUser(string email, Guid boardId, string role)
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, OrganizationId = boardId, DisplayName = $"{f.Name.FirstName()} {f.Name.LastName()}",
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true, CreatedAt = now.AddYears(-2),
            };
            hash ??= hasher.HashPassword(user, o.Password);
            user.PasswordHash = hash;
            users.Add(user);
            links.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = Roles.IdOf(role) });
        }

        NewUser(o.Email, boards[0].Id, Roles.Purchaser);
        string[] others = [Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.Administrator, Roles.SchoolLeader, Roles.SchoolLeader];
        for (var i = 0; i < others.Length; i++) NewUser($"{others[i]}{i}@inkoop.bench.regie.nl", boards[0].Id, others[i]);
        for (var b = 1; b < boards.Count; b++) NewUser($"inkoper@bestuur{b}.inkoop.bench.regie.nl", boards[b].Id, Roles.Purchaser);
        db.AddRange(users);
        db.AddRange(links);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static async Task<InvestmentPlan> SeedBoardAsync(
        RegieDbContext db, Faker f, Board board, BoardSize size, int years, List<Supplier> suppliers, DateOnly today, DateTimeOffset now, Stopwatch saving)
    {
        var schools = Enumerable.Range(0, size.Schools).Select(i =>
        {
            var school = new School
            {
                BoardId = board.Id, Name = $"{f.PickRandom("OBS", "CBS", "IKC", "RKBS", "SBO")} {f.Address.StreetName()}",
                Street = f.Address.StreetName(), HouseNumber = f.Random.Number(1, 200).ToString(CultureInfo.InvariantCulture),
                Postcode = $"{f.Random.Number(1000, 9999)} {f.Random.String2(2, "ABCDEFGHJKLMNPRSTUVWXZ")}",
                City = f.Address.City(), PupilCount = f.Random.Number(60, 900), CreatedAt = now.AddYears(-5),
            };
            // BRIN codes are unique across the database: the board's number picks the block.
            school.SetCode(f.Random.Number(10, 99).ToString(CultureInfo.InvariantCulture) + f.Random.String2(2, "ABCDEFGHJKLMNPRSTUVWXZ"),
                (i % 100).ToString("D2", CultureInfo.InvariantCulture));
            return school;
        }).ToList();
        db.AddRange(schools);

        var policy = new ProcurementPolicy
        {
            BoardId = board.Id, Status = PolicyStatus.Adopted, EffectiveFrom = new DateOnly(today.Year - 1, 1, 1),
            ReviewDate = new DateOnly(today.Year + 2, 12, 31), SingleQuoteMax = 50_000m, MultipleQuotesMax = 150_000m, WarningSharePercent = 80,
            Categories = DutchProcurement.CategoryRules(), ApprovalLimits = DutchProcurement.ApprovalLimits(),
            Notes = "Vastgesteld door het college van bestuur na advies van de GMR.", AdoptedAt = now.AddMonths(-10),
            AdoptedBy = "College van bestuur", CreatedAt = now.AddMonths(-11), Version = 1,
        };
        db.Add(policy);

        var plan = new InvestmentPlan
        {
            BoardId = board.Id, Title = $"Investeringsplan ICT {today.Year}-{today.Year + years - 1}", FirstYear = today.Year,
            Years = years, CreatedAt = now.AddMonths(-3), Version = 1,
        };
        var version = new InvestmentPlanVersion
        {
            BoardId = board.Id, PlanId = plan.Id, Status = PlanVersionStatus.Adopted, Reason = "Eerste meerjarenplan na de schoolscans.",
            ReserveKind = ReserveKind.Percentage, ReserveValue = 5, AdoptedAt = now.AddMonths(-2), AdoptedBy = "College van bestuur",
            CreatedAt = now.AddMonths(-3), Version = 1,
        };
        db.AddRange(plan, version);
        await SaveAsync(db, saving);

        // Each category has its own handful of suppliers, as a real market does.
        var byCategory = Enum.GetValues<PurchaseCategory>().ToDictionary(c => c, c => suppliers.Where((_, i) => i % 6 == (int)c - 1 || i % 7 == (int)c).ToList());
        var lines = new List<InvestmentPlanLine>(Batch);
        var linesByCategoryYear = new Dictionary<(PurchaseCategory, int), List<Guid>>();
        for (var i = 0; i < size.Lines; i++)
        {
            var line = DutchProcurement.PlanLine(f, board.Id, version.Id, plan.FirstYear, years,
                f.Random.Bool(0.05f) ? null : schools[f.Random.Number(schools.Count - 1)].Id, byCategory);
            (linesByCategoryYear.TryGetValue((line.Category, line.PurchaseYear), out var keys) ? keys : linesByCategoryYear[(line.Category, line.PurchaseYear)] = []).Add(line.LineKey);
            lines.Add(line);
            if (lines.Count == Batch) await FlushAsync(db, lines, saving);
        }
        await FlushAsync(db, lines, saving);

        var projects = new List<ProcurementProject>(Batch);
        var longList = new List<ProjectSupplier>();
        var contracts = new List<Contract>();
        var perYear = new Dictionary<int, int>();
        for (var i = 0; i < size.Projects; i++)
        {
            var start = today.AddDays(f.Random.Number(-900, 365 * (years - 2)));
            perYear[start.Year] = perYear.GetValueOrDefault(start.Year) + 1;
            var category = DutchProcurement.Category(f);
            var project = DutchProcurement.Project(f, board.Id, category, start, today, $"INK-{start.Year}-{perYear[start.Year]:D3}", now);
            if (f.Random.Bool(0.35f) && linesByCategoryYear.TryGetValue((category, start.Year), out var candidates))
                project.PlanLineKeys = f.PickRandom(candidates, Math.Min(candidates.Count, f.Random.Number(2, 8))).ToList();
            var pool = byCategory[category];
            if (project.Status != ProjectStatus.Preparing || f.Random.Bool(0.25f))
                foreach (var supplier in f.PickRandom(pool, Math.Min(pool.Count, f.Random.Number(2, 4))))
                    longList.Add(new ProjectSupplier
                    {
                        BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name,
                        Status = project.Status == ProjectStatus.Preparing ? InvitationStatus.LongList : InvitationStatus.Invited,
                        InvitedAt = project.Status == ProjectStatus.Preparing ? null : project.CreatedAt.AddDays(14), Version = 1,
                    });
            if (project.Status == ProjectStatus.Contracted && contracts.Count < size.Contracts)
            {
                var contract = DutchProcurement.Contract(f, board.Id, project, f.PickRandom(pool), project.ProcedureStart.AddDays(120));
                project.ContractId = contract.Id;
                contracts.Add(contract);
            }
            projects.Add(project);
        }
        // Older agreements that no project in Regie led to (bought before the board used it).
        while (contracts.Count < size.Contracts)
            contracts.Add(DutchProcurement.Contract(f, board.Id, null, f.PickRandom(suppliers), today.AddDays(-f.Random.Number(365, 1100))));
        // Contracts first: a project points at its contract.
        db.AddRange(contracts);
        await FlushAsync(db, projects, saving);
        db.AddRange(longList);
        await SaveAsync(db, saving);
        return plan;
    }

    private static async Task FlushAsync<T>(RegieDbContext db, List<T> rows, Stopwatch saving) where T : class
    {
        db.AddRange(rows);
        await SaveAsync(db, saving);
        rows.Clear();
    }

    private static async Task SaveAsync(RegieDbContext db, Stopwatch saving)
    {
        saving.Start();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        db.ChangeTracker.Clear();
        saving.Stop();
    }
}
