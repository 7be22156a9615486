using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Search;

namespace Regie.Tests.Features.Market.Search;

/// <summary>Relevance, facets, sorting and paging on the fixed sample; the same expectations hold on SQLite and PostgreSQL.</summary>
[Collection(AppCollection.Name)]
public sealed class CatalogSearchTests(RegieApp app)
{
    private static readonly StringComparer Dutch = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);

    private Task<CatalogSearchResult> SearchAsync(CatalogQuery query) =>
        app.WithServicesAsync(sp => sp.GetRequiredService<MarketSearch>().SearchAsync(query, CancellationToken.None));

    private async Task<List<string>> TitlesAsync(string words, Action<CatalogQuery>? filters = null)
    {
        var sample = await SearchSample.OfAsync(app);
        var query = new CatalogQuery { Q = $"{sample.Marker} {words}" };
        filters?.Invoke(query);
        var result = await SearchAsync(query);
        Assert.True(result.Hits.Total <= CatalogQuery.PageSize, "These searches fit on one page.");
        return result.Cards.Select(c => c.Title).ToList();
    }

    [Fact]
    public async Task Stemming_RekenenFindsRekentAndReken_AndRekenFindsTheSame()
    {
        var rekenen = await TitlesAsync("rekenen");
        Assert.Contains("Natuurlab", rekenen); // "rekent"
        Assert.Contains("Schoolapp Ouders", rekenen); // "reken-"
        Assert.Contains("Cijferkracht", rekenen); // "rekenen" in the description only
        Assert.Contains("Examentrainer Wiskunde", rekenen); // through its subject "Rekenen en wiskunde"
        Assert.DoesNotContain("Muziekmaker", rekenen);

        Assert.Equal(rekenen.Order(), (await TitlesAsync("reken")).Order());
        Assert.Equal(["Natuurlab"], await TitlesAsync("rekent"));
    }

    [Fact]
    public async Task Diacritics_DoNotMatter()
    {
        Assert.Equal(["Geïntegreerd Taalhuis"], await TitlesAsync("geintegreerd"));
        Assert.Equal(["Geïntegreerd Taalhuis"], await TitlesAsync("GEÏNTEGREERDE"));
    }

    [Fact]
    public async Task SeveralWords_MustAllMatch()
    {
        // "taal" also meets "Woordenschat Plus" through its subject "Nederlandse taal".
        Assert.Equal(["Geïntegreerd Taalhuis", "Woordenschat Plus"], (await TitlesAsync("taal woordenschat")).Order(StringComparer.Ordinal));
        Assert.Empty(await TitlesAsync("rekenen muziek"));
        Assert.Equal(["Toetsplatform Vooruit"], await TitlesAsync("toets rekenen"));
    }

    [Fact]
    public async Task Relevance_PutsTitleHitsAboveHitsInOtherTexts()
    {
        var titles = await TitlesAsync("rekenen");
        Assert.Equal(["Mbo Rekenen Basis", "Reken Rally", "Rekenwonder"], titles.Take(3).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConceptAndArchivedItems_NeverAppear()
    {
        var sample = await SearchSample.OfAsync(app);
        var all = await SearchAsync(new CatalogQuery { Q = sample.Marker, PageNumber = 1 });
        Assert.Equal(sample.Published.Count, all.Hits.Total);
        var export = await app.WithServicesAsync(sp => sp.GetRequiredService<MarketSearch>().ExportAsync(new CatalogQuery { Q = sample.Marker }, CancellationToken.None));
        Assert.DoesNotContain(export, c => c.Id == sample.Concept.Id || c.Id == sample.Archived.Id);
        Assert.Equal(sample.Published.Count, export.Count);
    }

    [Theory]
    [InlineData("sector=Po&subject=rekenen-wiskunde")]
    [InlineData("kind=LearningMaterial&kind=Software&price=tot-5&price=5-10")]
    [InlineData("level=groep-6&level=havo-1&fact=PrivacyCovenant")]
    [InlineData("fact=PrivacyCovenant&fact=Uwlr&sector=Vo")]
    [InlineData("category=Games&category=Adaptive&price=vanaf-25")]
    public async Task FacetCounts_MatchARecount_AndTheResultsOfTickingThatValue(string filters)
    {
        var sample = await SearchSample.OfAsync(app);
        var query = Parse(sample.Marker, filters);
        var result = await SearchAsync(query);

        Assert.Equal(sample.Published.Count(i => Matches(i, query, except: null)), result.Hits.Total);
        foreach (var counts in result.Hits.Facets)
        foreach (var value in counts.Values)
        {
            // Values of "any of" facets count with the other facets' filters only; "all of" values narrow the results.
            var expected = sample.Published.Count(i => Matches(i, query, except: counts.Facet.Mode == FacetMode.AnyOf ? counts.Facet.Key : null)
                                                       && ValuesOf(i, counts.Facet.Key).Contains(value.Value.Key));
            Assert.True(expected == value.Count, $"{counts.Facet.Key}={value.Value.Key}: expected {expected}, got {value.Count}");

            if (query.Selected(counts.Facet).Count > 0 && counts.Facet.Mode == FacetMode.AnyOf) continue;
            var ticked = Parse(sample.Marker, filters + $"&{counts.Facet.Key}={value.Value.Key}");
            Assert.Equal(value.Count, (await SearchAsync(ticked)).Hits.Total);
        }
    }

    [Fact]
    public async Task PriceBuckets_PutBoundaryAmountsInTheHigherRange()
    {
        Assert.Equal(["Woordenschat Plus"], await TitlesAsync("woordenschat", q => q.Price.Add("tot-5")));
        Assert.Equal(["Reken Rally"], await TitlesAsync("rally", q => q.Price.Add("5-10")));
        Assert.Equal(["Natuurlab"], await TitlesAsync("proefjes", q => q.Price.Add("10-25")));
        Assert.Equal(["Programmeren met Robots"], await TitlesAsync("robots", q => q.Price.Add("vanaf-25")));
        Assert.Equal(["Coachpunt", "Didactiekdag Digitaal", "Privacyloket Advies"], (await TitlesAsync("", q => q.Price.Add("per-uur-of-dag"))).Order(StringComparer.Ordinal));
        Assert.Equal(["Klassenlaptop Robuust", "Wifi-scan Compleet"], (await TitlesAsync("", q => q.Price.Add("eenmalig"))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SortByRating_AndByPrice_FollowTheRecount()
    {
        var sample = await SearchSample.OfAsync(app);
        var byRating = await AllTitlesAsync(new CatalogQuery { Q = sample.Marker, Sort = CatalogQuery.ByRating });
        Assert.Equal(sample.Published.OrderByDescending(i => i.RatingAverage).ThenByDescending(i => i.RatingCount).ThenBy(i => i.Title, Dutch).Select(i => i.Title), byRating);

        var byPrice = await AllTitlesAsync(new CatalogQuery { Q = sample.Marker, Sort = CatalogQuery.ByPrice });
        Assert.Equal(sample.Published.OrderBy(PriceOrder).ThenBy(i => i.PriceExclVat).ThenBy(i => i.Title, Dutch).Select(i => i.Title), byPrice);
        Assert.Equal("Burgerschap in de Buurt", byPrice[0]); // € 2 per pupil
        Assert.Equal("Didactiekdag Digitaal", byPrice[^1]); // a day's rate is not cheaper than a pupil's price
    }

    [Fact]
    public async Task Paging_SplitsTheResultsWithoutOverlap_AndClampsAPageBeyondTheEnd()
    {
        var sample = await SearchSample.OfAsync(app);
        var first = await SearchAsync(new CatalogQuery { Q = sample.Marker });
        var second = await SearchAsync(new CatalogQuery { Q = sample.Marker, PageNumber = 2 });
        var beyond = await SearchAsync(new CatalogQuery { Q = sample.Marker, PageNumber = 99 });

        Assert.Equal((CatalogQuery.PageSize, sample.Published.Count - CatalogQuery.PageSize, 2), (first.Cards.Count, second.Cards.Count, first.Hits.Pages));
        Assert.Empty(first.Cards.Select(c => c.Id).Intersect(second.Cards.Select(c => c.Id)));
        Assert.Equal(2, beyond.Hits.Page);
        Assert.Equal(second.Cards.Select(c => c.Id), beyond.Cards.Select(c => c.Id));
    }

    [Fact]
    public async Task AChangeToAnItem_ShowsOnTheNextSearch()
    {
        var marker = SearchSample.NewMarker();
        var supplier = await app.CreateOrganizationAsync(new Regie.Web.Infrastructure.Tenancy.Supplier());
        var item = SearchSample.Item(marker, supplier, "Klokkijker", "Klokkijken oefenen.", "Analoog en digitaal.", ItemKind.LearningMaterial,
            SchoolSectors.Po, ["rekenen-wiskunde"], ["groep-4"], InnovationCategories.None, PricingModel.PerPupilPerYear, 3m);
        item.Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea };
        item.Publish(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.CatalogItems.Add(item); return await db.SaveChangesAsync(); });
        Assert.Equal(["Klokkijker"], (await SearchAsync(new CatalogQuery { Q = marker })).Cards.Select(c => c.Title));

        await ChangeAsync(item.Id, i => { i.Title = "Klokkijker Plus"; i.Levels = ["groep-5"]; });
        var changed = await SearchAsync(new CatalogQuery { Q = marker, Level = ["groep-5"] });
        Assert.Equal(["Klokkijker Plus"], changed.Cards.Select(c => c.Title));

        await ChangeAsync(item.Id, i => i.Withdraw());
        Assert.Equal(0, (await SearchAsync(new CatalogQuery { Q = marker })).Hits.Total);
    }

    private Task ChangeAsync(Guid id, Action<CatalogItem> change) => app.WithDbAsync(async db =>
    {
        change(await db.CatalogItems.FindAsync(id) ?? throw new InvalidOperationException());
        return await db.SaveChangesAsync();
    });

    private async Task<List<string>> AllTitlesAsync(CatalogQuery query)
    {
        var titles = new List<string>();
        for (query.PageNumber = 1; ; query.PageNumber++)
        {
            var result = await SearchAsync(query);
            titles.AddRange(result.Cards.Select(c => c.Title));
            if (result.Hits.Page >= result.Hits.Pages) return titles;
        }
    }

    private static CatalogQuery Parse(string marker, string filters)
    {
        var query = new CatalogQuery { Q = marker };
        foreach (var pair in filters.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            query.Selected(CatalogFacets.All.Single(f => f.Key == key)).Add(value);
        }
        return query;
    }

    /// <summary>Whether an item passes every ticked facet but one: the recount, written apart from the index.</summary>
    private static bool Matches(CatalogItem item, CatalogQuery query, string? except) => CatalogFacets.All
        .Where(f => f.Key != except)
        .All(f =>
        {
            var ticked = query.Selected(f);
            if (ticked.Count == 0) return true;
            var values = ValuesOf(item, f.Key);
            return f.Mode == FacetMode.AllOf ? ticked.All(values.Contains) : ticked.Any(values.Contains);
        });

    private static HashSet<string> ValuesOf(CatalogItem item, string facet) => facet switch
    {
        "kind" => [item.Kind.ToString()],
        "sector" => [.. Enum.GetValues<SchoolSectors>().Where(s => s != SchoolSectors.None && item.Sectors.HasFlag(s)).Select(s => s.ToString())],
        "subject" => [.. item.Subjects],
        "level" => [.. item.Levels],
        "category" => [.. Enum.GetValues<InnovationCategories>().Where(c => c != InnovationCategories.None && item.Innovation.HasFlag(c)).Select(c => c.ToString())],
        "price" => [Bucket(item)],
        "fact" => [.. Enum.GetValues<ComplianceFact>().Where(item.Compliance.Has).Select(f => f.ToString())],
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };

    private static string Bucket(CatalogItem item) => (item.PricingModel, item.PriceExclVat) switch
    {
        (PricingModel.PerPupilPerYear, < 5m) => "tot-5",
        (PricingModel.PerPupilPerYear, < 10m) => "5-10",
        (PricingModel.PerPupilPerYear, < 25m) => "10-25",
        (PricingModel.PerPupilPerYear, _) => "vanaf-25",
        (PricingModel.PerLicencePerYear, _) => "per-licentie",
        (PricingModel.OneOff, _) => "eenmalig",
        _ => "per-uur-of-dag",
    };

    private static int PriceOrder(CatalogItem item) => Bucket(item) switch
    {
        "tot-5" => 1, "5-10" => 2, "10-25" => 3, "vanaf-25" => 4, "per-licentie" => 5, "eenmalig" => 6, _ => 7,
    };
}
