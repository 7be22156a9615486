using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Infrastructure.DemoData;

public sealed record DemoAccount(string Role, string Email, string Organization);

/// <summary>
/// Realistic demo data for a first start: a cooperative, three boards (po, vo, so) with their schools,
/// five suppliers, a sector office, the platform with its moderator and recognition committee, and one user per role. Deterministic, so screenshots and docs stay valid.
/// </summary>
public static class DemoSeeder
{
    public const string Password = "Regie-demo-2026";
    private const string Domain = "demo.regie.nl";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new(Roles.Executive, $"bestuurder@{Domain}", "Stichting Primair Onderwijs De Waterlinie"),
        new(Roles.Purchaser, $"inkoper@{Domain}", "Stichting Primair Onderwijs De Waterlinie"),
        new(Roles.IctCoordinator, $"ict@{Domain}", "Stichting Primair Onderwijs De Waterlinie"),
        new(Roles.SchoolLeader, $"schoolleider@{Domain}", "Stichting Primair Onderwijs De Waterlinie"),
        new(Roles.Teacher, $"leraar@{Domain}", "Stichting Primair Onderwijs De Waterlinie"),
        new(Roles.Administrator, $"beheerder@{Domain}", "Stichting Primair Onderwijs De Waterlinie"),
        new(Roles.Supplier, $"leverancier@{Domain}", "Leerwijzer Educatief B.V."),
        new(Roles.Supplier, $"leverancier2@{Domain}", "Digidact Uitgevers"),
        new(Roles.Cooperative, $"cooperatie@{Domain}", "Coöperatie Samen Slim Inkopen U.A."),
        new(Roles.PolicyAdviser, $"beleid@{Domain}", "Kennisnetwerk Onderwijs en ICT"),
        new(Roles.Administrator, $"moderator@{Domain}", PlatformName),
        new(Roles.RecognitionCommittee, $"commissie@{Domain}", PlatformName),
        new(Roles.RecognitionCommittee, $"commissie2@{Domain}", PlatformName),
    ];

    public const string PlatformName = "Regie platform";

    private static readonly string[] Places =
    [
        "Gorinchem", "Leerdam", "Culemborg", "Vianen", "Zaltbommel", "Tiel", "Arnhem", "Ede", "Wageningen", "Zutphen",
        "Deventer", "Apeldoorn", "Doetinchem", "Winterswijk", "Harderwijk", "Ermelo", "Nijkerk", "Barneveld",
    ];

    private static readonly string[] PrimaryNames =
    [
        "De Regenboog", "De Wegwijzer", "Het Kompas", "De Vlinderhof", "De Zonnewijzer", "Het Palet", "De Springplank",
        "De Klimop", "Het Anker", "De Toermalijn", "De Meander", "De Fontein", "Het Vogelnest", "De Boomgaard",
    ];

    private static readonly string[] SecondaryNames =
    [
        "Lingecollege", "Het Rivierenland Lyceum", "Betuwe College", "Veluwse Scholengemeenschap", "Maaswaal Mavo", "Technasium De Brug",
    ];

    public static async Task SeedDemoDataAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegieDbContext>();
        if (await db.Organizations.AnyAsync()) return;

        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Regie.DemoData");
        var faker = new Faker("nl") { Random = new Randomizer(2026) };
        var cooperative = new Cooperative { Name = "Coöperatie Samen Slim Inkopen U.A.", City = "Utrecht", Email = "info@samenslim.example", Website = "https://samenslim.example" };
        var platform = new PlatformOrganization { Name = PlatformName, City = "Utrecht", Email = "platform@regie.example" };
        var sector = new SectorOffice { Name = "Kennisnetwerk Onderwijs en ICT", City = "Zoetermeer", Website = "https://kennisnetwerk.example" };
        var boards = new[]
        {
            new Board { Name = "Stichting Primair Onderwijs De Waterlinie", BoardNumber = "41237", Sector = EducationSector.Primary, City = "Gorinchem", CooperativeId = cooperative.Id, Email = "bestuursbureau@waterlinie.example" },
            new Board { Name = "Scholengroep Rivierenland", BoardNumber = "40615", Sector = EducationSector.Secondary, City = "Tiel", CooperativeId = cooperative.Id, ShowNameToCooperative = false },
            new Board { Name = "Stichting Speciaal Onderwijs De Horizon", BoardNumber = "42981", Sector = EducationSector.Special, City = "Arnhem", CooperativeId = cooperative.Id },
        };
        var suppliers = new[]
        {
            new Supplier { Name = "Leerwijzer Educatief B.V.", City = "Amersfoort", ChamberOfCommerceNumber = "61234567", ContactName = "Sanne de Vries", Description = "Adaptieve digitale leermiddelen voor rekenen en taal in het primair onderwijs." },
            new Supplier { Name = "Klasnet ICT Diensten", City = "Zwolle", ChamberOfCommerceNumber = "52345678", ContactName = "Mark Jansen", Description = "Netwerken, wifi en beheer van devices voor scholen." },
            new Supplier { Name = "Digidact Uitgevers", City = "Houten", ChamberOfCommerceNumber = "73456789", ContactName = "Fatima El Idrissi", Description = "Methodes voor het voortgezet onderwijs, met toetsen en voortgangsinformatie." },
            new Supplier { Name = "Schoolplein Software", City = "Eindhoven", ChamberOfCommerceNumber = "84567890", ContactName = "Pieter Bakker", Description = "Leerlingvolgsysteem en roosters." },
            new Supplier { Name = "Onderwijsadvies Noord", City = "Groningen", ChamberOfCommerceNumber = "35678901", ContactName = "Ingrid Smit", Description = "Professionalisering van leraren op digitale geletterdheid." },
        };
        db.AddRange([cooperative, sector, platform, .. boards, .. suppliers]);

        var codes = new HashSet<string>();
        AddSchools(db, faker, boards[0], 9, PrimaryNames, codes, n => (n.StartsWith("Het", StringComparison.Ordinal) ? "OBS " : "CBS ") + n, 120, 420);
        AddSchools(db, faker, boards[1], 5, SecondaryNames, codes, n => n, 600, 1800);
        AddSchools(db, faker, boards[2], 3, ["De Horizon", "Het Baken", "De Sprong"], codes, n => "SO " + n, 40, 160);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organizations = new Dictionary<string, Organization>
        {
            [boards[0].Name] = boards[0], [suppliers[0].Name] = suppliers[0], [suppliers[2].Name] = suppliers[2], [cooperative.Name] = cooperative, [sector.Name] = sector, [platform.Name] = platform,
        };
        foreach (var account in Accounts)
        {
            var user = new AppUser
            {
                UserName = account.Email, Email = account.Email, EmailConfirmed = true, OrganizationId = organizations[account.Organization].Id,
                DisplayName = $"{faker.Name.FirstName()} {faker.Name.LastName()}",
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, account.Role));
        }
        // A beheerder for the other boards too, so every board can be shown and managed.
        foreach (var board in boards.Skip(1))
        {
            var user = new AppUser { UserName = $"beheerder.{board.BoardNumber}@{Domain}", Email = $"beheerder.{board.BoardNumber}@{Domain}", EmailConfirmed = true, OrganizationId = board.Id, DisplayName = $"{faker.Name.FirstName()} {faker.Name.LastName()}" };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, Roles.Administrator));
        }

        // Each module adds its own demo records here, one line each, reading boards and users back by number and e-mail.
        await Regie.Web.Features.Collaboration.CollaborationDemoData.SeedAsync(db);
        await Regie.Web.Features.Collaboration.BusinessCase.BusinessCaseDemoData.SeedAsync(db);
        await Regie.Web.Features.Needs.NeedsDemoData.SeedAsync(db);
        await Regie.Web.Features.Needs.Shared.SharingDemoData.SeedAsync(db);
        await Regie.Web.Features.Needs.WorkingGroups.WorkingGroupsDemoData.SeedAsync(db);
        await Regie.Web.Features.Market.Catalog.MarketDemoData.SeedAsync(db);
        await Regie.Web.Features.Market.Reviews.ReviewsDemoData.SeedAsync(db); // after the catalogue's demo items
        await Regie.Web.Features.Market.Recognition.RecognitionDemoData.SeedAsync(db); // after the catalogue's demo items
        await Regie.Web.Features.Procurement.Plans.PlansDemoData.SeedAsync(db); // after the catalogue's demo items
        await Regie.Web.Features.Procurement.Policy.PolicyDemoData.SeedAsync(db);
        await Regie.Web.Features.Procurement.Projects.ProjectsDemoData.SeedAsync(db); // after the needs and the catalogue
        await Regie.Web.Features.Chain.ChainDemoData.SeedAsync(db, scope.ServiceProvider); // after the catalogue and the users; hashes pupils with scrypt

        logger.LogWarning("Demo data created. Log in at /Account/Login with password {Password} and one of:\n{Accounts}",
            Password, string.Join("\n", Accounts.Select(a => $"  {Roles.Label(a.Role),-22} {a.Email}")));
    }

    private static void AddSchools(RegieDbContext db, Faker faker, Board board, int count, string[] names, HashSet<string> codes, Func<string, string> name, int minPupils, int maxPupils)
    {
        foreach (var baseName in faker.PickRandom(names, Math.Min(count, names.Length)))
        {
            string brin;
            do brin = faker.Random.Number(10, 99) + faker.Random.String2(2, "ABCDEFGHJKLMNPRSTUVWXZ");
            while (!codes.Add(brin));
            var school = new School
            {
                BoardId = board.Id,
                Name = name(baseName),
                Street = faker.Address.StreetName(),
                HouseNumber = faker.Random.Number(1, 140).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Postcode = $"{faker.Random.Number(1000, 9999)} {faker.Random.String2(2, "ABCDEFGHJKLMNPRSTVWXZ")}",
                City = faker.PickRandom(Places),
                Denomination = faker.PickRandom("Openbaar", "Protestants-Christelijk", "Rooms-Katholiek", "Algemeen bijzonder"),
                PupilCount = faker.Random.Number(minPupils, maxPupils),
            };
            school.SetCode(brin, "00");
            school.Website = $"https://www.{school.Name.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)}.example";
            db.Schools.Add(school);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
