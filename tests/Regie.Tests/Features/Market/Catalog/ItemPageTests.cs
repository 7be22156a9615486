using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Catalog;

[Collection(AppCollection.Name)]
public sealed class ItemPageTests(RegieApp app)
{
    [Fact]
    public async Task PublishedItem_IsShownToATeacher_WithPricesFactsAndGoals()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier, change: i => { i.OneOffCostsExclVat = "100"; i.HasPrivacySheet = true; i.PrivacySubProcessors = "Hosting BV; Nederland; opslag"; });

        var html = WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Market/Items/{item.Id}"));

        Assert.Contains(item.Title, html);
        Assert.Contains(supplier.Name, html);
        Assert.Contains("€ 12,50", html);
        Assert.Contains("€ 15,13", html); // 12,50 incl. 21% btw
        Assert.Contains("Primair onderwijs:</strong> Groep 3, Groep 4", html);
        Assert.Contains("vwo:</strong> vwo leerjaar 1", html);
        Assert.Contains("23. Wiskundetaal leren gebruiken", html);
        Assert.Contains("Hosting BV (Nederland): opslag", html);
        Assert.Contains($"/Market/Compare?ids={item.Id}", html);
        Assert.DoesNotContain("Voorbeeld: dit item", html);
    }

    [Fact]
    public async Task Facts_ShowWhetherRegieVerifiedThem()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        await app.WithDbAsync(async db =>
        {
            (await db.CatalogItems.SingleAsync(i => i.Id == item.Id)).RecordVerification([ComplianceFact.PrivacyCovenant], DateTimeOffset.UtcNow, "Moderator");
            return await db.SaveChangesAsync();
        });

        var html = await teacher.GetPageAsync($"/Market/Items/{item.Id}");

        Assert.Equal(1, Count(html, "Geverifieerd door Regie"));
        Assert.Equal(Enum.GetValues<ComplianceFact>().Length - 1, Count(html, "Opgegeven door de leverancier"));
    }

    [Fact]
    public async Task ConceptAndArchivedItems_AreNotFoundForOthers_ButTheOwnerSeesAPreview()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var (supplier, owner) = await app.CatalogSupplierAsync();
        var (_, otherSupplier) = await app.CatalogSupplierAsync();
        var concept = await app.CatalogItemAsync(supplier, publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Market/Items/{concept.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.GetAsync($"/Market/Items/{concept.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Market/Items/{concept.Id}?handler=Estimate&quantity=5")).StatusCode);
        Assert.Contains("Voorbeeld: dit item is concept", await owner.GetPageAsync($"/Market/Items/{concept.Id}"));

        await app.WithDbAsync(async db =>
        {
            (await db.CatalogItems.SingleAsync(i => i.Id == concept.Id)).Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Market/Items/{concept.Id}")).StatusCode);
        Assert.Contains("Voorbeeld: dit item is gearchiveerd", await owner.GetPageAsync($"/Market/Items/{concept.Id}"));
    }

    [Fact]
    public async Task ScriptInTheDescription_IsShownAsText()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier, change: i => i.Description = "Goed<script>alert('x')</script>\n\n<b>vet</b>");

        var html = await teacher.GetPageAsync($"/Market/Items/{item.Id}");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>vet</b>", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task CostsAtAGlance_WorkWithoutJavaScript_AndAsAnHtmxFragment()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Purchaser);
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier, change: i => { i.OneOffCostsExclVat = "250"; i.MinimumTermMonths = 24; });

        var page = WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Market/Items/{item.Id}?quantity=200&years=3"));
        Assert.Contains("200 leerlingen × 3 jaar × € 12,50", page);
        Assert.Contains("€ 7.750,00", page);  // 7.500 + 250 one-off
        Assert.Contains("€ 9.377,50", page);  // incl. 21% btw

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/Market/Items/{item.Id}?handler=Estimate&quantity=10&years=1");
        request.Headers.Add("HX-Request", "true");
        var fragment = WebUtility.HtmlDecode(await (await teacher.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("10 leerlingen × 2 jaar", fragment); // the minimum term of 24 months counts two years
        Assert.Contains("minimale looptijd is 24 maanden", fragment);

        var bad = await teacher.GetPageAsync($"/Market/Items/{item.Id}?quantity=-4&years=99");
        Assert.Contains("Vul bij 'Aantal leerlingen' een heel getal", WebUtility.HtmlDecode(bad));
    }

    [Fact]
    public async Task ItemPage_WithoutMarketAccess_SendsToLogin()
    {
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        var response = await app.CreateBrowser().GetAsync($"/Market/Items/{item.Id}");
        Assert.Contains("/Account/Login", response.Location());
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
