using System.Net;
using MiniExcelLibs;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Search;

[Collection(AppCollection.Name)]
public sealed class CompareTests(RegieApp app)
{
    private static string Ids(params Guid[] ids) => string.Join("&", ids.Select(id => $"ids={id}"));

    [Fact]
    public async Task OneItem_OrFive_AreRefusedWithAWayBack()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var five = sample.Published.Take(5).Select(i => i.Id).ToArray();

        var one = await client.GetPageAsync("/Market/Compare?" + Ids(five[0]));
        Assert.Contains("Kies ten minste twee items", one);
        Assert.Contains("Naar de zoekresultaten", one);
        Assert.Contains("ten hoogste 4 items", await client.GetPageAsync("/Market/Compare?" + Ids(five)));
        Assert.Contains("Kies ten minste twee items", await client.GetPageAsync("/Market/Compare"));
    }

    [Fact]
    public async Task ConceptOrArchivedItems_CannotBeCompared()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var html = await client.GetPageAsync("/Market/Compare?" + Ids(sample.Named("Rekenwonder").Id, sample.Concept.Id, sample.Archived.Id));
        Assert.Contains("staan niet (meer) in de catalogus", html);
        Assert.DoesNotContain("Rekenen Conceptversie", html);
    }

    [Fact]
    public async Task ThreeItems_SideBySide_WithDifferencesMarked()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var ids = Ids(sample.Named("Rekenwonder").Id, sample.Named("Tafeltrainer").Id, sample.Named("Reken Rally").Id);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/Market/Compare?{ids}&pupils=200&years=2"));

        Assert.Contains("Rekenwonder</a>", html);
        Assert.Contains("<tr class=\"is-different\">", html);
        Assert.Contains("Prijs excl. btw<span class=\"visually-hidden\"> (verschilt)</span>", html);
        Assert.Matches("<tr>\\s*<th scope=\"row\">Soort</th>", html); // all three are learning material
        Assert.Contains("€ 1.800,00", html); // 200 pupils × 2 years × € 4,50
        Assert.Contains("Erkend: Bewezen effectief", html);

        var differencesOnly = WebUtility.HtmlDecode(await client.GetPageAsync($"/Market/Compare?{ids}&onlyDifferences=true"));
        Assert.Contains("Prijs excl. btw<span", differencesOnly);
        Assert.DoesNotMatch("<th scope=\"row\">Soort</th>", differencesOnly);
    }

    [Fact]
    public async Task BadNumbers_GetAMessageNamingTheField()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var html = await client.GetPageAsync($"/Market/Compare?{Ids(sample.Named("Rekenwonder").Id, sample.Named("Tafeltrainer").Id)}&pupils=-5&years=abc");
        Assert.Contains("Vul bij Aantal leerlingen een heel getal in", html);
        Assert.Contains("Vul bij Aantal jaren een heel getal in", html);
    }

    [Fact]
    public async Task Export_OpensInExcel_WithAColumnPerItem()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var response = await client.GetAsync($"/Market/Compare?{Ids(sample.Named("Rekenwonder").Id, sample.Named("Leesroute").Id, sample.Named("Coachpunt").Id)}&handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Onderdeel", "Kenmerk", "Rekenwonder", "Leesroute", "Coachpunt", "Verschilt"], rows[0].Keys);
        var kind = rows.Single(r => (string)r["Kenmerk"] == "Soort");
        Assert.Equal("Dienst (ondersteuning)", kind["Coachpunt"]);
        Assert.Equal("ja", kind["Verschilt"]);
    }
}
