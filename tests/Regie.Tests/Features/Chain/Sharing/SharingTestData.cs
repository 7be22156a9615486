using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Access;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Sharing;

/// <summary>Suppliers with a published product, groups with pupils, agreements and rules for the sharing tests.</summary>
public static class SharingTestData
{
    public static async Task<(Supplier Supplier, CatalogItem Item)> SupplierWithProductAsync(this RegieApp app)
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier {TestData.Next()}" });
        return (supplier, await app.CreateItemAsync(supplier, publish: true));
    }

    public static async Task<PupilGroup> CreateGroupAsync(this RegieApp app, Board board, School school, string key = "5A", int pupils = 0)
    {
        var group = new PupilGroup { BoardId = board.Id, SchoolId = school.Id, Key = key, Name = $"Groep {key}", YearGroup = 5 };
        var rows = Enumerable.Range(0, pupils).Select(i => new Pupil
        {
            BoardId = board.Id, SchoolId = school.Id, GroupId = group.Id, PupilNumber = $"L{i}", GivenName = "Fenna", FamilyName = "Testleerling",
            NumberKind = PupilNumberKind.Bsn, NumberLookup = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), FirstLevelHash = new string('a', 64),
        }).ToList();
        await app.WithDbAsync(async db => { db.PupilGroups.Add(group); db.Pupils.AddRange(rows); return await db.SaveChangesAsync(); }, board);
        return group;
    }

    public static async Task<ProcessingAgreement> CreateAgreementAsync(this RegieApp app, Board board, Supplier supplier, Guid? itemId = null,
        DateOnly? signedOn = null, DateOnly? endsOn = null, SharedFields fields = SharedFields.Group | SharedFields.YearGroup, bool eck = false, bool isSigned = true)
    {
        var agreement = new ProcessingAgreement
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = itemId, ModelVersion = "Model 4.0",
            SignedOn = isSigned ? signedOn ?? new DateOnly(2025, 1, 1) : null, EndsOn = endsOn, DataCategories = fields, AllowsEckId = eck,
        };
        await app.WithDbAsync(async db => { db.ProcessingAgreements.Add(agreement); return await db.SaveChangesAsync(); }, board);
        return agreement;
    }

    public static async Task<SharingRule> CreateRuleAsync(this RegieApp app, Board board, Supplier supplier, CatalogItem item, School school, Guid? groupId = null, SharedFields fields = SharedFields.Group)
    {
        var rule = new SharingRule { BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = item.Id, Fields = fields };
        rule.SetScopes([(school.Id, groupId)]);
        await app.WithDbAsync(async db => { db.SharingRules.Add(rule); return await db.SaveChangesAsync(); }, board);
        return rule;
    }

    public static async Task LogFetchAsync(this RegieApp app, Board board, School school, Supplier supplier, CatalogItem item)
    {
        var entry = new DataAccessEntry
        {
            BoardId = board.Id, SchoolId = school.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, CatalogItemId = item.Id, ProductName = item.Title,
            Kind = DataAccessKind.RosterFetch, Actor = "Koppeling", RecordCount = 3, PupilCount = 3, At = DateTimeOffset.UtcNow,
        };
        await app.WithDbAsync(async db => { db.DataAccessEntries.Add(entry); return await db.SaveChangesAsync(); }, board);
    }
}
