using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Market.Catalog;

[Collection(AppCollection.Name)]
public sealed class VerificationTests(RegieApp app)
{
    [Fact]
    public async Task Queue_ListsPublishedItemsWithUncheckedFacts_NotConcepts()
    {
        var moderator = await app.CatalogModeratorAsync();
        var (supplier, _) = await app.CatalogSupplierAsync();
        var waiting = await app.CatalogItemAsync(supplier, title: $"Wacht op controle {TestData.Next()}");
        var concept = await app.CatalogItemAsync(supplier, publish: false, title: $"Concept {TestData.Next()}");

        var html = await moderator.GetPageAsync($"/Market/Verification/Index?Q={Uri.EscapeDataString(supplier.Name)}");
        Assert.Contains(waiting.Title, html);
        Assert.DoesNotContain(concept.Title, html);
        Assert.Contains("Privacyconvenant ondertekend", html);

        var csv = await (await moderator.GetAsync($"/Market/Verification/Index?handler=Export&format=csv&Q={Uri.EscapeDataString(supplier.Name)}")).Content.ReadAsStringAsync();
        Assert.Contains(waiting.Title, csv);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.GetAsync($"/Market/Verification/Item/{concept.Id}")).StatusCode);
    }

    [Fact]
    public async Task Verify_StoresTheTickedFacts_AndTheItemLeavesTheQueue()
    {
        var moderator = await app.CatalogModeratorAsync();
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        var form = await moderator.GetPageAsync($"/Market/Verification/Item/{item.Id}");
        Assert.Contains("name=\"Verified\" value=\"PrivacyCovenant\"", form);

        var response = await moderator.PostAsync($"/Market/Verification/Item/{item.Id}", await FormAsync(moderator, item.Id, item.Version,
            ComplianceFact.PrivacyCovenant, ComplianceFact.DataLocation, ComplianceFact.Certifications));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.FindAsync<CatalogItem>(item.Id);
        Assert.Equal([ComplianceFact.PrivacyCovenant, ComplianceFact.DataLocation, ComplianceFact.Certifications], stored.Compliance.Verified);
        Assert.NotNull(stored.Compliance.VerifiedAt);
        Assert.False(string.IsNullOrEmpty(stored.Compliance.VerifiedBy));
        Assert.Contains("is vastgelegd", await moderator.GetPageAsync("/Market/Verification/Index")); // the status message, shown once
        Assert.DoesNotContain(item.Title, await moderator.GetPageAsync($"/Market/Verification/Index?Q={Uri.EscapeDataString(supplier.Name)}"));
    }

    [Fact]
    public async Task Verify_AfterTheSupplierChangedTheItem_GetsTheConflictPage()
    {
        var moderator = await app.CatalogModeratorAsync();
        var (supplier, _) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        await app.WithDbAsync(async db => { (await db.CatalogItems.SingleAsync(i => i.Id == item.Id)).Title += " (nieuw)"; return await db.SaveChangesAsync(); });

        var response = await moderator.PostAsync($"/Market/Verification/Item/{item.Id}", await FormAsync(moderator, item.Id, item.Version, ComplianceFact.PrivacyCovenant));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty((await app.FindAsync<CatalogItem>(item.Id)).Compliance.Verified);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Teacher)]
    public async Task Verification_AsBoardUser_IsDenied(string role)
    {
        var (_, _, client) = await app.BoardUserAsync(role);
        var response = await client.GetAsync("/Market/Verification/Index");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verification_AsSupplier_IsDenied()
    {
        var (supplier, client) = await app.CatalogSupplierAsync();
        var item = await app.CatalogItemAsync(supplier);
        var response = await client.GetAsync($"/Market/Verification/Item/{item.Id}");
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal));
    }

    /// <summary>Repeated "Verified" fields, as the checkboxes post them.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, Guid id, int version, params ComplianceFact[] facts)
    {
        var html = await client.GetPageAsync($"/Market/Verification/Item/{id}");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", WebUtility.HtmlDecode(token)), new("Version", version.ToString()) };
        fields.AddRange(facts.Select(f => new KeyValuePair<string, string>("Verified", f.ToString())));
        return new FormUrlEncodedContent(fields);
    }
}
