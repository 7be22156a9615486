using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Access;

/// <summary>
/// A board with two schools: the signed-in ICT coordinator is privacy contact of the first only. A supplier fetched a
/// roster and delivered results at both schools; each school has a pupil with the same family name.
/// </summary>
public sealed record AccessBoard(Board Board, School Mine, School Other, HttpClient PrivacyContact, Supplier Supplier, CatalogItem Product,
    Pupil MyPupil, Pupil OtherPupil, DataAccessEntry MyEntry, DataAccessEntry OtherEntry);

public static class AccessTestData
{
    public static async Task<AccessBoard> AccessBoardAsync(this RegieApp app)
    {
        var board = await app.CreateBoardAsync();
        var mine = await app.CreateSchoolAsync(board);
        var other = await app.CreateSchoolAsync(board);
        var contact = await app.CreateUserAsync(board, Roles.IctCoordinator);
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leerfabriek <b>{TestData.Next()}</b>" });
        var product = new CatalogItem { SupplierId = supplier.Id, SupplierName = supplier.Name, Title = $"Rekentuin {TestData.Next()}", Summary = "s", Description = "d", Kind = ItemKind.Software };
        await app.WithDbAsync(async db => { db.Add(product); return await db.SaveChangesAsync(); }, supplier);

        var family = $"Achternaam{TestData.Next()}";
        var myPupil = NewPupil(board, mine, "Sanne", family);
        var otherPupil = NewPupil(board, other, "Daan", family);
        var now = DateTimeOffset.UtcNow;
        DataAccessEntry Entry(School school, DataAccessKind kind, string actor, int records, DateTimeOffset at) => new()
        {
            BoardId = board.Id, SchoolId = school.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, CatalogItemId = product.Id, ProductName = product.Title,
            Kind = kind, Actor = actor, RecordCount = records, PupilCount = records, At = at,
        };
        var myEntry = Entry(mine, DataAccessKind.RosterFetch, $"Sleutel eigen school {TestData.Next()}", 27, now.AddDays(-2));
        var otherEntry = Entry(other, DataAccessKind.RosterFetch, $"Sleutel andere school {TestData.Next()}", 31, now.AddDays(-1));
        var delivery = new ResultDelivery
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, SchoolId = mine.Id, ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Format = ResultFormat.Json, ResultCount = 2, PupilCount = 1, ReceivedVia = "test", ReceivedAt = now,
        };
        LearningResult Result(Pupil pupil, DateOnly day) => new()
        {
            BoardId = board.Id, SchoolId = pupil.SchoolId, PupilId = pupil.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, DeliveryId = delivery.Id,
            ResultKey = Guid.NewGuid().ToString("N"), TestCode = "R1", TakenOn = day, Score = 7,
        };
        var rule = new SharingRule { BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, Fields = SharedFields.Group | SharedFields.YearGroup };
        rule.Scopes.Add(new SharingScope { BoardId = board.Id, RuleId = rule.Id, SchoolId = mine.Id });
        var agreement = new ProcessingAgreement
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, ModelVersion = "Model 4.0", SignedOn = new DateOnly(2025, 1, 15),
            DataCategories = SharedFields.Group | SharedFields.YearGroup,
        };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(myPupil, otherPupil, myEntry, otherEntry, delivery, rule, agreement);
            db.Add(new SchoolAssignment { BoardId = board.Id, SchoolId = mine.Id, UserId = contact.Id, Kind = SchoolAssignmentKind.PrivacyContact });
            db.Add(new IssuedPseudonym { BoardId = board.Id, PupilId = myPupil.Id, SupplierId = supplier.Id, Value = Guid.NewGuid().ToString("N"), KeyId = Guid.NewGuid(),
                IssuedAt = now.AddDays(-40), FirstSharedAt = now.AddDays(-40), LastSharedAt = now.AddDays(-2) });
            db.AddRange(Result(myPupil, new DateOnly(2026, 2, 3)), Result(myPupil, new DateOnly(2026, 3, 4)), Result(otherPupil, new DateOnly(2026, 3, 5)));
            return await db.SaveChangesAsync();
        }, board);
        return new AccessBoard(board, mine, other, await app.LoginAsync(contact.Email!), supplier, product, myPupil, otherPupil, myEntry, otherEntry);
    }

    public static Pupil NewPupil(Board board, School school, string given, string family) => new()
    {
        BoardId = board.Id, SchoolId = school.Id, GivenName = given, FamilyName = family, PupilNumber = TestData.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumberKind = PupilNumberKind.Bsn, NumberLookup = Guid.NewGuid().ToString("N"), FirstLevelHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
    };
}
