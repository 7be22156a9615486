using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Evaluation;

/// <summary>One tenderer: its organization, a signed-in user and its sealed offer.</summary>
public sealed record Tenderer(Supplier Supplier, string Email, HttpClient Client, Offer Offer);

/// <summary>
/// A board's tender whose deadline passed and whose offers are opened: two wishes (W1 weight 60, W2 weight 40),
/// two evaluators, a purchaser who leads, and three tenderers with sealed quality and price envelopes.
/// Prices over 4 years: A € 14.000, B € 15.000, C € 19.000.
/// </summary>
public sealed record EvaluationTender(Board Board, ProcurementProject Project, HttpClient Lead, HttpClient EvaluatorA, HttpClient EvaluatorB,
    IReadOnlyList<Tenderer> Tenderers)
{
    public string EvaluationPage => $"/Procurement/Evaluation/Index/{Project.Id}";
    public string AwardPage => $"/Procurement/Award/Index/{Project.Id}";
    public static string ScorePage(Offer offer) => $"/Procurement/Evaluation/Score/{offer.Id}";
}

public static class EvaluationTestData
{
    public static async Task<EvaluationTender> OpenedTenderAsync(this RegieApp app, PriceScoringMethod method = PriceScoringMethod.RelativeToLowest)
    {
        var board = await app.CreateBoardAsync();
        var lead = await app.CreateUserAsync(board, Roles.Purchaser);
        var evaluatorA = await app.CreateUserAsync(board, Roles.IctCoordinator);
        var evaluatorB = await app.CreateUserAsync(board, Roles.Executive);
        var now = DateTimeOffset.UtcNow;
        var project = new ProcurementProject
        {
            BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = $"Chromebooks groep 5-8 {TestData.Next()}", Description = "Devices voor de bovenbouw.",
            Category = PurchaseCategory.Devices, ProcedureStart = DateOnly.FromDateTime(now.UtcDateTime), Status = ProjectStatus.Open,
            OfferDeadline = now.AddMinutes(-5), TcoYears = 4, PriceWeightPercent = 30, PriceScoring = method, StandstillDays = 20,
            EvaluatorIds = [evaluatorA.Id, evaluatorB.Id],
            Estimate = [new EstimateLine(EstimateLineKind.Base, "Levering en beheer", 10_000m, 300m, 48)],
            Conditions = [new ConditionCheck(ConditionTopics.Portability, ConditionStatus.Met, "Export in open formaat"), new ConditionCheck(ConditionTopics.Duration, ConditionStatus.NotMet, null)],
        };
        var knockOut = new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.KnockOut, Code = "E1", Text = "Gegevens blijven binnen de EU.", Order = 1 };
        var w1 = new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.Wish, Code = "W1", Text = "Leerlingen kunnen snel inloggen.", Weight = 60, Order = 1 };
        var w2 = new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.Wish, Code = "W2", Text = "Reparatie binnen twee schooldagen.", Weight = 40, Order = 2 };
        var envelopes = app.Services.GetRequiredService<OfferEnvelopes>();
        var prices = new[] { (1_000m, 100m), (900m, 150m), (1_100m, 200m) };
        var tenderers = new List<(Supplier Supplier, Regie.Web.Infrastructure.Authorization.AppUser User, Offer Offer)>();
        foreach (var (letter, (oneOff, yearly)) in new[] { "A", "B", "C" }.Zip(prices))
        {
            var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier {letter} {TestData.Next()}" });
            var user = await app.CreateUserAsync(supplier, Roles.Supplier);
            var offer = new Offer
            {
                BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name,
                Status = OfferStatus.Submitted, Revision = 1, SubmittedAt = now.AddHours(-1),
            };
            envelopes.SealQuality(offer, new OfferQuality(
                [new(knockOut.Id, true, "Alles staat in Frankfurt."), new(w1.Id, null, $"Inloggen met een QR-code van {letter}."), new(w2.Id, null, "Een koerier haalt het op.")], null));
            envelopes.SealPrice(offer, new PriceSheet([new("Toestel met hoes", 10, oneOff, yearly)], null));
            tenderers.Add((supplier, user, offer));
        }
        await app.WithDbAsync(async db =>
        {
            db.AddRange(project, knockOut, w1, w2);
            foreach (var (supplier, _, offer) in tenderers)
            {
                db.Add(new ProjectSupplier { BoardId = board.Id, ProjectId = project.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, Status = InvitationStatus.Invited, InvitedAt = now.AddDays(-20) });
                db.Add(offer);
            }
            await db.SaveChangesAsync();
            project.OpenOffers(tenderers.Select(t => t.Offer), now);
            return await db.SaveChangesAsync();
        }, board);
        var clients = new List<Tenderer>();
        foreach (var (supplier, user, offer) in tenderers)
            clients.Add(new Tenderer(supplier, user.Email!, await app.LoginAsync(user.Email!), offer));
        return new EvaluationTender(board, project, await app.LoginAsync(lead.Email!), await app.LoginAsync(evaluatorA.Email!), await app.LoginAsync(evaluatorB.Email!), clients);
    }

    public static async Task StartAsync(this RegieApp app, EvaluationTender tender)
    {
        var version = await app.WithDbAsync(db => db.ProcurementProjects.Where(p => p.Id == tender.Project.Id).Select(p => p.Version).SingleAsync(), tender.Board);
        var response = await tender.Lead.PostFormAsync($"{tender.EvaluationPage}?handler=Start", new() { ["version"] = version.ToString() });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    public static Dictionary<string, string> Scores(string prefix, int w1, int w2, string rationale) => new()
    {
        [$"{prefix}[0].Key"] = "W1", [$"{prefix}[0].Score"] = w1.ToString(), [$"{prefix}[0].Rationale"] = $"{rationale} over inloggen",
        [$"{prefix}[1].Key"] = "W2", [$"{prefix}[1].Score"] = w2.ToString(), [$"{prefix}[1].Rationale"] = $"{rationale} over reparatie",
    };

    public static async Task<HttpResponseMessage> ScoreAsync(this HttpClient evaluator, Offer offer, string handler, int w1, int w2, string rationale) =>
        await evaluator.PostFormAsync($"{EvaluationTender.ScorePage(offer)}?handler={handler}", Scores("Scores", w1, w2, rationale));

    public static Task<int> AssessmentVersionAsync(this RegieApp app, EvaluationTender tender, Offer offer) =>
        app.WithDbAsync(db => db.Assessments.Where(a => a.SubjectId == offer.Id).Select(a => a.Version).SingleAsync(), tender.Board);

    /// <summary>Both evaluators submit, the lead agrees on the given consensus and decides.</summary>
    public static async Task DecideAsync(this RegieApp app, EvaluationTender tender, Offer offer, int w1, int w2)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await tender.EvaluatorA.ScoreAsync(offer, "Submit", w1, w2, "Oordeel A")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await tender.EvaluatorB.ScoreAsync(offer, "Submit", w1, w2, "Oordeel B")).StatusCode);
        var agree = Scores("Consensus", w1, w2, "Samen");
        agree["version"] = (await app.AssessmentVersionAsync(tender, offer)).ToString();
        var agreed = await tender.Lead.PostFormAsync($"{EvaluationTender.ScorePage(offer)}?handler=Agree", agree);
        Assert.True(agreed.StatusCode == HttpStatusCode.Redirect, await agreed.Content.ReadAsStringAsync());
        var decided = await tender.Lead.PostFormAsync($"{EvaluationTender.ScorePage(offer)}?handler=Decide",
            new() { ["version"] = (await app.AssessmentVersionAsync(tender, offer)).ToString(), ["Reasoning"] = $"Samenvatting voor {offer.SupplierName}" });
        Assert.True(decided.StatusCode == HttpStatusCode.Redirect, await decided.Content.ReadAsStringAsync());
    }

    /// <summary>Starts, scores A 6/6 (60%), B 8/7 (76%), C 9/9 (90%), and fixes the quality scores so the prices open.</summary>
    public static async Task EvaluatedAsync(this RegieApp app, EvaluationTender tender)
    {
        await app.StartAsync(tender);
        await app.DecideAsync(tender, tender.Tenderers[0].Offer, 6, 6);
        await app.DecideAsync(tender, tender.Tenderers[1].Offer, 8, 7);
        await app.DecideAsync(tender, tender.Tenderers[2].Offer, 9, 9);
        var version = await app.WithDbAsync(db => db.ProcurementProjects.Where(p => p.Id == tender.Project.Id).Select(p => p.Version).SingleAsync(), tender.Board);
        var final = await tender.Lead.PostFormAsync($"{tender.EvaluationPage}?handler=Finalize", new() { ["version"] = version.ToString() });
        Assert.True(final.StatusCode == HttpStatusCode.Redirect, await final.Content.ReadAsStringAsync());
    }
}
