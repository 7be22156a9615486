using System.Net;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Regie.Tests.Features.Market.Search;

[Collection(AppCollection.Name)]
public sealed partial class SearchPageTests(RegieApp app)
{
    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Purchaser)]
    public async Task BoardUsers_SearchWithFacetsAndCounts(string role)
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(role);

        var html = await client.GetPageAsync($"/Market?q={sample.Marker}&subject=rekenen-wiskunde&sector=Po");

        Assert.Contains("3 resultaten", html); // Rekenwonder, Tafeltrainer, Reken Rally
        Assert.Matches(CheckedBox("subject", "rekenen-wiskunde"), html);
        Assert.Matches(CheckedBox("sector", "Po"), html);
        Assert.Matches(@"Groep 6 <span class=""market-count"">\(2\)</span>", html);
        Assert.Contains("Erkend: Bewezen effectief", html);
        Assert.Contains("excl. btw", html);
        Assert.Contains($"href=\"/Market/Items/{sample.Named("Rekenwonder").Id}\"", html);
        Assert.Contains("Vergelijk<span class=\"visually-hidden\"> Rekenwonder</span>", html);
    }

    [Fact]
    public async Task Suppliers_AndOtherOrganizations_BrowseTheMarketToo()
    {
        var supplier = await app.CreateOrganizationAsync(new Regie.Web.Infrastructure.Tenancy.Supplier());
        var client = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Market")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().GetAsync("/Market")).StatusCode);
    }

    [Fact]
    public async Task TheUrl_CarriesTheWholeSearch_AndItsLinksKeepIt()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var url = $"/Market?q={sample.Marker}&kind=LearningMaterial&fact=PrivacyCovenant&sort=price";

        var html = WebUtility.HtmlDecode(await client.GetPageAsync(url));

        Assert.Matches(CheckedBox("kind", "LearningMaterial"), html);
        Assert.Matches(CheckedBox("fact", "PrivacyCovenant"), html);
        Assert.Contains("<option value=\"price\" selected=\"selected\">", html);
        Assert.Contains($"/Market?q={sample.Marker}&kind=LearningMaterial&fact=PrivacyCovenant&sort=price&handler=Export&format=xlsx", html);
        // "Remove a filter" links keep everything else.
        Assert.Contains($"href=\"/Market?q={sample.Marker}&kind=LearningMaterial&sort=price\"", html);
    }

    [Fact]
    public async Task Htmx_GetsTheResultsFragment()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/Market?q={sample.Marker}&subject=lezen");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("HX-Request", response.Headers.Vary);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("2 resultaten", html);
    }

    [Fact]
    public async Task NoResults_SuggestsRemovingAFilter()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var html = await client.GetPageAsync($"/Market?q={sample.Marker}+muziek&sector=Mbo");
        Assert.Contains("Geen resultaten.", html);
        Assert.Contains("Haal hierboven een filter weg", html);
        Assert.Contains($"href=\"/Market?q={sample.Marker}%20muziek\"", html);
    }

    [Fact]
    public async Task Export_HoldsTheWholeResultSet()
    {
        var sample = await SearchSample.OfAsync(app);
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);

        var xlsx = await client.GetAsync($"/Market?q={sample.Marker}&handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = (await xlsx.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(sample.Published.Count, rows.Count);
        Assert.Contains(rows, r => (string)r["Titel"] == "Rekenwonder" && (string)r["Leverancier"] == sample.Named("Rekenwonder").SupplierName);

        var csv = await client.GetStringAsync($"/Market?q={sample.Marker}&price=eenmalig&handler=Export&format=csv");
        Assert.Equal(3, csv.Trim().Split('\n').Length); // header and two one-off items
        Assert.Contains("Wifi-scan Compleet", csv);
    }

    [Fact]
    public async Task PublishedTitles_WarnInNeeds_ButOrdinaryWordsDoNot()
    {
        await SearchSample.OfAsync(app);
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        await app.WithDbAsync(async db =>
        {
            var item = new CatalogItem { SupplierId = supplier.Id, SupplierName = supplier.Name, Title = "Oefenen", Summary = "s", Description = "d", Kind = ItemKind.Software,
                Sectors = SchoolSectors.Po, PriceExclVat = 5, Compliance = new() { DataLocation = DataLocation.EuEea } };
            Assert.Empty(item.Publish(DateTimeOffset.UtcNow));
            db.Add(item);
            return await db.SaveChangesAsync();
        });
        var words = await app.WithServicesAsync(async sp =>
        {
            var source = sp.GetServices<ISolutionWordSource>().OfType<Regie.Web.Features.Market.Search.CatalogTitleWords>().Single();
            return await source.WordsAsync(sp.GetRequiredService<Regie.Web.Data.RegieDbContext>(), CancellationToken.None);
        });
        Assert.Contains(words, w => w.Term == "Rekenwonder" && w.Kind == SolutionTermKind.Brand);
        Assert.DoesNotContain(words, w => w.Term == "Rekenen Conceptversie");
        Assert.DoesNotContain(words, w => w.Term == "Oefenen"); // a one-word title that is an ordinary Dutch word
        Assert.NotEmpty(new SolutionWordMatcher(words).Find("Ik wil Rekenwonder voor mijn groep."));
    }

    private static Regex CheckedBox(string name, string value) =>
        new($@"name=""{name}"" value=""{Regex.Escape(value)}"" checked=""checked""");
}
