using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Procurement.Evaluation;

[Collection(AppCollection.Name)]
public sealed class EvaluationPagesTests(RegieApp app)
{
    [Fact]
    public async Task Start_BuildsCriteriaFromTheWishes_AndOneAssessmentPerOffer()
    {
        var tender = await app.OpenedTenderAsync();
        await app.StartAsync(tender);

        var (project, set, assessments) = await app.WithDbAsync(async db =>
        {
            var p = await db.ProcurementProjects.SingleAsync(x => x.Id == tender.Project.Id);
            var s = await db.CriteriaSets.SingleAsync(x => x.Id == p.CriteriaSetId);
            var a = await db.Offers.Where(o => o.ProjectId == p.Id).Select(o => o.AssessmentId).ToListAsync();
            return (p, s, a);
        }, tender.Board);
        Assert.Equal(AssessmentPurpose.Procurement, set.Purpose);
        Assert.Equal(tender.Board.Id, set.OrganizationId);
        Assert.True(set.IsPublished);
        Assert.Equal(["W1", "W2"], set.Criteria.Select(c => c.Key));
        Assert.Equal([60m, 40m], set.Criteria.Select(c => c.Weight));
        Assert.Equal((0, 10), (set.Scale.Min, set.Scale.Max));
        Assert.Equal(2, set.RequiredAssessors);
        Assert.All(assessments, a => Assert.NotNull(a));
        Assert.NotNull(project.CriteriaSetId);
    }

    [Fact]
    public async Task AnEvaluator_CannotSeeAnotherEvaluatorsScores_UntilAllHaveSubmitted()
    {
        var tender = await app.OpenedTenderAsync();
        await app.StartAsync(tender);
        var offer = tender.Tenderers[0].Offer;
        var secretA = $"Beoordeling-A-{TestData.Next()}";
        var secretB = $"Concept-B-{TestData.Next()}";

        Assert.Equal(HttpStatusCode.Redirect, (await tender.EvaluatorA.ScoreAsync(offer, "Submit", 7, 3, secretA)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await tender.EvaluatorB.ScoreAsync(offer, "SaveDraft", 2, 9, secretB)).StatusCode);

        var pageOfB = await tender.EvaluatorB.GetPageAsync(EvaluationTender.ScorePage(offer));
        var pageOfA = await tender.EvaluatorA.GetPageAsync(EvaluationTender.ScorePage(offer));
        var pageOfLead = await tender.Lead.GetPageAsync(EvaluationTender.ScorePage(offer));
        Assert.DoesNotContain(secretA, pageOfB);
        Assert.Contains(secretB, pageOfB); // B sees its own draft
        Assert.DoesNotContain(secretB, pageOfA);
        Assert.DoesNotContain(secretA, pageOfLead);
        Assert.DoesNotContain(secretB, pageOfLead);
        Assert.DoesNotContain(secretA, await tender.EvaluatorB.GetPageAsync(tender.EvaluationPage));

        Assert.Equal(HttpStatusCode.Redirect, (await tender.EvaluatorB.ScoreAsync(offer, "Submit", 2, 9, secretB)).StatusCode);

        pageOfB = await tender.EvaluatorB.GetPageAsync(EvaluationTender.ScorePage(offer));
        pageOfA = await tender.EvaluatorA.GetPageAsync(EvaluationTender.ScorePage(offer));
        Assert.Contains(secretA, pageOfB);
        Assert.Contains(secretB, pageOfA);
        Assert.Contains("5 punten verschil", pageOfA); // W1: 7 against 2
    }

    [Fact]
    public async Task ConsensusAndDecision_GiveTheOfferItsWeightedQualityScore()
    {
        var tender = await app.OpenedTenderAsync();
        await app.StartAsync(tender);
        var offer = tender.Tenderers[1].Offer;

        await app.DecideAsync(tender, offer, 8, 7);

        var assessment = await app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.SubjectId == offer.Id), tender.Board);
        Assert.Equal(AssessmentStatus.Decided, assessment.Status);
        Assert.Equal(76m, assessment.OutcomePercentage); // (60 × 8 + 40 × 7) / (100 × 10)
        Assert.Equal(["W1", "W2"], assessment.ConsensusScores.Select(s => s.CriterionKey));
        Assert.Contains("76%", await tender.Lead.GetPageAsync(tender.EvaluationPage));
    }

    [Fact]
    public async Task Prices_StayClosed_UntilTheQualityScoresAreFinal()
    {
        var tender = await app.OpenedTenderAsync();
        await app.StartAsync(tender);
        await app.DecideAsync(tender, tender.Tenderers[0].Offer, 6, 6);

        var version = await app.WithDbAsync(db => db.ProcurementProjects.Where(p => p.Id == tender.Project.Id).Select(p => p.Version).SingleAsync(), tender.Board);
        var early = await tender.Lead.PostFormAsync($"{tender.EvaluationPage}?handler=Finalize", new() { ["version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Nog niet over elke inschrijving is besloten", await early.Content.ReadAsStringAsync());
        var (project, offers) = await app.WithDbAsync(async db =>
            (await db.ProcurementProjects.AsNoTracking().SingleAsync(p => p.Id == tender.Project.Id), await db.Offers.AsNoTracking().Where(o => o.ProjectId == tender.Project.Id).ToListAsync()), tender.Board);
        Assert.Null(project.QualityFinalAt);
        Assert.All(offers, o => Assert.Null(o.PriceTotal));
        Assert.All(offers, o => Assert.Null(o.PriceOpenedAt));
        var envelopes = app.Services.GetRequiredService<OfferEnvelopes>();
        Assert.Throws<EnvelopeClosedException>(() => envelopes.OpenPrice(project, offers[0], DateTimeOffset.UtcNow));
        var page = await tender.Lead.GetPageAsync(tender.EvaluationPage);
        Assert.DoesNotContain("14.000", page);
        Assert.DoesNotContain("Rangorde", page);
        Assert.Equal(HttpStatusCode.NotFound, (await tender.Lead.GetAsync($"{tender.EvaluationPage}?handler=Export&format=csv")).StatusCode);
    }

    [Fact]
    public async Task FinalQuality_OpensThePrices_AndRanksOnPriceAndQuality()
    {
        var tender = await app.OpenedTenderAsync();
        await app.EvaluatedAsync(tender);

        var offers = await app.WithDbAsync(db => db.Offers.AsNoTracking().Where(o => o.ProjectId == tender.Project.Id).ToDictionaryAsync(o => o.Id), tender.Board);
        var (a, b, c) = (offers[tender.Tenderers[0].Offer.Id], offers[tender.Tenderers[1].Offer.Id], offers[tender.Tenderers[2].Offer.Id]);
        Assert.Equal([60m, 76m, 90m], new[] { a, b, c }.Select(o => o.QualityPercentage!.Value));
        Assert.Equal([14_000m, 15_000m, 19_000m], new[] { a, b, c }.Select(o => o.TcoTotal!.Value));
        Assert.Equal([11_000m, 10_500m, 13_000m], new[] { a, b, c }.Select(o => o.PriceTotal!.Value)); // one-off plus one year
        // Price scores 100, 93,33 and 73,68 at 30%; quality at 70%.
        Assert.Equal([72m, 81.2m, 85.1m], new[] { a, b, c }.Select(o => o.TotalScore!.Value));

        var page = await tender.Lead.GetPageAsync(tender.EvaluationPage);
        Assert.Contains("Rangorde op prijs en kwaliteit", page);
        Assert.Contains("ranking-chart", page);
        Assert.Contains("19.000,00", page);
        var csv = await (await tender.Lead.GetAsync($"{tender.EvaluationPage}?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(c.SupplierName, csv);
        Assert.Contains("85,1", csv);
        var xlsx = await tender.Lead.GetAsync($"{tender.EvaluationPage}?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Fact]
    public async Task Scoring_ByABoardUserWhoIsNoEvaluator_IsForbidden()
    {
        var tender = await app.OpenedTenderAsync();
        await app.StartAsync(tender);
        var schoolLeader = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Roles.SchoolLeader)).Email!);

        var response = await schoolLeader.ScoreAsync(tender.Tenderers[0].Offer, "Submit", 5, 5, "Mag niet");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied"), response.StatusCode.ToString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.Where(a => a.SubjectId == tender.Tenderers[0].Offer.Id).SelectMany(a => a.Scorings).CountAsync(), tender.Board));
    }

    [Fact]
    public async Task StartAndFinalize_ByAnEvaluatorWithoutManageRights_AreForbidden()
    {
        var tender = await app.OpenedTenderAsync();
        var response = await tender.EvaluatorA.PostFormAsync($"{tender.EvaluationPage}?handler=Start", new() { ["version"] = "1" });

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied"), response.StatusCode.ToString());
        Assert.Null(await app.WithDbAsync(db => db.ProcurementProjects.Where(p => p.Id == tender.Project.Id).Select(p => p.CriteriaSetId).SingleAsync(), tender.Board));
    }

    [Fact]
    public async Task Evaluation_AsTeacher_IsForbidden()
    {
        var tender = await app.OpenedTenderAsync();
        var teacher = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Roles.Teacher)).Email!);

        var response = await teacher.GetAsync(tender.EvaluationPage);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied"), response.StatusCode.ToString());
    }

    [Fact]
    public async Task EvaluatorPage_ShowsTheOffersQualityContent_AndNoPrices()
    {
        var tender = await app.OpenedTenderAsync();
        await app.StartAsync(tender);

        var page = await tender.EvaluatorA.GetPageAsync(EvaluationTender.ScorePage(tender.Tenderers[0].Offer));

        Assert.Contains("Inloggen met een QR-code van A.", page);
        Assert.DoesNotContain("1.000", page);
        Assert.DoesNotContain("Toestel met hoes", page);
    }
}
