using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Curriculum;
using Regie.Web.Infrastructure.Sealing;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain;

/// <summary>
/// The chain for board 41237, for the first two schools by name: school roles, six groups with 64 made-up pupils
/// (hashed, looked up and sealed by the same services an import uses), a signed agreement and an active sharing rule
/// for Leerwijzer's Rekenroute in groups 5A and 5B, a concept agreement that blocks Digidact, and twelve weeks of
/// Rekenroute results in which three pupils of 5A stall. Dates count back from the seeding day.
/// </summary>
public static class ChainDemoData
{
    public const string FirstGroup = "5A";
    private const string BoardNumber = "41237";
    private const string Leerwijzer = "Leerwijzer Educatief B.V.";
    private const string Digidact = "Digidact Uitgevers";
    private const string SharedProduct = "Rekenroute";
    private const string BlockedProduct = "Toetsplatform Digidact";
    private const string ApiKeyName = "Koppeling Rekenroute";
    private const int ResultWeeks = 12;
    private static readonly int[] RekenGoals = Enumerable.Range(23, 11).ToArray();

    private sealed record DemoGroup(int School, string Key, int YearGroup, int Size);

    private static readonly DemoGroup[] Groups =
        [new(0, "4A", 4, 9), new(0, FirstGroup, 5, 14), new(0, "5B", 5, 14), new(0, "6A", 6, 9), new(1, "5A", 5, 9), new(1, "7A", 7, 9)];

    private enum Course { Improves, StopsPractising, Flat, Declines }

    /// <summary>Positions in group 5A of the pupils the teacher's dashboard should show as stalled.</summary>
    private static Course CourseOf(DemoGroup group, int position) => group is { School: 0, Key: FirstGroup } ? position switch
    {
        3 => Course.StopsPractising,
        8 => Course.Flat,
        12 => Course.Declines,
        _ => Course.Improves,
    } : Course.Improves;

    /// <summary>The made-up BSN or onderwijsnummer and, for some, a pilot ECK iD of each demo pupil, in seeding order.</summary>
    public static IReadOnlyList<(string Number, string? EckId)> Identifiers()
    {
        using var bsns = Numbers(23_150_000, remainder: 0, prefix: null).GetEnumerator();
        using var educationNumbers = Numbers(10_420_000, remainder: 5, prefix: "10").GetEnumerator();
        return Enumerable.Range(0, Groups.Sum(g => g.Size)).Select(i =>
        {
            var numbers = i % 11 == 6 ? educationNumbers : bsns;
            numbers.MoveNext();
            return (numbers.Current, i % 5 == 2 ? EckId.PilotBase + Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes($"regie-demo-pupil-{i}"))) : null);
        }).ToList();
    }

    public static async Task SeedAsync(RegieDbContext db, IServiceProvider services)
    {
        var boardId = await db.Boards.Where(b => b.BoardNumber == BoardNumber).Select(b => b.Id).SingleAsync();
        if (await db.PupilGroups.IgnoreQueryFilters().AnyAsync(g => g.BoardId == boardId)) return;

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(now.Local().DateTime);
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == boardId && s.ArchivedAt == null)
            .OrderBy(s => s.Name).Select(s => s.Id).Take(2).ToListAsync();
        var users = await db.Users.Where(u => u.OrganizationId == boardId).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var suppliers = await db.Suppliers.Where(s => s.Name == Leerwijzer || s.Name == Digidact).ToDictionaryAsync(s => s.Name, s => s.Id);
        var products = await db.CatalogItems.Where(i => i.Status == ItemStatus.Published
                && ((i.SupplierId == suppliers[Leerwijzer] && i.Title == SharedProduct) || (i.SupplierId == suppliers[Digidact] && i.Title == BlockedProduct)))
            .ToDictionaryAsync(i => i.Title, i => i.Id);

        foreach (var school in schools)
        {
            db.SchoolAssignments.Add(new SchoolAssignment { BoardId = boardId, SchoolId = school, UserId = users["ict@demo.regie.nl"], Kind = SchoolAssignmentKind.Coordinator });
            db.SchoolAssignments.Add(new SchoolAssignment { BoardId = boardId, SchoolId = school, UserId = users["ict@demo.regie.nl"], Kind = SchoolAssignmentKind.PrivacyContact });
        }
        db.SchoolAssignments.Add(new SchoolAssignment { BoardId = boardId, SchoolId = schools[0], UserId = users["schoolleider@demo.regie.nl"], Kind = SchoolAssignmentKind.SchoolLeader });

        var imported = now.AddDays(-100);
        var groups = Groups.Select(g => new PupilGroup { BoardId = boardId, SchoolId = schools[g.School], Key = g.Key, Name = $"Groep {g.Key}", YearGroup = g.YearGroup, CreatedAt = imported }).ToList();
        db.PupilGroups.AddRange(groups);
        db.GroupTeachers.Add(new GroupTeacher { BoardId = boardId, GroupId = groups[1].Id, UserId = users["leraar@demo.regie.nl"] });

        var pupils = AddPupils(db, services, boardId, groups, today, imported);
        await db.SaveChangesAsync();

        var signedOn = today.AddDays(-98);
        AddAgreements(db, boardId, suppliers[Leerwijzer], products[SharedProduct], suppliers[Digidact], products[BlockedProduct], signedOn, now);
        var shared = pupils.Where(p => p.Group is { School: 0, YearGroup: 5 }).ToList();
        db.SharingRules.Add(Rule(boardId, suppliers[Leerwijzer], products[SharedProduct], now.AddDays(-95),
            groups.Where((_, i) => Groups[i] is { School: 0, YearGroup: 5 }).Select(g => (g.SchoolId, (Guid?)g.Id))));
        db.SharingRules.Add(Rule(boardId, suppliers[Digidact], products[BlockedProduct], now.AddDays(-9), [(schools[1], null)]));
        await db.SaveChangesAsync();

        var exchange = new Exchange(boardId, schools[0], suppliers[Leerwijzer], products[SharedProduct], today);
        await exchange.FetchRostersAsync(db, services.GetRequiredService<PseudonymService>(), shared, [88, 60, 32, 4]);
        exchange.DeliverResults(db, shared);
        await db.SaveChangesAsync();
    }

    private sealed record DemoPupil(Pupil Pupil, DemoGroup Group, Course Course);

    /// <summary>Through the services an import uses: the lookup hash, scrypt on every core, the sealed ECK iD.</summary>
    private static List<DemoPupil> AddPupils(RegieDbContext db, IServiceProvider services, Guid boardId, List<PupilGroup> groups, DateOnly today, DateTimeOffset imported)
    {
        var pseudonyms = services.GetRequiredService<PseudonymService>();
        var sealer = services.GetRequiredService<Sealer>();
        var identifiers = Identifiers();
        var numbers = identifiers.Select(i => PupilNumbers.Parse(i.Number) ?? throw new InvalidOperationException("A demo pupil number fails the eleven test.")).ToList();
        var watch = Stopwatch.StartNew();
        var hashes = services.GetRequiredService<FirstLevelHasher>().HashAll(numbers.Select(n => n.Number).ToList());
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Regie.DemoData")
            .LogInformation("Demo pupils: {Count} first-level hashes in {Seconds:0.0} s", hashes.Length, watch.Elapsed.TotalSeconds);

        var faker = new Faker("nl") { Random = new Randomizer(41237) };
        var names = new HashSet<string>(StringComparer.Ordinal);
        var schoolYear = today.Month >= 8 ? today.Year : today.Year - 1;
        var pupils = new List<DemoPupil>();
        var index = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            var group = Groups[g];
            // Born between 1 October and 30 September, so a pupil of year group 5 is eight or nine this school year.
            var bornFrom = new DateOnly(schoolYear - 4 - group.YearGroup, 10, 1);
            for (var position = 0; position < group.Size; position++, index++)
            {
                var (givenName, prefix, familyName) = Name(faker, names);
                var pupil = new Pupil
                {
                    BoardId = boardId, SchoolId = groups[g].SchoolId, GroupId = groups[g].Id, YearGroup = group.YearGroup,
                    PupilNumber = (3101 + index).ToString(CultureInfo.InvariantCulture),
                    GivenName = givenName, FamilyNamePrefix = prefix, FamilyName = familyName,
                    DateOfBirth = bornFrom.AddDays(faker.Random.Number(0, 364)),
                    NumberKind = numbers[index].Kind, NumberLookup = pseudonyms.NumberLookup(numbers[index].Number), FirstLevelHash = hashes[index],
                    CreatedAt = imported, UpdatedAt = imported,
                };
                if (identifiers[index].EckId is { } eckId)
                {
                    pupil.EckIdSealed = sealer.Seal(Encoding.UTF8.GetBytes(eckId), Pupil.SealContext(pupil.Id));
                    pupil.EckIdLookup = pseudonyms.EckIdLookup(eckId);
                }
                db.Pupils.Add(pupil);
                pupils.Add(new DemoPupil(pupil, group, CourseOf(group, position)));
            }
        }
        return pupils;
    }

    private static void AddAgreements(RegieDbContext db, Guid boardId, Guid leerwijzer, Guid rekenroute, Guid digidact, Guid toetsplatform, DateOnly signedOn, DateTimeOffset now)
    {
        db.ProcessingAgreements.Add(new ProcessingAgreement
        {
            BoardId = boardId, SupplierId = leerwijzer, CatalogItemId = rekenroute, ModelVersion = "Model Verwerkersovereenkomst 4.0",
            SignedOn = signedOn, DataCategories = SharedFields.Group | SharedFields.YearGroup, CreatedAt = now.AddDays(-105),
            Purposes = "Rekenroute leveren aan de leerlingen, de opgaven afstemmen op het niveau van elke leerling en de leraar laten zien hoe de groep vordert.",
            PersonalDataCategories = "Per leerling een pseudoniem, de groep en de jaargroep, de gemaakte opgaven, scores en oefentijd. Geen namen, geen geboortedatum en geen BSN.",
            Subprocessors = "Noordelijk Rekencentrum B.V. (hosting van de servers in Nederland).",
            ProcessingCountries = "Nederland",
            Retention = "Zolang de school Rekenroute gebruikt. Uiterlijk drie maanden na het einde van de overeenkomst verwijdert Leerwijzer alle leerlinggegevens.",
            SecurityMeasures = "Gecertificeerd volgens ISO 27001. Gegevens worden versleuteld verstuurd en opgeslagen; alleen medewerkers die ze voor hun werk nodig hebben, kunnen erbij. Elk jaar test een extern bureau de beveiliging.",
            BreachNotification = "Leerwijzer meldt een datalek binnen 24 uur na ontdekking bij de privacycontactpersoon van het bestuur, met wat er is gebeurd, welke gegevens het raakt en welke maatregelen zijn genomen.",
        });
        db.ProcessingAgreements.Add(new ProcessingAgreement
        {
            BoardId = boardId, SupplierId = digidact, CatalogItemId = toetsplatform, ModelVersion = "Model Verwerkersovereenkomst 4.0",
            DataCategories = SharedFields.Group | SharedFields.YearGroup, CreatedAt = now.AddDays(-10),
            Purposes = "Toetsen afnemen en de uitslagen per leerling en per groep analyseren.",
            PersonalDataCategories = "Per leerling een pseudoniem, de groep, de jaargroep en de antwoorden op toetsvragen.",
            ProcessingCountries = "Nederland en Ierland (nog te bevestigen door Digidact)",
            Retention = "Nog in overleg: Digidact stelt twee jaar voor, het bestuur wil één schooljaar.",
        });
    }

    private static SharingRule Rule(Guid boardId, Guid supplierId, Guid productId, DateTimeOffset created, IEnumerable<(Guid School, Guid? Group)> scopes)
    {
        var rule = new SharingRule { BoardId = boardId, SupplierId = supplierId, CatalogItemId = productId, Fields = SharedFields.Group | SharedFields.YearGroup, CreatedAt = created };
        rule.Scopes.AddRange(scopes.Select(s => new SharingScope { BoardId = boardId, RuleId = rule.Id, SchoolId = s.School, GroupId = s.Group }));
        return rule;
    }

    /// <summary>What Leerwijzer's key did: roster fetches that issued the pseudonyms, then a delivery of results each week.</summary>
    private sealed class Exchange(Guid boardId, Guid schoolId, Guid supplierId, Guid productId, DateOnly today)
    {
        public async Task FetchRostersAsync(RegieDbContext db, PseudonymService pseudonyms, List<DemoPupil> pupils, int[] daysAgo)
        {
            var issuer = new PseudonymIssuer(db, pseudonyms);
            var candidates = pupils.Select(p => new PseudonymIssuer.Candidate(p.Pupil.Id, p.Pupil.FirstLevelHash)).ToList();
            foreach (var days in daysAgo)
            {
                var at = At(today.AddDays(-days), 7, 15);
                await issuer.IssueAsync(boardId, supplierId, candidates, at, CancellationToken.None);
                Log(db, DataAccessKind.RosterFetch, pupils.Count, pupils.Count, at);
            }
        }

        public void DeliverResults(RegieDbContext db, List<DemoPupil> pupils)
        {
            var tests = RekenGoals.Select(goal => new LearningTest
            {
                BoardId = boardId, SupplierId = supplierId, CatalogItemId = productId, TestCode = $"RR-KD{goal}",
                Name = $"Rekenroute: {CurriculumGoals.Find(Goal(goal))!.Topic.ToLowerInvariant()}", GoalCode = Goal(goal),
                MinScore = 0, MaxScore = 100, NormScore = Norm(goal),
            }).ToList();
            db.LearningTests.AddRange(tests);

            for (var weeksAgo = ResultWeeks; weeksAgo >= 1; weeksAgo--)
            {
                var week = ResultWeeks - weeksAgo;
                var monday = today.AddDays(-7 * weeksAgo - ((int)today.DayOfWeek + 6) % 7);
                var received = At(monday.AddDays(5), 4, 30);
                var results = new List<LearningResult>();
                var delivery = Guid.CreateVersion7();
                foreach (var (p, n) in pupils.Select((p, n) => (p, n)))
                {
                    if (p.Course == Course.StopsPractising && weeksAgo <= 5) continue;
                    var random = new Random(n * 100 + week);
                    foreach (var (goal, day) in new[] { (RekenGoals[2 * week % 11], 1), (RekenGoals[(2 * week + 1) % 11], 3) })
                        results.Add(new LearningResult
                        {
                            BoardId = boardId, SchoolId = schoolId, PupilId = p.Pupil.Id, GroupId = p.Pupil.GroupId, SupplierId = supplierId, CatalogItemId = productId,
                            DeliveryId = delivery, ResultKey = $"rekenroute-{monday:yyyyMMdd}-{results.Count + 1:D4}", TestCode = $"RR-KD{goal}", GoalCode = Goal(goal),
                            TakenOn = monday.AddDays(day), Score = Score(p, n, goal, week, random), MinutesSpent = random.Next(p.Course == Course.Improves ? 12 : 5, 32),
                        });
                }
                db.ResultDeliveries.Add(new ResultDelivery
                {
                    Id = delivery, BoardId = boardId, SupplierId = supplierId, CatalogItemId = productId, SchoolId = schoolId,
                    ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', results.Select(r => $"{r.ResultKey};{r.Score}"))))),
                    Format = weeksAgo % 4 == 0 ? ResultFormat.UwlrXml : ResultFormat.Json, ResultCount = results.Count,
                    PupilCount = results.Select(r => r.PupilId).Distinct().Count(), ReceivedVia = ApiKeyName, ReceivedAt = received,
                });
                db.LearningResults.AddRange(results);
                Log(db, DataAccessKind.ResultDelivery, results.Count, results.Select(r => r.PupilId).Distinct().Count(), received);
            }
        }

        /// <summary>Most pupils start between 52 and 71 and gain one to two points a week; the stalled ones do not.</summary>
        private static double Score(DemoPupil p, int n, int goal, int week, Random random)
        {
            var profile = new Random(7919 * (n + 1));
            var start = 52 + profile.Next(0, 20);
            var gain = 1.2 + profile.NextDouble();
            var level = p.Course switch
            {
                Course.Flat => 42 + random.Next(-2, 3),
                Course.Declines => 56 - 2 * week,
                _ => start + gain * week,
            };
            return Math.Clamp(Math.Round(level + (goal % 5 - 2) * 2 + random.Next(-4, 5)), 0, 100);
        }

        private void Log(RegieDbContext db, DataAccessKind kind, int records, int pupils, DateTimeOffset at) =>
            db.DataAccessEntries.Add(new DataAccessEntry
            {
                BoardId = boardId, SchoolId = schoolId, SupplierId = supplierId, SupplierName = Leerwijzer, CatalogItemId = productId, ProductName = SharedProduct,
                Kind = kind, Actor = ApiKeyName, RecordCount = records, PupilCount = pupils, At = at,
            });
    }

    private static string Goal(int number) => $"kd-po-2006-{number}";

    private static double Norm(int goal) => 55 + goal % 3 * 5;

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    /// <summary>Bogus's Dutch surnames come without their prefix: "Vries" is "de Vries".</summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["Boer"] = "de", ["Bruijn"] = "de", ["Bruin"] = "de", ["Graaf"] = "de", ["Groot"] = "de", ["Haan"] = "de", ["Jong"] = "de", ["Lange"] = "de", ["Leeuw"] = "de", ["Ruiter"] = "de", ["Vries"] = "de", ["Wit"] = "de",
        ["Berg"] = "van den", ["Bosch"] = "van den", ["Brink"] = "van den", ["Broek"] = "van den", ["Heuvel"] = "van den",
        ["Heijden"] = "van der", ["Laan"] = "van der", ["Linden"] = "van der", ["Meer"] = "van der", ["Velden"] = "van der", ["Wal"] = "van der",
        ["Kamp"] = "van de", ["Ven"] = "van de",
        ["Beek"] = "van", ["Dam"] = "van", ["Dijk"] = "van", ["Leeuwen"] = "van", ["Veen"] = "van", ["Wijk"] = "van",
    };

    /// <summary>A child's name from Bogus, each full name once in the demo.</summary>
    private static (string Given, string? Prefix, string Family) Name(Faker faker, HashSet<string> used)
    {
        while (true)
        {
            var family = faker.Name.LastName();
            if (family == "Stichting") continue; // a company word among Bogus's Dutch surnames
            var given = faker.Name.FirstName();
            if (used.Add($"{given} {family}")) return (given, Prefixes.GetValueOrDefault(family), family);
        }
    }

    /// <summary>A deterministic run of valid numbers: eight digits counted up, and the ninth chosen so the eleven test leaves the remainder.</summary>
    private static IEnumerable<string> Numbers(int start, int remainder, string? prefix)
    {
        for (var body = start; ; body++)
        {
            var digits = body.ToString("D8", CultureInfo.InvariantCulture);
            if (prefix is not null) digits = prefix + digits[prefix.Length..];
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
            var last = ((sum - remainder) % 11 + 11) % 11;
            if (last <= 9) yield return digits + (char)('0' + last);
        }
    }
}
