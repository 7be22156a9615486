using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Collaboration;

[Collection(AppCollection.Name)]
public sealed class RisksPagesTests(RegieApp app)
{
    private static string Url(Guid id) => $"/Collaboration/Risks/{id}";

    private static Dictionary<string, string> RiskForm(string title = "De uitgever stopt", string probability = "2", string impact = "4", string amount = "25.000",
        string owner = "Both", string rationale = "Samen het best te beheersen", Guid? riskId = null, int version = 0) => new()
    {
        ["Risk.Title"] = title, ["Risk.Category"] = "SupplierDependency", ["Risk.Probability"] = probability, ["Risk.Impact"] = impact,
        ["Risk.ImpactAmount"] = amount, ["Risk.Owner"] = owner, ["Risk.OwnerRationale"] = rationale, ["Risk.Mitigation"] = "Escrow",
        ["Risk.Status"] = "Open", ["Risk.RiskId"] = riskId?.ToString() ?? "", ["Risk.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<(Board Board, Initiative Initiative, HttpClient Client)> SetUpAsync(string role = Roles.IctCoordinator)
    {
        var (board, _, client) = await app.BoardUserAsync(role);
        var initiative = new Initiative { BoardId = board.Id, Title = $"Risico-initiatief {TestData.Next()}", Ambition = "Beter lezen", StartYear = 2026 };
        await app.WithDbAsync(async db => { db.Initiatives.Add(initiative); return await db.SaveChangesAsync(); }, board);
        return (board, initiative, client);
    }

    private Task<List<Risk>> RisksAsync(Board board, Guid initiativeId) =>
        app.WithDbAsync(db => db.Risks.Where(r => r.InitiativeId == initiativeId).ToListAsync(), board);

    [Fact]
    public async Task SaveRisk_AsIctCoordinator_AddsItToTheRegisterAndTheHeatMap()
    {
        var (board, initiative, client) = await SetUpAsync();

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var risk = Assert.Single(await RisksAsync(board, initiative.Id));
        Assert.Equal((2, 4, 25_000m, RiskParty.Both), (risk.Probability, risk.Impact, risk.ImpactAmount, risk.Owner));
        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Url(initiative.Id)));
        Assert.Contains("€ 7.500", html);
        Assert.Contains("<td class=\"regie-level--medium\" data-probability=\"2\" data-impact=\"4\">\n                                <span class=\"regie-heatmap__count\">1</span>", html);
    }

    public static TheoryData<Dictionary<string, string>, string> BadRisks => new()
    {
        { RiskForm(probability: "7"), "De kans moet 1, 2, 3, 4 of 5 zijn." },
        { RiskForm(impact: "0"), "De impact moet 1, 2, 3, 4 of 5 zijn." },
        { RiskForm(amount: "-100"), "De schade in euro's mag niet negatief zijn." },
        { RiskForm(title: ""), "Beschrijf het risico in een paar woorden." },
        { RiskForm(rationale: new string('x', 10_000)), "De toelichting op de eigenaar mag niet langer zijn dan 2.000 tekens." },
        { RiskForm(owner: ""), "Kies wie eigenaar is van het risico." },
    };

    [Theory]
    [MemberData(nameof(BadRisks))]
    public async Task SaveRisk_WithBadInput_ShowsADutchMessageAndSavesNothing(Dictionary<string, string> form, string message)
    {
        var (board, initiative, client) = await SetUpAsync();

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await RisksAsync(board, initiative.Id));
    }

    [Fact]
    public async Task SaveRisk_AsLeraar_IsRefused_AndAnotherBoardsInitiativeIsNotFound()
    {
        var (board, initiative, teacher) = await SetUpAsync(Roles.Teacher);
        var (_, _, outsider) = await SetUpAsync();

        var forbidden = await teacher.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm());
        Assert.Contains("/Account/AccessDenied", forbidden.Location());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Url(initiative.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Url(initiative.Id) + "?handler=Export&format=csv")).StatusCode);
        Assert.Empty(await RisksAsync(board, initiative.Id));
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync(Url(initiative.Id))).StatusCode);
    }

    [Fact]
    public async Task EditRisk_WithAStaleVersion_GetsAConflict_AndArchiveKeepsTheRecord()
    {
        var (board, initiative, client) = await SetUpAsync();
        await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm());
        var risk = Assert.Single(await RisksAsync(board, initiative.Id));
        await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm(probability: "3", riskId: risk.Id, version: risk.Version));

        var stale = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm(probability: "5", riskId: risk.Id, version: risk.Version));
        Assert.True(stale.StatusCode == HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
        var current = Assert.Single(await RisksAsync(board, initiative.Id));
        Assert.Equal(3, current.Probability);

        var archive = await client.PostFormAsync(Url(initiative.Id) + "?handler=ArchiveRisk", new() { ["riskId"] = risk.Id.ToString(), ["version"] = current.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.NotNull(Assert.Single(await RisksAsync(board, initiative.Id)).ArchivedAt);
    }

    [Fact]
    public async Task Export_Csv_HasDutchNumbers()
    {
        var (_, initiative, client) = await SetUpAsync();
        await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveRisk", RiskForm(amount: "12.345,5", probability: "3"));

        var csv = Encoding.UTF8.GetString(await (await client.GetAsync(Url(initiative.Id) + "?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());

        Assert.Contains("Risico;Categorie;Kans (1-5);Kans in procenten;Impact (1-5);Schade in euro's;Verwachte kosten in euro's", csv);
        Assert.Contains("De uitgever stopt;Afhankelijkheid van de leverancier;3;50;4;12.345,5;6.172,75;Samen", csv);
    }

    [Fact]
    public async Task Moments_ArePlanned_AndADecisionNeedsADeciderAndADate()
    {
        var (board, initiative, client) = await SetUpAsync();
        var planned = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveMoment", new()
        {
            ["Moment.Name"] = "Na het prototype", ["Moment.PlannedOn"] = "2026-06-30", ["Moment.Criteria"] = "Leerlingen oefenen zelfstandig", ["Moment.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var moment = await app.WithDbAsync(db => db.GoNoGoMoments.SingleAsync(m => m.InitiativeId == initiative.Id), board);
        Assert.Equal(new DateOnly(2026, 6, 30), moment.PlannedOn);

        Dictionary<string, string> DecisionForm(string decider, string date, int version) => new()
        {
            ["Decision.MomentId"] = moment.Id.ToString(), ["Decision.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Decision.Decision"] = "GoWithConditions", ["Decision.Decider"] = decider, ["Decision.DecidedOn"] = date, ["Decision.Notes"] = "Mits de DPIA klaar is",
        };
        var missing = await client.PostFormAsync(Url(initiative.Id) + "?handler=Decide", DecisionForm("", "", moment.Version));
        var html = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("Vul in wie het besluit heeft genomen.", html);
        Assert.Contains("Vul de datum van het besluit in.", html);
        Assert.Equal(Decision.Pending, (await app.WithDbAsync(db => db.GoNoGoMoments.SingleAsync(m => m.Id == moment.Id), board)).Decision);

        var decided = await client.PostFormAsync(Url(initiative.Id) + "?handler=Decide", DecisionForm("College van bestuur", "2-7-2026", moment.Version));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var stored = await app.WithDbAsync(db => db.GoNoGoMoments.SingleAsync(m => m.Id == moment.Id), board);
        Assert.Equal((Decision.GoWithConditions, "College van bestuur", new DateOnly(2026, 7, 2)), (stored.Decision, stored.Decider, stored.DecidedOn));

        var stale = await client.PostFormAsync(Url(initiative.Id) + "?handler=Decide", DecisionForm("Iemand", "2026-07-03", moment.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var csv = Encoding.UTF8.GetString(await (await client.GetAsync(Url(initiative.Id) + "?handler=ExportMoments&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Moment;Gepland op;Criteria;Besluit;Besloten door;Besloten op;Toelichting", csv);
        Assert.Contains("Na het prototype;30-06-2026;Leerlingen oefenen zelfstandig;Go onder voorwaarden;College van bestuur;02-07-2026;Mits de DPIA klaar is", csv);
        var (_, _, outsider) = await SetUpAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Url(initiative.Id) + "?handler=ExportMoments&format=csv")).StatusCode);
    }
}
