using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Dashboard;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Dashboard;

/// <summary>
/// A board with one school and two groups. Group 5A has four pupils, one per case: flat scores, improving scores,
/// no results in the window, and a latest score below the norm; group 5B has one improving pupil. Results are in the
/// previous school year, so the window is its last four weeks (4–31 July) whatever day the tests run.
/// </summary>
public sealed record DashboardWorld(
    Board Board, School School, PupilGroup Group, PupilGroup OtherGroup, Pupil Flat, Pupil Improving, Pupil Silent, Pupil Below, Pupil Elsewhere,
    Supplier Supplier, CatalogItem Product, AppUser Teacher, AppUser Leader, AppUser Executive)
{
    public static int YearStart => DashboardSettings.SchoolYearStart(DateOnly.FromDateTime(DateTime.UtcNow)) - 1;
    public static string Year => $"{YearStart}-{YearStart + 1}";
    public static DateOnly Before => new(YearStart + 1, 6, 1);
    public static DateOnly InWindow => new(YearStart + 1, 7, 20);

    public IEnumerable<Pupil> Pupils => [Flat, Improving, Silent, Below, Elsewhere];
    public IEnumerable<string> Names => Pupils.SelectMany(p => new[] { p.GivenName, p.FamilyName });

    public string GroupUrl(PupilGroup group, string extra = "") => $"/Chain/Dashboard/Group/{group.Id}?Year={Year}{extra}";
    public string PupilUrl(Pupil pupil) => $"/Chain/Dashboard/Pupil/{pupil.Id}?Year={Year}";
    public string SchoolUrl => $"/Chain/Dashboard/School/{School.Id}?Year={Year}";
    public static string IndexUrl => $"/Chain/Dashboard/Index?Year={Year}";

    public static async Task<DashboardWorld> CreateAsync(RegieApp app)
    {
        var board = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board);
        var group = new PupilGroup { BoardId = board.Id, SchoolId = school.Id, Key = $"5A-{TestData.Next()}", Name = "5A", YearGroup = 5 };
        var other = new PupilGroup { BoardId = board.Id, SchoolId = school.Id, Key = $"5B-{TestData.Next()}", Name = "5B", YearGroup = 5 };
        Pupil Make(PupilGroup g, string given, string family) => new()
        {
            BoardId = board.Id, SchoolId = school.Id, GroupId = g.Id, PupilNumber = $"L{TestData.Next()}", GivenName = given, FamilyName = $"{family}{TestData.Next()}",
            NumberKind = PupilNumberKind.Bsn, NumberLookup = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), FirstLevelHash = new string('b', 64),
            DateOfBirth = new DateOnly(2017, 3, 14), YearGroup = 5,
        };
        var flat = Make(group, "Anouk", "Vlakveld");
        var improving = Make(group, "Bram", "Stijgerman");
        var silent = Make(group, "Cas", "Stilleven");
        var below = Make(group, "Dewi", "Onderhout");
        var elsewhere = Make(other, "Eva", "Anderszins");

        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Rekenuitgever {TestData.Next()}" });
        var product = new CatalogItem { SupplierId = supplier.Id, SupplierName = supplier.Name, Title = $"Rekentuin {TestData.Next()}", Summary = "s", Description = "d", Kind = ItemKind.Software };
        await app.WithDbAsync(async db => { db.Add(product); return await db.SaveChangesAsync(); }, supplier);

        var teacher = await app.CreateUserAsync(board, Roles.Teacher);
        var leader = await app.CreateUserAsync(board, Roles.SchoolLeader);
        var executive = await app.CreateUserAsync(board, Roles.Executive);
        var test = new LearningTest
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, TestCode = "REK", Name = "Rekenen blok 3", GoalCode = "K23",
            MinScore = 0, MaxScore = 50, NormScore = 30,
        };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(group, other, flat, improving, silent, below, elsewhere, test);
            db.Add(new GroupTeacher { BoardId = board.Id, GroupId = group.Id, UserId = teacher.Id });
            db.Add(new SchoolAssignment { BoardId = board.Id, SchoolId = school.Id, UserId = leader.Id, Kind = SchoolAssignmentKind.SchoolLeader });
            return await db.SaveChangesAsync();
        }, board);

        var world = new DashboardWorld(board, school, group, other, flat, improving, silent, below, elsewhere, supplier, product, teacher, leader, executive);
        await world.DeliverAsync(app,
            (flat, Before, 40, 20), (flat, InWindow, 40, 25),
            (improving, Before, 35, 15), (improving, InWindow, 45, 10),
            (silent, Before, 40, 30),
            (below, Before, 10, 5), (below, InWindow, 20, 5),
            (elsewhere, Before, 40, 10), (elsewhere, InWindow, 45, 10));
        return world;
    }

    /// <summary>One delivery with results on test REK (0–50, norm 30, kerndoel 23).</summary>
    public async Task DeliverAsync(RegieApp app, params (Pupil Pupil, DateOnly On, double Score, int Minutes)[] results)
    {
        var delivery = new ResultDelivery
        {
            BoardId = Board.Id, SupplierId = Supplier.Id, CatalogItemId = Product.Id, SchoolId = School.Id, ContentHash = Guid.NewGuid().ToString("N"),
            Format = ResultFormat.Json, ResultCount = results.Length, PupilCount = results.Select(r => r.Pupil.Id).Distinct().Count(), ReceivedVia = "test", ReceivedAt = DateTimeOffset.UtcNow,
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(delivery);
            db.AddRange(results.Select(r => new LearningResult
            {
                BoardId = Board.Id, SchoolId = School.Id, PupilId = r.Pupil.Id, GroupId = r.Pupil.GroupId, SupplierId = Supplier.Id, CatalogItemId = Product.Id,
                DeliveryId = delivery.Id, ResultKey = Guid.NewGuid().ToString("N"), TestCode = "REK", TakenOn = r.On, Score = r.Score, MinutesSpent = r.Minutes,
            }));
            return await db.SaveChangesAsync();
        }, Board);
    }
}
