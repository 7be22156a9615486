using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Market.Recognition;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Thresholds;

[Collection(AppCollection.Name)]
public sealed class ThresholdPagesTests(RegieApp app)
{
    private const string Index = "/Procurement/Thresholds/Index";

    /// <summary>The table is shared by every test; each test adds its own far-future period so none disturbs another.</summary>
    // Far beyond the shipped periods and within four digits however many records the suite has made.
    private static int FreshYear() => 2200 + 2 * (TestData.Next() % 3000);

    private async Task<HttpClient> PlatformAdminAsync()
    {
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization());
        return await app.LoginAsync((await app.CreateUserAsync(platform, Roles.Administrator)).Email!);
    }

    private static Dictionary<string, string> Period(int year, string supplies = "€ 230.000", string works = "5.700.000", string social = "750.000,00") => new()
    {
        ["Period.StartYear"] = year.ToString(CultureInfo.InvariantCulture), ["Period.SuppliesAndServices"] = supplies,
        ["Period.Works"] = works, ["Period.SocialServices"] = social,
    };

    [Fact]
    public async Task ThePlatformAdministrator_SeesTheShippedPeriods_NewestFirst()
    {
        var client = await PlatformAdminAsync();
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(Index));
        Assert.True(page.IndexOf("2026–2027", StringComparison.Ordinal) < page.IndexOf("2016–2017", StringComparison.Ordinal));
        Assert.Contains("€ 216.000,00", page);
        Assert.Contains("€ 5.538.000,00", page);
        var csv = await (await client.GetAsync(Index + "?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("2024–2025;Leveringen en diensten;221.000", csv);
    }

    [Fact]
    public async Task OnlyThePlatformAdministrator_ManagesThresholds()
    {
        var (_, _, boardAdmin) = await app.BoardUserAsync(Roles.Administrator);
        Assert.Contains("/Account/AccessDenied", (await boardAdmin.GetAsync(Index)).Location());
        Assert.Contains("/Account/AccessDenied", (await boardAdmin.PostFormAsync(Index + "?handler=AddPeriod", Period(FreshYear()))).Location());
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization());
        var committee = await app.LoginAsync((await app.CreateUserAsync(platform, Roles.RecognitionCommittee)).Email!);
        Assert.Contains("/Account/AccessDenied", (await committee.GetAsync(Index)).Location());
    }

    [Theory]
    [InlineData("odd", "Periode vanaf: een periode begint altijd in een even jaar, bijvoorbeeld 2028.")]
    [InlineData("old", "Periode vanaf: de nieuwste periode begint in")]
    [InlineData("negative", "Leveringen en diensten: het bedrag mag niet negatief zijn.")]
    [InlineData("zero", "Werken: vul een bedrag boven nul in.")]
    [InlineData("text", "Sociale en andere specifieke diensten: dit is geen bedrag")]
    public async Task ABadPeriod_IsRefusedWithADutchMessage(string problem, string message)
    {
        var client = await PlatformAdminAsync();
        var year = FreshYear();
        var form = problem switch
        {
            "odd" => Period(year + 1),
            "old" => Period(2024),
            "negative" => Period(year, supplies: "-230.000"),
            "zero" => Period(year, works: "0"),
            _ => Period(year, social: "veel"),
        };
        var response = await client.PostFormAsync(Index + "?handler=AddPeriod", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync());
        Assert.False(await app.WithDbAsync(db => db.TenderThresholds.AnyAsync(t => t.PeriodStartYear == year || t.PeriodStartYear == year + 1)));
    }

    [Fact]
    public async Task ANewPeriod_IsAdded_ThenCorrected_WithVersionAndAudit()
    {
        var client = await PlatformAdminAsync();
        var year = FreshYear();
        var added = await client.PostFormAsync(Index + "?handler=AddPeriod", Period(year));
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await added.HtmlAsync(), "<li>[^<]*<a[^>]*>[^<]*").Value);
        var rows = await app.WithDbAsync(db => db.TenderThresholds.AsNoTracking().Where(t => t.PeriodStartYear == year).OrderBy(t => t.Kind).ToListAsync());
        Assert.Equal([230_000m, 5_700_000m, 750_000m], rows.Select(r => r.Amount));
        var picked = ThresholdTable.Pick(await app.WithDbAsync(db => db.TenderThresholds.ToListAsync()), ContractKind.SuppliesAndServices, new DateOnly(year + 1, 6, 1));
        Assert.Equal((year, false), (picked!.PeriodStartYear, picked.IsCarriedOver));

        var supplies = rows[0];
        var edit = $"/Procurement/Thresholds/Edit/{supplies.Id}";
        var saved = await client.PostFormAsync(edit, new() { ["Amount"] = "231.000", ["Version"] = supplies.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await client.PostFormAsync(edit, new() { ["Amount"] = "232.000", ["Version"] = supplies.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("€ 231.000,00", await stale.HtmlAsync());
        Assert.Equal(231_000m, (await app.WithDbAsync(db => db.TenderThresholds.SingleAsync(t => t.Id == supplies.Id))).Amount);
        var invalid = await client.PostFormAsync(edit, new() { ["Amount"] = "-1", ["Version"] = (supplies.Version + 1).ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("Drempelbedrag: het bedrag mag niet negatief zijn.", await invalid.HtmlAsync());
        var trail = WebUtility.HtmlDecode(await client.GetPageAsync(edit));
        Assert.Contains("<del>230000", trail); // the old value in the audit trail
        Assert.Contains("<ins>231000", trail);
    }
}
