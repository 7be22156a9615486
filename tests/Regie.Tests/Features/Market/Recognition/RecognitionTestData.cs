using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Recognition;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Recognition;

/// <summary>A platform with two committee members signed in, a published criteria set and a supplier's published item.</summary>
public sealed record Committee(PlatformOrganization Platform, HttpClient Anna, string AnnaName, HttpClient Bram, string BramName, CriteriaSet Set);

public static class RecognitionTestData
{
    public static readonly string[] Keys = ["doel", "onderbouwing", "effect", "uitvoerbaarheid", "privacy", "toegankelijkheid"];

    public static async Task<Committee> CommitteeAsync(this RegieApp app)
    {
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization { Name = $"Platform {TestData.Next()}" });
        var anna = await app.CreateUserAsync(platform, Roles.RecognitionCommittee);
        var bram = await app.CreateUserAsync(platform, Roles.RecognitionCommittee);
        var set = RecognitionDemoData.LearningMaterialsSet(platform.Id);
        set.Publish(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.CriteriaSets.Add(set); return await db.SaveChangesAsync(); });
        return new Committee(platform, await app.LoginAsync(anna.Email!), anna.DisplayName, await app.LoginAsync(bram.Email!), bram.DisplayName, set);
    }

    public static async Task<CatalogItem> PublishedItemAsync(this RegieApp app, string? title = null, bool publish = true)
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var item = new CatalogItem
        {
            SupplierId = supplier.Id, SupplierName = supplier.Name, Title = title ?? $"Rekentuin Test {TestData.Next()}", Summary = "Oefenen met rekenen",
            Description = "Adaptief oefenen", Kind = ItemKind.Software, Sectors = SchoolSectors.Po, PriceExclVat = 10m,
            Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea },
        };
        if (publish) Assert.Empty(item.Publish(DateTimeOffset.UtcNow));
        await app.WithDbAsync(async db => { db.CatalogItems.Add(item); return await db.SaveChangesAsync(); });
        return item;
    }

    public static async Task<Guid> StartAsync(this Committee committee, CatalogItem item)
    {
        var response = await committee.Anna.PostFormAsync("/Market/Recognition/Index?handler=Start",
            new() { ["itemId"] = item.Id.ToString(), ["criteriaSetId"] = committee.Set.Id.ToString() });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Location().Split('/').Last());
    }

    /// <summary>A scoring or consensus form: the same score on every criterion unless overridden, each with a rationale.</summary>
    public static Dictionary<string, string> ScoreForm(string prefix, int score, string rationale, Dictionary<string, string>? overrides = null)
    {
        var form = new Dictionary<string, string>();
        for (var i = 0; i < Keys.Length; i++)
        {
            form[$"{prefix}[{i}].Key"] = Keys[i];
            form[$"{prefix}[{i}].Score"] = score.ToString(CultureInfo.InvariantCulture);
            form[$"{prefix}[{i}].Rationale"] = $"{rationale} ({Keys[i]})";
        }
        foreach (var (key, value) in overrides ?? []) form[key] = value;
        return form;
    }

    public static Task<HttpResponseMessage> ScoreAsync(this HttpClient client, Guid id, string handler, int score, string rationale, Dictionary<string, string>? overrides = null) =>
        client.PostFormAsync($"/Market/Recognition/Details/{id}?handler={handler}", ScoreForm("Scores", score, rationale, overrides));

    public static Task<Assessment> AssessmentAsync(this RegieApp app, Guid id) =>
        app.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().Include(a => a.Scorings).AsNoTracking().SingleAsync(a => a.Id == id));

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Both members submit, the committee agrees on all 3s; returns the assessment's version before deciding.</summary>
    public static async Task<int> ReadyToDecideAsync(this RegieApp app, Committee committee, Guid id)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await committee.Anna.ScoreAsync(id, "Submit", 3, "Anna vindt")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await committee.Bram.ScoreAsync(id, "Submit", 4, "Bram vindt")).StatusCode);
        var version = (await app.AssessmentAsync(id)).Version;
        var form = ScoreForm("Consensus", 3, "Samen vastgesteld");
        form["version"] = version.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await committee.Anna.PostFormAsync($"/Market/Recognition/Details/{id}?handler=Agree", form)).StatusCode);
        return (await app.AssessmentAsync(id)).Version;
    }
}
