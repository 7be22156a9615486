using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Regie.Web.Data;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Bench;

/// <summary>
/// The chain benchmark's data (issue 7), in a database of its own:
///   Regie.Bench.Seed --mode chain --provider ... --connection ... --out DIR --key-directory DIR
///                    [--pupils 3000] [--schools 3] [--group-size 25] [--import-pupils 1000] [--password ...]
/// One board with schools whose pupils (in groups of ~25, year groups 1–8) are shared with one supplier's product under a
/// signed processing agreement and a sharing rule, plus one more school whose register starts empty: its pupils arrive
/// through the app's import (<c>pupils-import.csv</c>). Seeded pupils get a random first-level hash (nobody re-imports
/// them, and scrypt at the standard cost would take an hour) and the real lookup hash under the app's own lookup key, so
/// they look like imported pupils. Users: a teacher of one group (<c>leraar@keten.bench.regie.nl</c>) and the ICT
/// coordinator of the import school (<c>ict@keten.bench.regie.nl</c>). Writes to DIR: <c>api-key.txt</c> (the supplier's
/// key, RosterRead|ResultsWrite), <c>rule.txt</c> (the rule's id), <c>dashboard-group.txt</c> (the teacher's group: id, name),
/// <c>import-school.txt</c> (id, name) and <c>pupils-import.csv</c>.
/// </summary>
public static class ChainSeed
{
    public sealed record ChainOptions(
        int Pupils, int Schools, int GroupSize, int ImportPupils, string Password, string OutDir, string KeyDirectory);

    public const string BoardNumber = "49997";
    public const string TeacherEmail = "leraar@keten.bench.regie.nl";
    public const string CoordinatorEmail = "ict@keten.bench.regie.nl";
    private const int Batch = 2000;

    public static async Task<int> RunAsync(RegieDbContext db, ChainOptions o)
    {
        var watch = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var faker = new Faker("nl") { Random = new Randomizer(7000) };
        var random = new Random(7000);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // The app's own pseudonymisation service on the app's key directory: the lookup hashes match what an import writes.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Regie:Chain:KeyDirectory"] = o.KeyDirectory }).Build();
        var pseudonyms = new PseudonymService(new PseudonymKeyRing(configuration), new LookupKeyRing(configuration));

        var board = new Board
        {
            Name = "Stichting Benchmark Keten", BoardNumber = BoardNumber, Sector = EducationSector.Primary,
            City = "Amersfoort", Email = "bestuur@keten.bench.example", CreatedAt = now.AddYears(-6),
        };
        var supplier = new Supplier
        {
            Name = "Rekenroute Leermiddelen B.V.", City = "Zwolle", Email = "koppelingen@rekenroute.bench.example",
            ChamberOfCommerceNumber = "30000001", CreatedAt = now.AddYears(-4),
        };
        db.AddRange(board, supplier);
        var item = DutchCatalog.NewItem(faker, supplier.Id, supplier.Name, "KETEN-000001", now.AddYears(-2));
        var missing = item.Publish(now.AddYears(-2).AddDays(3));
        if (missing.Count > 0) throw new InvalidOperationException($"Generated item cannot be published; missing {string.Join(", ", missing)}.");
        db.Add(item);

        var schools = Enumerable.Range(0, o.Schools + 1).Select(i =>
        {
            var school = new School
            {
                BoardId = board.Id, Name = $"{faker.PickRandom("OBS", "CBS", "IKC", "RKBS")} {faker.Address.StreetName()}",
                Street = faker.Address.StreetName(), HouseNumber = faker.Random.Number(1, 200).ToString(CultureInfo.InvariantCulture),
                Postcode = $"{faker.Random.Number(1000, 9999)} {faker.Random.String2(2, "ABCDEFGHJKLMNPRSTUVWXZ")}",
                City = faker.Address.City(), PupilCount = i < o.Schools ? o.Pupils / o.Schools : o.ImportPupils, CreatedAt = now.AddYears(-6),
            };
            school.SetCode($"{70 + i}KT", "00");
            return school;
        }).ToList();
        db.AddRange(schools);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var sharedSchools = schools.Take(o.Schools).ToList();
        var importSchool = schools[^1];

        // Groups per shared school: its pupils spread over year groups 1–8, a few parallel groups per year (5A, 5B, ...).
        var groups = new List<PupilGroup>();
        foreach (var school in sharedSchools)
        {
            var perSchool = Math.Max(8, (int)Math.Ceiling(o.Pupils / (double)o.Schools / o.GroupSize));
            for (var g = 0; g < perSchool; g++)
            {
                var year = g % 8 + 1;
                var letter = (char)('A' + g / 8);
                groups.Add(new PupilGroup
                {
                    BoardId = board.Id, SchoolId = school.Id, Key = $"{year}{letter}", Name = $"Groep {year}{letter}",
                    YearGroup = year, CreatedAt = now.AddYears(-1), Version = 1,
                });
            }
        }
        db.AddRange(groups);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var pupils = new List<Pupil>(Batch);
        var seeded = 0;
        for (var i = 0; i < o.Pupils; i++)
        {
            var school = sharedSchools[i % sharedSchools.Count];
            var schoolGroups = groups.Where(g => g.SchoolId == school.Id).ToList();
            var group = schoolGroups[i / sharedSchools.Count % schoolGroups.Count];
            pupils.Add(NewPupil(faker, board.Id, school.Id, group, $"{100_000 + i}", BenchPupilNumbers.Bsn(i), pseudonyms, today, now,
                Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))));
            if (pupils.Count == Batch || i == o.Pupils - 1)
            {
                seeded += pupils.Count;
                await FlushAsync(db, pupils);
            }
        }

        var hasher = new PasswordHasher<AppUser>();
        string? hash = null;
        AppUser NewUser(string email, string name, string role)
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, OrganizationId = board.Id, DisplayName = name,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true, CreatedAt = now.AddYears(-2),
            };
            hash ??= hasher.HashPassword(user, o.Password);
            user.PasswordHash = hash;
            db.Add(user);
            db.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = Roles.IdOf(role) });
            return user;
        }
        var teacher = NewUser(TeacherEmail, "Leraar Benchmark", Roles.Teacher);
        var coordinator = NewUser(CoordinatorEmail, "Ict-coördinator Benchmark", Roles.IctCoordinator);
        var dashboardGroup = groups.First(g => g.SchoolId == sharedSchools[0].Id && g.YearGroup == 5);
        db.Add(new GroupTeacher { BoardId = board.Id, GroupId = dashboardGroup.Id, UserId = teacher.Id, CreatedAt = now });
        db.Add(new SchoolAssignment { BoardId = board.Id, SchoolId = importSchool.Id, UserId = coordinator.Id, Kind = SchoolAssignmentKind.Coordinator, CreatedAt = now });

        db.Add(new ProcessingAgreement
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = item.Id, ModelVersion = "Model Verwerkersovereenkomst 4.0",
            SignedOn = today.AddDays(-120), DataCategories = SharedFields.Group | SharedFields.YearGroup,
            Purposes = "Oefenen en toetsen van rekenen; de leraar volgt de voortgang van de groep.",
            PersonalDataCategories = "Pseudoniem, groep en jaargroep; resultaten en bestede tijd.",
            Subprocessors = "Hostingpartij in Nederland.", ProcessingCountries = "Nederland",
            Retention = "Tot een jaar na het einde van de licentie.", SecurityMeasures = "Versleuteling, toegangsbeheer en jaarlijkse audit.",
            BreachNotification = "Binnen 24 uur bij de privacycontactpersoon van het bestuur.", CreatedAt = now.AddDays(-130), Version = 1,
        });
        var rule = new SharingRule
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = item.Id, Fields = SharedFields.Group | SharedFields.YearGroup,
            CreatedAt = now.AddDays(-110), Version = 1,
        };
        rule.Scopes.AddRange(sharedSchools.Select(s => new SharingScope { BoardId = board.Id, RuleId = rule.Id, SchoolId = s.Id }));
        db.Add(rule);
        var key = new ApiKey
        {
            OrganizationId = supplier.Id, Name = "Koppeling Rekenroute", Scopes = ApiScopes.RosterRead | ApiScopes.ResultsWrite,
            CreatedAt = now, CreatedBy = "Benchmark",
        };
        var secret = key.IssueSecret();
        db.Add(key);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        Directory.CreateDirectory(o.OutDir);
        await File.WriteAllTextAsync(Path.Combine(o.OutDir, "api-key.txt"), secret + "\n");
        await File.WriteAllTextAsync(Path.Combine(o.OutDir, "rule.txt"), rule.Id + "\n");
        await File.WriteAllLinesAsync(Path.Combine(o.OutDir, "dashboard-group.txt"), [dashboardGroup.Id.ToString(), dashboardGroup.Name]);
        await File.WriteAllLinesAsync(Path.Combine(o.OutDir, "import-school.txt"), [importSchool.Id.ToString(), importSchool.Name]);
        await WriteImportFileAsync(Path.Combine(o.OutDir, "pupils-import.csv"), new Faker("nl") { Random = new Randomizer(7100) }, o.ImportPupils, today);

        Console.WriteLine($"Seeded chain: board {BoardNumber} with {o.Schools} schools sharing {seeded} pupils in {groups.Count} groups, " +
                          $"import school with an export of {o.ImportPupils} pupils; teacher {TeacherEmail}, coordinator {CoordinatorEmail}; " +
                          $"in {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static Pupil NewPupil(Faker f, Guid boardId, Guid schoolId, PupilGroup group, string pupilNumber, string bsn,
        PseudonymService pseudonyms, DateOnly today, DateTimeOffset now, string firstLevelHash)
    {
        var year = group.YearGroup ?? 5;
        return new Pupil
        {
            BoardId = boardId, SchoolId = schoolId, GroupId = group.Id, PupilNumber = pupilNumber,
            GivenName = f.Name.FirstName(), FamilyNamePrefix = f.Random.Bool(0.2f) ? f.PickRandom("de", "van", "van der", "van den", "ter") : null,
            FamilyName = f.Name.LastName(), DateOfBirth = today.AddYears(-(year + 4)).AddDays(-f.Random.Number(0, 364)), YearGroup = year,
            NumberKind = PupilNumberKind.Bsn, NumberLookup = pseudonyms.NumberLookup(bsn), FirstLevelHash = firstLevelHash,
            CreatedAt = now.AddMonths(-8), UpdatedAt = now.AddMonths(-8), Version = 1,
        };
    }

    private static async Task FlushAsync<T>(RegieDbContext db, List<T> rows) where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await transaction.CommitAsync();
        rows.Clear();
    }

    /// <summary>The student administration's export of one school, as the register's CSV import reads it.</summary>
    private static async Task WriteImportFileAsync(string path, Faker f, int count, DateOnly today)
    {
        var csv = new StringBuilder();
        csv.AppendLine(BenchPupilFile.Header);
        for (var i = 0; i < count; i++)
        {
            var year = i % 8 + 1;
            var group = $"{year}{(char)('A' + i / 8 % 4)}";
            var prefix = f.Random.Bool(0.2f) ? f.PickRandom("de", "van", "van der", "van den", "ter") : "";
            csv.AppendLine(BenchPupilFile.Row($"{500_000 + i}", BenchPupilNumbers.Bsn(1_000_000 + i), f.Name.FirstName(), prefix, f.Name.LastName(),
                group, $"Groep {group}", year, today.AddYears(-(year + 4)).AddDays(-f.Random.Number(0, 364))));
        }
        await File.WriteAllTextAsync(path, csv.ToString(), new UTF8Encoding(false));
    }
}

/// <summary>Made-up BSNs that pass the eleven test, one per index; the benchmark's files are its only readers.</summary>
public static class BenchPupilNumbers
{
    public static string Bsn(int index)
    {
        // Ten bodies that differ only in their last digit have ten different checksums: one of the first two passes.
        for (var body = 20_000_000 + index * 10; ; body++)
        {
            var digits = body.ToString("D8", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
            var last = sum % 11;
            if (last <= 9) return digits + (char)('0' + last);
        }
    }
}
