using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Procurement.Evaluation;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Procurement.Award;

[Collection(AppCollection.Name)]
public sealed class AwardPagesTests(RegieApp app)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    /// <summary>Evaluates (C wins with 85,1, then B 81,2, then A 72) and takes the decision with the proposed reasons.</summary>
    private async Task<EvaluationTender> AwardedAsync()
    {
        var tender = await app.OpenedTenderAsync();
        await app.EvaluatedAsync(tender);
        var response = await DecideAsync(tender, tender.Tenderers.Select(t => (t.Offer.Id, $"Motivering voor {t.Supplier.Name}")));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return tender;
    }

    private async Task<HttpResponseMessage> DecideAsync(EvaluationTender tender, IEnumerable<(Guid OfferId, string Text)> reasons)
    {
        var form = new Dictionary<string, string> { ["version"] = (await ProjectAsync(tender)).Version.ToString() };
        foreach (var (reason, i) in reasons.Select((r, i) => (r, i)))
        {
            form[$"Reasons[{i}].OfferId"] = reason.OfferId.ToString();
            form[$"Reasons[{i}].Text"] = reason.Text;
        }
        return await tender.Lead.PostFormAsync($"{tender.AwardPage}?handler=Decide", form);
    }

    private Task<ProcurementProject> ProjectAsync(EvaluationTender tender) =>
        app.WithDbAsync(db => db.ProcurementProjects.AsNoTracking().SingleAsync(p => p.Id == tender.Project.Id), tender.Board);

    private Task<List<AwardDecision>> DecisionsAsync(EvaluationTender tender) =>
        app.WithDbAsync(async db => (await db.AwardDecisions.AsNoTracking().Where(d => d.ProjectId == tender.Project.Id).ToListAsync())
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToList(), tender.Board);

    private static async Task<byte[]> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        return bytes;
    }

    [Fact]
    public async Task AwardPage_ProposesTheBestPriceQualityRatio_WithReasonsFromTheScores()
    {
        var tender = await app.OpenedTenderAsync();
        await app.EvaluatedAsync(tender);

        var page = await tender.Lead.GetPageAsync(tender.AwardPage);

        Assert.Contains($"<strong>{tender.Tenderers[2].Supplier.Name}</strong>", page);
        Assert.Contains("Uw inschrijving heeft de beste prijs-kwaliteitverhouding", page);
        Assert.Contains($"De winnende inschrijving van {tender.Tenderers[2].Supplier.Name} behaalde 85,1 punten", page);
        Assert.Contains("Samen over inloggen", page); // consensus rationale as a strong point
    }

    [Fact]
    public async Task Decision_StartsTheStandstill_AndEveryTendererGetsMailAndALetter()
    {
        var tender = await AwardedAsync();

        var decision = Assert.Single(await DecisionsAsync(tender));
        Assert.Equal(AwardStatus.Standstill, decision.Status);
        Assert.Equal(tender.Tenderers[2].Offer.Id, decision.WinningOfferId);
        Assert.Equal(Today.AddDays(20), decision.StandstillUntil);
        Assert.Equal([1, 2, 3], decision.Reasons.Select(r => r.Rank));
        Assert.Equal(ProjectStatus.Awarded, (await ProjectAsync(tender)).Status);
        foreach (var tenderer in tender.Tenderers)
        {
            var mail = await app.Mail.WaitForAsync(tenderer.Email);
            Assert.Contains(tender.Project.Title, mail.Subject);
            Assert.Contains($"/Procurement/Tenders/Award/{tender.Project.Id}", mail.TextBody);
            await PdfAsync(tender.Lead, $"{tender.AwardPage}?handler=Letter&offerId={tenderer.Offer.Id}");
        }
        var all = await PdfAsync(tender.Lead, $"{tender.AwardPage}?handler=Letters");
        Assert.True(all.Length > 3000);
        Assert.Equal(HttpStatusCode.NotFound, (await tender.Lead.GetAsync($"{tender.AwardPage}?handler=Letter&offerId={Guid.NewGuid()}")).StatusCode);

        var again = await DecideAsync(tender, tender.Tenderers.Select(t => (t.Offer.Id, "Nog eens")));
        Assert.Contains("Er is al een gunningsbesluit", await again.Content.ReadAsStringAsync());
        Assert.Single(await DecisionsAsync(tender));
    }

    [Fact]
    public async Task Decision_WithAnEmptyReason_NamesTheTenderer_AndSavesNothing()
    {
        var tender = await app.OpenedTenderAsync();
        await app.EvaluatedAsync(tender);

        var response = await DecideAsync(tender, tender.Tenderers.Select((t, i) => (t.Offer.Id, i == 0 ? " " : "<script>alert(1)</script>")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Schrijf de motivering voor {tender.Tenderers[0].Supplier.Name}", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Empty(await DecisionsAsync(tender));
        Assert.Equal(ProjectStatus.Evaluation, (await ProjectAsync(tender)).Status);
    }

    [Fact]
    public async Task Lapse_NeedsAReason_ThenMovesTheAwardToTheNextBestOffer()
    {
        var tender = await AwardedAsync();
        var first = Assert.Single(await DecisionsAsync(tender));

        var empty = await tender.Lead.PostFormAsync($"{tender.AwardPage}?handler=Lapse", new() { ["decisionId"] = first.Id.ToString(), ["version"] = first.Version.ToString(), ["LapseReason"] = "" });
        Assert.Contains("Schrijf waarom de gunning vervalt", await empty.Content.ReadAsStringAsync());
        Assert.Single(await DecisionsAsync(tender));

        var lapse = await tender.Lead.PostFormAsync($"{tender.AwardPage}?handler=Lapse",
            new() { ["decisionId"] = first.Id.ToString(), ["version"] = first.Version.ToString(), ["LapseReason"] = "Winnaar kon geen ISO 27001-certificaat laten zien." });
        Assert.Equal(HttpStatusCode.Redirect, lapse.StatusCode);

        var decisions = await DecisionsAsync(tender);
        Assert.Equal(2, decisions.Count);
        Assert.Equal(AwardStatus.Lapsed, decisions[0].Status);
        Assert.Equal("Winnaar kon geen ISO 27001-certificaat laten zien.", decisions[0].LapseReason);
        Assert.Equal(AwardStatus.Standstill, decisions[1].Status);
        Assert.Equal(tender.Tenderers[1].Offer.Id, decisions[1].WinningOfferId);
        Assert.Equal(Today.AddDays(20), decisions[1].StandstillUntil);
        Assert.DoesNotContain(decisions[1].Reasons, r => r.OfferId == tender.Tenderers[2].Offer.Id);
        var page = await tender.Lead.GetPageAsync(tender.AwardPage);
        Assert.Contains("Vervallen besluiten", page);
        Assert.Contains("ISO 27001", page);
    }

    [Fact]
    public async Task Contract_IsRefusedDuringTheStandstill_AndAfterwardsCopiesTheAwardedData()
    {
        var tender = await AwardedAsync();
        var decision = Assert.Single(await DecisionsAsync(tender));
        var form = new Dictionary<string, string> { ["decisionId"] = decision.Id.ToString(), ["version"] = decision.Version.ToString() };

        var early = await tender.Lead.PostFormAsync($"{tender.AwardPage}?handler=Contract", form);
        Assert.Contains("De opschortende termijn loopt tot en met", await early.Content.ReadAsStringAsync());
        Assert.Null((await ProjectAsync(tender)).ContractId);

        await app.WithDbAsync(db => db.AwardDecisions.Where(d => d.Id == decision.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.StandstillUntil, Today.AddDays(-1))), tender.Board);
        var response = await tender.Lead.PostFormAsync($"{tender.AwardPage}?handler=Contract", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var project = await ProjectAsync(tender);
        Assert.Equal(ProjectStatus.Contracted, project.Status);
        var contract = await app.WithDbAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == project.ContractId), tender.Board);
        Assert.Equal($"/Contracts/Details/{contract.Id}", response.Location());
        Assert.Equal(tender.Tenderers[2].Supplier.Id, contract.SupplierId);
        Assert.Equal(project.Title, contract.Title);
        Assert.Equal(project.Category, contract.Category);
        Assert.Equal([("Toestel met hoes", 10m, 1_100m), ("Toestel met hoes (per jaar)", 10m, 200m)], contract.Items.Select(i => (i.Name, i.Quantity, i.UnitPrice)));
        Assert.Equal(19_000m, contract.TotalValue);
        Assert.Equal(2_000m, contract.YearlyValue);
        Assert.Equal(48, contract.TermMonths);
        Assert.Equal(Today, contract.StartDate);
        Assert.Equal(project.Conditions, contract.Conditions);
        Assert.Equal(AwardStatus.Final, (await DecisionsAsync(tender)).Single().Status);

        var details = await tender.Lead.GetPageAsync($"/Contracts/Details/{contract.Id}");
        Assert.Contains("Toestel met hoes (per jaar)", details);
        Assert.Contains("Gegevens meenemen en hulp bij vertrek", details);
        Assert.Contains("Export in open formaat", details);
        Assert.Contains(tender.Project.Reference, details);
    }

    [Fact]
    public async Task Supplier_SeesOnlyItsOwnLetter()
    {
        var tender = await AwardedAsync();
        var (loser, other) = (tender.Tenderers[0], tender.Tenderers[1]);
        var page = await loser.Client.GetPageAsync($"/Procurement/Tenders/Award/{tender.Project.Id}");

        Assert.Contains("aan een andere inschrijver te gunnen", page);
        Assert.DoesNotContain(other.Supplier.Name, page);
        Assert.DoesNotContain($"Motivering voor {other.Supplier.Name}", page);
        var decision = Assert.Single(await DecisionsAsync(tender));
        await PdfAsync(loser.Client, $"/Procurement/Tenders/Award/{tender.Project.Id}?handler=Letter&decisionId={decision.Id}");

        var stranger = await app.LoginAsync((await app.CreateUserAsync(await app.CreateOrganizationAsync(new Regie.Web.Infrastructure.Tenancy.Supplier()), Roles.Supplier)).Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Procurement/Tenders/Award/{tender.Project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Procurement/Tenders/Award/{tender.Project.Id}?handler=Letter&decisionId={decision.Id}")).StatusCode);
    }

    [Fact]
    public async Task Decide_AsSchoolLeader_IsForbidden_AndAsTeacher_ThePageIsForbidden()
    {
        var tender = await app.OpenedTenderAsync();
        await app.EvaluatedAsync(tender);
        var schoolLeader = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Roles.SchoolLeader)).Email!);
        var teacher = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Roles.Teacher)).Email!);

        var decide = await schoolLeader.PostFormAsync($"{tender.AwardPage}?handler=Decide", new() { ["version"] = "1" });
        var get = await teacher.GetAsync(tender.AwardPage);

        Assert.True(decide.StatusCode == HttpStatusCode.Forbidden || decide.Location().Contains("AccessDenied"), decide.StatusCode.ToString());
        Assert.True(get.StatusCode == HttpStatusCode.Forbidden || get.Location().Contains("AccessDenied"), get.StatusCode.ToString());
        Assert.Empty(await DecisionsAsync(tender));
    }
}
