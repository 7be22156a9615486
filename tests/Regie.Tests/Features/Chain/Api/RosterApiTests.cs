using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Api;

[Collection(AppCollection.Name)]
public sealed class RosterApiTests(RegieApp app)
{
    private static List<JsonElement> Pupils(JsonElement roster) =>
        roster.GetProperty("scholen").EnumerateArray().SelectMany(s => s.GetProperty("leerlingen").EnumerateArray()).ToList();

    [Fact]
    public async Task List_ShowsTheSuppliersOwnRules_WithStatusAndReason()
    {
        var world = await app.ChainWorldAsync();
        var blocked = await app.ChainWorldAsync(supplier: world.Supplier, withSignature: false);
        var stranger = await app.ChainWorldAsync();

        var response = await app.ApiClient(world.Key).GetAsync("/api/v1/chain/rosters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rules = (await response.JsonAsync()).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid());
        Assert.DoesNotContain(stranger.Rule.Id, rules.Keys);
        var active = rules[world.Rule.Id];
        Assert.Equal(("actief", world.Board.Name, world.Product.Title, 1), (active.GetProperty("status").GetString(), active.GetProperty("bestuur").GetString(),
            active.GetProperty("product").GetProperty("titel").GetString(), active.GetProperty("scholen").GetInt32()));
        Assert.Equal("geblokkeerd", rules[blocked.Rule.Id].GetProperty("status").GetString());
        Assert.Contains("niet ondertekend", rules[blocked.Rule.Id].GetProperty("reden").GetString());
    }

    [Fact]
    public async Task Roster_WithGroupAndYearGroup_ListsTheSharedGroupsPupils_WithoutArchivedOrOtherGroups()
    {
        var world = await app.ChainWorldAsync();

        var response = await app.ApiClient(world.Key).GetAsync(world.Roster);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roster = await response.JsonAsync();
        var school = Assert.Single(roster.GetProperty("scholen").EnumerateArray());
        Assert.Equal((world.School.Brin, world.School.LocationNumber), (school.GetProperty("brincode").GetString(), school.GetProperty("dependancecode").GetString()));
        var group = Assert.Single(school.GetProperty("groepen").EnumerateArray());
        Assert.Equal((world.Group.Key, "Groep 5A", 5), (group.GetProperty("key").GetString(), group.GetProperty("naam").GetString(), group.GetProperty("jaargroep").GetInt32()));
        var pupils = Pupils(roster);
        Assert.Equal(2, pupils.Count);
        Assert.All(pupils, p =>
        {
            Assert.Matches("^[0-9a-f]{40}$", p.GetProperty("leerlingid").GetString());
            Assert.Equal(world.Group.Key, p.GetProperty("groep").GetString());
            Assert.Equal(5, p.GetProperty("jaargroep").GetInt32());
            Assert.Equal(["groep", "jaargroep", "leerlingid"], p.EnumerateObject().Select(f => f.Name).Order());
        });
        Assert.Matches(@"^\d{4}-\d{4}$", roster.GetProperty("schooljaar").GetString());
    }

    [Fact]
    public async Task Roster_WithoutFields_HasOnlyPseudonyms()
    {
        var world = await app.ChainWorldAsync(fields: SharedFields.None);

        var roster = await (await app.ApiClient(world.Key).GetAsync(world.Roster)).JsonAsync();

        var school = Assert.Single(roster.GetProperty("scholen").EnumerateArray());
        Assert.False(school.TryGetProperty("groepen", out _));
        Assert.All(Pupils(roster), p => Assert.Equal(["leerlingid"], p.EnumerateObject().Select(f => f.Name)));
    }

    [Fact]
    public async Task Roster_WithYearGroupOnly_HasNoGroups()
    {
        var world = await app.ChainWorldAsync(fields: SharedFields.YearGroup);

        var roster = await (await app.ApiClient(world.Key).GetAsync(world.Roster)).JsonAsync();

        Assert.False(roster.GetProperty("scholen")[0].TryGetProperty("groepen", out _));
        Assert.All(Pupils(roster), p => Assert.Equal(["jaargroep", "leerlingid"], p.EnumerateObject().Select(f => f.Name).Order()));
    }

    [Fact]
    public async Task Roster_OfAWholeSchool_HasEveryActiveGroupAndPupil()
    {
        var world = await app.ChainWorldAsync(wholeSchool: true);

        var roster = await (await app.ApiClient(world.Key).GetAsync(world.Roster)).JsonAsync();

        Assert.Equal(2, roster.GetProperty("scholen")[0].GetProperty("groepen").GetArrayLength());
        Assert.Equal(3, Pupils(roster).Count);
    }

    [Fact]
    public async Task Roster_AsXml_IsUwlrShaped_WithTheSamePseudonyms()
    {
        var world = await app.ChainWorldAsync();
        var json = Pupils(await (await app.ApiClient(world.Key).GetAsync(world.Roster)).JsonAsync()).Select(p => p.GetProperty("leerlingid").GetString()!).Order().ToList();

        var response = await app.ApiClient(world.Key).GetAsync(world.Roster + "?format=xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens";
        Assert.Equal(ns + "leerlinggegevens", xml.Root!.Name);
        var answer = Assert.Single(xml.Root.Elements(ns + "leerlinggegevens_antwoord"));
        Assert.Equal(world.School.Brin, answer.Element(ns + "school")!.Element(ns + "brincode")!.Value);
        Assert.Equal(json, answer.Descendants(ns + "leerling").Select(l => l.Attribute("key")!.Value).Order().ToList());
        Assert.All(answer.Descendants(ns + "leerling"), l => Assert.Equal(world.Group.Key, l.Element(ns + "groep")!.Attribute("key")!.Value));
    }

    [Fact]
    public async Task AcceptXml_AlsoGivesXml()
    {
        var world = await app.ChainWorldAsync();
        var client = app.ApiClient(world.Key);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/xml");

        var response = await client.GetAsync(world.Roster);

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DifferentSuppliers_GetDifferentPseudonyms_ForTheSamePupil()
    {
        var world = await app.ChainWorldAsync();
        var second = await app.CreateOrganizationAsync(new Supplier { Name = $"Tweede {TestData.Next()}" });
        var secondProduct = await app.CreateItemAsync(second, publish: true);
        var (secondKey, _) = await app.KeyForAsync(second, ApiScopes.RosterRead);
        var rule = new Regie.Web.Features.Chain.Sharing.SharingRule { BoardId = world.Board.Id, SupplierId = second.Id, CatalogItemId = secondProduct.Id, Fields = SharedFields.Group };
        rule.Scopes.Add(new Regie.Web.Features.Chain.Sharing.SharingScope { BoardId = world.Board.Id, RuleId = rule.Id, SchoolId = world.School.Id, GroupId = world.Group.Id });
        await app.WithDbAsync(async db =>
        {
            db.AddRange(rule, new Regie.Web.Features.Chain.Sharing.ProcessingAgreement { BoardId = world.Board.Id, SupplierId = second.Id, SignedOn = ChainApiTestData.Today, DataCategories = SharedFields.Group });
            return await db.SaveChangesAsync();
        }, world.Board);

        var first = await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);
        var other = await app.FetchPseudonymsAsync(secondKey, rule.Id, second.Id);

        Assert.Equal(first.Keys.Order(), other.Keys.Order());
        Assert.All(first, p => Assert.NotEqual(p.Value, other[p.Key]));
    }

    [Fact]
    public async Task Pseudonyms_StayTheSame_AfterAKeyRotationAndARefetch_AndNewPupilsUseTheNewKey()
    {
        var world = await app.ChainWorldAsync();
        var before = await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);
        var firstShared = await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.SupplierId == world.Supplier.Id).Select(p => p.FirstSharedAt).ToListAsync());

        var newKey = await app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<PseudonymService>().Rotate()));
        var newcomer = await app.AddPupilAsync(world.Board, world.School, world.Group);
        var after = await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);

        Assert.All(before, p => Assert.Equal(p.Value, after[p.Key]));
        Assert.Equal(newKey, await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.PupilId == newcomer.Pupil.Id).Select(p => p.KeyId).SingleAsync()));
        Assert.All(firstShared, shared => Assert.NotNull(shared));
        var firstSharedAfter = await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters()
            .Where(p => p.SupplierId == world.Supplier.Id && p.PupilId != newcomer.Pupil.Id).Select(p => p.FirstSharedAt).ToListAsync());
        Assert.Equal(firstShared.Order(), firstSharedAfter.Order());
    }

    [Fact]
    public async Task EckId_ReplacesThePseudonym_WhereTheRuleChoseItAndTheAgreementAllows()
    {
        var world = await app.ChainWorldAsync(useEckId: true, allowsEckId: true);

        var body = await (await app.ApiClient(world.Key).GetAsync(world.Roster)).Content.ReadAsStringAsync();
        var ids = Pupils(JsonDocument.Parse(body).RootElement).Select(p => p.GetProperty("leerlingid").GetString()).ToList();

        Assert.True(ids.Contains(world.WithEckId.EckId), "the pupil's ECK iD is its leerlingid");
        Assert.Single(ids, id => id!.Length == 40);
    }

    [Fact]
    public async Task EckId_IsRefused_WhenTheAgreementDoesNotAllowIt()
    {
        var world = await app.ChainWorldAsync(useEckId: true, allowsEckId: false);

        var response = await app.ApiClient(world.Key).GetAsync(world.Roster);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ECK iD niet toe", text);
        Assert.False(text.Contains(world.WithEckId.EckId!, StringComparison.Ordinal), "the refusal shows an ECK iD");
    }

    [Theory]
    [InlineData("unsigned", "niet ondertekend")]
    [InlineData("future", "gaat pas in")]
    [InlineData("none", "geen verwerkersovereenkomst")]
    public async Task Roster_WithoutASignedAgreement_IsForbidden_WithTheReason(string situation, string reason)
    {
        var world = await app.ChainWorldAsync(withSignature: situation != "unsigned", signedOn: situation == "future" ? ChainApiTestData.Today.AddDays(10) : null);
        if (situation == "none")
            await app.WithDbAsync(async db =>
            {
                var agreement = await db.ProcessingAgreements.SingleAsync(a => a.Id == world.Agreement.Id);
                agreement.Archive(DateTimeOffset.UtcNow);
                return await db.SaveChangesAsync();
            }, world.Board);

        var response = await app.ApiClient(world.Key).GetAsync(world.Roster);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(reason, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().CountAsync(p => p.SupplierId == world.Supplier.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.DataAccessEntries.IgnoreQueryFilters().CountAsync(e => e.SupplierId == world.Supplier.Id)));
    }

    [Fact]
    public async Task AnotherSuppliersRule_AnUnknownRule_AndAnArchivedRule_AreNotFound()
    {
        var world = await app.ChainWorldAsync();
        var stranger = await app.ChainWorldAsync();
        var archived = await app.ChainWorldAsync(supplier: world.Supplier);
        await app.WithDbAsync(async db =>
        {
            (await db.SharingRules.SingleAsync(r => r.Id == archived.Rule.Id)).Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        }, archived.Board);
        var client = app.ApiClient(world.Key);

        foreach (var id in new[] { stranger.Rule.Id, Guid.NewGuid(), archived.Rule.Id })
        {
            var response = await client.GetAsync($"/api/v1/chain/rosters/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().CountAsync(p => p.BoardId == stranger.Board.Id)));
    }

    [Fact]
    public async Task AFetch_IsLoggedPerSchool_WithTheKeyAndCounts()
    {
        var world = await app.ChainWorldAsync();

        await app.ApiClient(world.Key).GetAsync(world.Roster);

        var entry = Assert.Single(await app.WithDbAsync(db => db.DataAccessEntries.IgnoreQueryFilters().Where(e => e.BoardId == world.Board.Id).ToListAsync()));
        Assert.Equal((world.School.Id, DataAccessKind.RosterFetch, 2, world.Product.Title, world.Supplier.Name),
            (entry.SchoolId, entry.Kind, entry.PupilCount, entry.ProductName, entry.SupplierName));
        Assert.Contains(world.KeyRecord.Name, entry.Actor);
    }

    [Fact]
    public async Task AKeyWithoutTheRosterScope_IsForbidden()
    {
        var world = await app.ChainWorldAsync();
        var (key, _) = await app.KeyForAsync(world.Supplier, ApiScopes.ResultsWrite);

        var response = await app.ApiClient(key).GetAsync(world.Roster);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Leerlinglijsten ophalen", await response.Content.ReadAsStringAsync());
    }
}
