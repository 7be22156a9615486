using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Sealing;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Api;

/// <summary>A pupil with the secrets that must never reach a supplier: its number, ECK iD, names and birth date.</summary>
public sealed record SeededPupil(Pupil Pupil, string Number, string? EckId)
{
    public IEnumerable<string> Secrets() => new[]
    {
        Number, Pupil.GivenName, Pupil.FamilyName, Pupil.PupilNumber, Pupil.FirstLevelHash, Pupil.NumberLookup,
        Pupil.DateOfBirth!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Pupil.DateOfBirth!.Value.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
    }.Concat(EckId is null ? [] : [EckId, EckId[^128..]]);
}

/// <summary>
/// One board with two schools: school A has group 5A (shared) and 6B, school B is outside the rule. Pupils: two in 5A
/// (one with an ECK iD), one in 6B, one archived in 5A, one at school B. A supplier with a key, a product, a signed
/// agreement and a rule sharing group 5A (or all of school A).
/// </summary>
public sealed record ChainWorld(
    Board Board, School School, School OtherSchool, PupilGroup Group, PupilGroup OtherGroup, Supplier Supplier, CatalogItem Product,
    string Key, ApiKey KeyRecord, SharingRule Rule, ProcessingAgreement Agreement, SeededPupil WithEckId, SeededPupil Plain,
    SeededPupil InOtherGroup, SeededPupil Archived, SeededPupil AtOtherSchool)
{
    public IEnumerable<SeededPupil> Pupils => [WithEckId, Plain, InOtherGroup, Archived, AtOtherSchool];
    public string Roster => $"/api/v1/chain/rosters/{Rule.Id}";
    public string Results => $"/api/v1/chain/rosters/{Rule.Id}/results";
}

public static class ChainApiTestData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<ChainWorld> ChainWorldAsync(this RegieApp app, SharedFields fields = SharedFields.Group | SharedFields.YearGroup,
        bool wholeSchool = false, bool useEckId = false, bool allowsEckId = false, DateOnly? signedOn = null, bool withSignature = true, Supplier? supplier = null)
    {
        var board = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board);
        var otherSchool = await app.CreateSchoolAsync(board);
        var group = new PupilGroup { BoardId = board.Id, SchoolId = school.Id, Key = $"5A-{TestData.Next()}", Name = "Groep 5A", YearGroup = 5 };
        var otherGroup = new PupilGroup { BoardId = board.Id, SchoolId = school.Id, Key = $"6B-{TestData.Next()}", Name = "Groep 6B", YearGroup = 6 };
        var otherSchoolGroup = new PupilGroup { BoardId = board.Id, SchoolId = otherSchool.Id, Key = $"7C-{TestData.Next()}", Name = "Groep 7C", YearGroup = 7 };
        await app.WithDbAsync(async db => { db.AddRange(group, otherGroup, otherSchoolGroup); return await db.SaveChangesAsync(); }, board);

        var withEck = await app.AddPupilAsync(board, school, group, eckId: true);
        var plain = await app.AddPupilAsync(board, school, group);
        var inOther = await app.AddPupilAsync(board, school, otherGroup);
        var archived = await app.AddPupilAsync(board, school, group, archived: true);
        var atOther = await app.AddPupilAsync(board, otherSchool, otherSchoolGroup);

        supplier ??= await app.CreateOrganizationAsync(new Supplier { Name = $"Leermiddel {TestData.Next()}" });
        var product = await app.CreateItemAsync(supplier, $"Rekenroute {TestData.Next()}", publish: true);
        var (key, record) = await app.KeyForAsync(supplier, ApiScopes.RosterRead | ApiScopes.ResultsWrite);
        var agreement = new ProcessingAgreement
        {
            BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, ModelVersion = "Model 4.0",
            SignedOn = withSignature ? signedOn ?? Today.AddDays(-30) : null, DataCategories = SharedFields.Group | SharedFields.YearGroup, AllowsEckId = allowsEckId,
        };
        var rule = new SharingRule { BoardId = board.Id, SupplierId = supplier.Id, CatalogItemId = product.Id, Fields = fields, UseEckId = useEckId };
        rule.Scopes.Add(new SharingScope { BoardId = board.Id, RuleId = rule.Id, SchoolId = school.Id, GroupId = wholeSchool ? null : group.Id });
        await app.WithDbAsync(async db => { db.AddRange(agreement, rule); return await db.SaveChangesAsync(); }, board);
        return new ChainWorld(board, school, otherSchool, group, otherGroup, supplier, product, key, record, rule, agreement, withEck, plain, inOther, archived, atOther);
    }

    /// <summary>Another rule of the same supplier and product at the same board, sharing the given school whole.</summary>
    public static async Task<SharingRule> AddRuleAsync(this RegieApp app, ChainWorld world, School school)
    {
        var rule = new SharingRule { BoardId = world.Board.Id, SupplierId = world.Supplier.Id, CatalogItemId = world.Product.Id, Fields = SharedFields.Group };
        rule.Scopes.Add(new SharingScope { BoardId = world.Board.Id, RuleId = rule.Id, SchoolId = school.Id });
        await app.WithDbAsync(async db => { db.Add(rule); return await db.SaveChangesAsync(); }, world.Board);
        return rule;
    }

    public static async Task<SeededPupil> AddPupilAsync(this RegieApp app, Board board, School school, PupilGroup? group, bool eckId = false, bool archived = false)
    {
        var number = TestPupils.Bsn();
        var eck = eckId ? TestPupils.EckId() : null;
        var n = TestData.Next();
        return await app.WithServicesAsync(async services =>
        {
            var pseudonyms = services.GetRequiredService<PseudonymService>();
            var pupil = new Pupil
            {
                BoardId = board.Id, SchoolId = school.Id, GroupId = group?.Id, PupilNumber = $"LLN{n:D6}", GivenName = $"Zefanja{n}", FamilyName = $"Brouwerius{n}",
                DateOfBirth = new DateOnly(2015, 1, 1).AddDays(n % 700), YearGroup = group?.YearGroup, NumberKind = PupilNumberKind.Bsn,
                NumberLookup = pseudonyms.NumberLookup(number), FirstLevelHash = services.GetRequiredService<FirstLevelHasher>().Hash(number),
            };
            if (eck is not null)
            {
                pupil.EckIdSealed = services.GetRequiredService<Sealer>().Seal(Encoding.UTF8.GetBytes(eck), Pupil.SealContext(pupil.Id));
                pupil.EckIdLookup = pseudonyms.EckIdLookup(eck);
            }
            if (archived) pupil.Archive(DateTimeOffset.UtcNow);
            await app.WithDbAsync(async db => { db.Pupils.Add(pupil); return await db.SaveChangesAsync(); }, board);
            return new SeededPupil(pupil, number, eck);
        });
    }

    /// <summary>The roster's leerlingid per pupil id, read back from the issued pseudonyms.</summary>
    public static async Task<Dictionary<Guid, string>> FetchPseudonymsAsync(this RegieApp app, string key, Guid ruleId, Guid supplierId)
    {
        var response = await app.ApiClient(key).GetAsync($"/api/v1/chain/rosters/{ruleId}");
        response.EnsureSuccessStatusCode();
        return await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.SupplierId == supplierId).ToDictionaryAsync(p => p.PupilId, p => p.Value));
    }

    public static string Day(int daysAgo = 10) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static object Test(string code = "REK-1", double min = 0, double max = 100, double? norm = 60) => new
    {
        toetscode = code, naam = "Rekenen blok 1", leerdoel = "23", minimum = min, maximum = max, norm,
        onderdelen = new[] { new { toetsonderdeelcode = "OPTELLEN", naam = "Optellen", minimum = 0.0, maximum = 10.0, norm = (double?)6 } },
    };

    public static object Result(string key, string pupil, string? date = null, double score = 70, string code = "REK-1", string? part = null, int? minutes = 12) => new
    {
        key, leerlingid = pupil, toetscode = code, toetsonderdeelcode = part, afnamedatum = date ?? Day(), score, minuten = minutes,
    };

    public static Task<HttpResponseMessage> DeliverAsync(this RegieApp app, ChainWorld world, object body) =>
        app.ApiClient(world.Key).PostAsJsonAsync(world.Results, body);

    public static Task<HttpResponseMessage> DeliverXmlAsync(this RegieApp app, ChainWorld world, string xml) =>
        app.ApiClient(world.Key).PostAsync(world.Results, new StringContent(xml, Encoding.UTF8, "application/xml"));
}
