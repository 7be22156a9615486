using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;

namespace Regie.Tests.Features.Chain.Api;

[Collection(AppCollection.Name)]
public sealed class ResultXmlTests(RegieApp app)
{
    private const string Ns = "http://www.edustandaard.nl/leerresultaten/2/leerresultaten";

    private static string Delivery(ChainWorld world, string pupil, string key, string score = "70", string ns = Ns, string? date = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <leerresultaten_verzoek xmlns="{ns}">
          <school><brincode>{world.School.Brin}</brincode><dependancecode>{world.School.LocationNumber}</dependancecode><schooljaar>2026-2027</schooljaar></school>
          <toetsafnames>
            <toetsafname>
              <leerlingid>{pupil}</leerlingid>
              <resultaten>
                <resultaat><key>{key}</key><afnamedatum>{date ?? ChainApiTestData.Day()}</afnamedatum><toetscode>REK-1</toetscode><score>{score}</score></resultaat>
                <resultaat><key>{key}-b</key><afnamedatum>{date ?? ChainApiTestData.Day()}</afnamedatum><toetscode>REK-1</toetscode><toetsonderdeelcode>OPTELLEN</toetsonderdeelcode><score>7.5</score></resultaat>
              </resultaten>
            </toetsafname>
          </toetsafnames>
          <toetsen>
            <toets><toetscode>REK-1</toetscode><naam>Rekenen blok 1</naam><leerdoel>23</leerdoel><minimum>0</minimum><maximum>100</maximum><norm>60</norm>
              <toetsonderdelen><toetsonderdeel><toetsonderdeelcode>OPTELLEN</toetsonderdeelcode><naam>Optellen</naam><minimum>0</minimum><maximum>10</maximum><norm>6</norm></toetsonderdeel></toetsonderdelen>
            </toets>
          </toetsen>
        </leerresultaten_verzoek>
        """;

    private async Task<(ChainWorld World, string Pupil)> ReadyAsync()
    {
        var world = await app.ChainWorldAsync();
        var pseudonyms = await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);
        return (world, pseudonyms[world.Plain.Pupil.Id]);
    }

    private Task<List<string>> RowsAsync(ChainWorld world) => app.WithDbAsync(db => db.LearningResults.IgnoreQueryFilters()
        .Where(r => r.SupplierId == world.Supplier.Id).OrderBy(r => r.ResultKey)
        .Select(r => $"{r.ResultKey}|{r.PupilId}|{r.SchoolId}|{r.GroupId}|{r.TestCode}|{r.TestPartCode}|{r.GoalCode}|{r.TakenOn}|{r.Score}|{r.MinutesSpent}").ToListAsync());

    [Fact]
    public async Task AnXmlDelivery_IsStored()
    {
        var (world, pupil) = await ReadyAsync();

        var response = await app.DeliverXmlAsync(world, Delivery(world, pupil, $"X-{TestData.Next()}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("resultaten").GetInt32());
        Assert.Equal(world.School.Id, await app.WithDbAsync(db => db.ResultDeliveries.IgnoreQueryFilters().Where(d => d.SupplierId == world.Supplier.Id).Select(d => d.SchoolId).SingleAsync()));
    }

    [Fact]
    public async Task JsonAndXml_OfTheSameResults_StoreTheSameRows()
    {
        var (xmlWorld, xmlPupil) = await ReadyAsync();
        var (jsonWorld, jsonPupil) = await ReadyAsync();
        var key = $"S-{TestData.Next()}";

        var xml = await app.DeliverXmlAsync(xmlWorld, Delivery(xmlWorld, xmlPupil, key));
        var json = await app.DeliverAsync(jsonWorld, new
        {
            toetsen = new[] { ChainApiTestData.Test() },
            resultaten = new[] { ChainApiTestData.Result(key, jsonPupil, minutes: null), ChainApiTestData.Result(key + "-b", jsonPupil, score: 7.5, part: "OPTELLEN", minutes: null) },
        });
        var againAsJson = await app.DeliverAsync(xmlWorld, new
        {
            resultaten = new[] { ChainApiTestData.Result(key, xmlPupil, minutes: null), ChainApiTestData.Result(key + "-b", xmlPupil, score: 7.5, part: "OPTELLEN", minutes: null) },
        });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (xml.StatusCode, json.StatusCode));
        string Normalize(string row, ChainWorld world, Guid pupil) => row.Replace(pupil.ToString(), "P").Replace(world.School.Id.ToString(), "S").Replace(world.Group.Id.ToString(), "G");
        Assert.Equal((await RowsAsync(jsonWorld)).Select(r => Normalize(r, jsonWorld, jsonWorld.Plain.Pupil.Id)),
            (await RowsAsync(xmlWorld)).Select(r => Normalize(r, xmlWorld, xmlWorld.Plain.Pupil.Id)));
        Assert.Equal(0, (await againAsJson.JsonAsync()).GetProperty("resultaten").GetInt32());
        Assert.Equal(2, (await againAsJson.JsonAsync()).GetProperty("overgeslagen").GetInt32());
    }

    public static TheoryData<string, string> BadXml => new()
    {
        { "dtd", "DTD" },
        { "external-entity", "DTD" },
        { "namespace", "namespace" },
        { "truncated", "onvolledig" },
        { "root", "leerresultaten_verzoek" },
        { "no-school", "school" },
    };

    [Theory]
    [MemberData(nameof(BadXml))]
    public async Task BadXml_IsA400_WithAClearMessage_AndStoresNothing(string situation, string message)
    {
        var (world, pupil) = await ReadyAsync();
        var good = Delivery(world, pupil, $"X-{TestData.Next()}");
        var body = situation switch
        {
            "dtd" => good.Replace("<leerresultaten_verzoek ", "<!DOCTYPE leerresultaten_verzoek [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>\n<leerresultaten_verzoek "),
            "external-entity" => good.Replace("<leerresultaten_verzoek ", "<!DOCTYPE x [<!ENTITY geheim SYSTEM \"file:///etc/passwd\">]>\n<leerresultaten_verzoek ").Replace("<naam>Optellen</naam>", "<naam>&geheim;</naam>"),
            "namespace" => Delivery(world, pupil, "X-1", ns: "http://www.edustandaard.nl/leerresultaten/1/leerresultaten"),
            "truncated" => good[..(good.Length / 2)],
            "root" => good.Replace("leerresultaten_verzoek", "leerlinggegevens_verzoek"),
            "no-school" => good.Replace("<school>", "<vestiging>").Replace("</school>", "</vestiging>"),
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };

        var response = await app.DeliverXmlAsync(world, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains(message, detail);
        Assert.Empty(await RowsAsync(world));
    }

    [Fact]
    public async Task XmlRecordErrors_NameTheRecordAndLine()
    {
        var (world, pupil) = await ReadyAsync();

        var response = await app.DeliverXmlAsync(world, Delivery(world, pupil, $"X-{TestData.Next()}", score: "zeven", date: "2026-13-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("record").GetString()!, e.GetProperty("veld").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Item1.StartsWith("toetsafname[1].resultaat[1] (regel ", StringComparison.Ordinal) && e.Item2 == "score");
        Assert.Contains(errors, e => e.Item1.StartsWith("toetsafname[1].resultaat[2]", StringComparison.Ordinal) && e.Item2 == "afnamedatum");
        Assert.Empty(await RowsAsync(world));
    }

    [Fact]
    public async Task APupilOfAnotherSchool_ThanTheXmlNames_IsRefused()
    {
        var (world, pupil) = await ReadyAsync();
        var otherRule = await app.AddRuleAsync(world, world.OtherSchool);
        await app.ApiClient(world.Key).GetAsync($"/api/v1/chain/rosters/{otherRule.Id}");
        var atOtherSchool = await app.WithDbAsync(db => db.IssuedPseudonyms.IgnoreQueryFilters().Where(p => p.PupilId == world.AtOtherSchool.Pupil.Id).Select(p => p.Value).SingleAsync());
        var xml = Delivery(world, atOtherSchool, $"X-{TestData.Next()}")
            .Replace($"<brincode>{world.School.Brin}</brincode>", $"<brincode>{world.OtherSchool.Brin}</brincode>");

        var otherSchoolUnderThisRule = await app.DeliverXmlAsync(world, xml);
        var wrongSchoolForPupil = await app.ApiClient(world.Key).PostAsync($"/api/v1/chain/rosters/{otherRule.Id}/results",
            new StringContent(Delivery(world, atOtherSchool, $"X-{TestData.Next()}").Replace($"<brincode>{world.School.Brin}</brincode>", $"<brincode>{world.OtherSchool.Brin}</brincode>")
                .Replace(atOtherSchool, pupil), System.Text.Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherSchoolUnderThisRule.StatusCode);
        Assert.Contains("valt niet onder de deelregel", await otherSchoolUnderThisRule.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongSchoolForPupil.StatusCode);
        Assert.Contains("niet met uw organisatie gedeeld", await wrongSchoolForPupil.Content.ReadAsStringAsync());
        Assert.Empty(await RowsAsync(world));
    }
}
