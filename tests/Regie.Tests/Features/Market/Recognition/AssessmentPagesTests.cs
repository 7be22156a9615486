using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Recognition;
using Regie.Web.Infrastructure.Assessments;

namespace Regie.Tests.Features.Market.Recognition;

[Collection(AppCollection.Name)]
public sealed class AssessmentPagesTests(RegieApp app)
{
    private static string Url(Guid id) => $"/Market/Recognition/Details/{id}";

    [Fact]
    public async Task Start_APublishedItem_OpensAnAssessment_ThatTheListAndExportShow()
    {
        var committee = await app.CommitteeAsync();
        var item = await app.PublishedItemAsync();

        var search = await committee.Anna.GetPageAsync("/Market/Recognition/Index?Item=" + Uri.EscapeDataString(item.Title));
        Assert.Contains($"value=\"{item.Id}\"", search);
        var id = await committee.StartAsync(item);

        var list = WebUtility.HtmlDecode(await committee.Anna.GetPageAsync("/Market/Recognition/Index"));
        Assert.Contains(item.Title, list);
        Assert.Contains("Beoordelen (0 van 2 ingediend)", list);
        var csv = Encoding.UTF8.GetString(await (await committee.Anna.GetAsync("/Market/Recognition/Index?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"{item.Title};Erkenning digitale leermiddelen (editie 1);Beoordelen;0;2", csv);
        var xlsx = await committee.Anna.GetAsync("/Market/Recognition/Index?handler=Export&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Beoordelen", await (await committee.Anna.GetAsync("/Market/Recognition/Index?Status=alle")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await committee.Anna.GetAsync(Url(id) + "?tab=wijzigingen")).StatusCode);
    }

    [Fact]
    public async Task Start_AnUnpublishedItemOrASecondOpenAssessment_IsRefusedInDutch()
    {
        var committee = await app.CommitteeAsync();
        var draft = await app.PublishedItemAsync(publish: false);
        var refused = await committee.Anna.PostFormAsync("/Market/Recognition/Index?handler=Start",
            new() { ["itemId"] = draft.Id.ToString(), ["criteriaSetId"] = committee.Set.Id.ToString() });
        Assert.Contains("Kies een gepubliceerd product of een gepubliceerde dienst om te beoordelen.", await refused.HtmlAsync());

        var item = await app.PublishedItemAsync();
        await committee.StartAsync(item);
        var twice = await committee.Anna.PostFormAsync("/Market/Recognition/Index?handler=Start",
            new() { ["itemId"] = item.Id.ToString(), ["criteriaSetId"] = committee.Set.Id.ToString() });
        Assert.Contains($"Voor '{item.Title}' loopt al een beoordeling", await twice.HtmlAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.SubjectId == item.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.IgnoreQueryFilters().CountAsync(a => a.SubjectId == draft.Id)));
    }

    [Fact]
    public async Task IndependentScores_StayHiddenFromTheOtherAssessor_UntilBothSubmitted()
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await committee.Anna.ScoreAsync(id, "SaveDraft", 2, "Concept van Anna xq7")).StatusCode);
        Assert.DoesNotContain("Concept van Anna xq7", await committee.Bram.GetPageAsync(Url(id)));
        Assert.Equal(HttpStatusCode.Redirect, (await committee.Anna.ScoreAsync(id, "Submit", 3, "Oordeel van Anna zk4")).StatusCode);

        var bramBefore = WebUtility.HtmlDecode(await committee.Bram.GetPageAsync(Url(id)));
        Assert.DoesNotContain("Oordeel van Anna zk4", bramBefore);
        Assert.Contains("1 van 2 ingediend", bramBefore);
        Assert.Contains($"{committee.AnnaName}: ingediend", bramBefore);
        Assert.Equal(HttpStatusCode.Redirect, (await committee.Bram.ScoreAsync(id, "SaveDraft", 4, "Concept van Bram pw2")).StatusCode);
        Assert.DoesNotContain("Concept van Bram pw2", await committee.Anna.GetPageAsync(Url(id)));
        Assert.DoesNotContain("Oordeel van Anna zk4", await committee.Bram.GetPageAsync(Url(id)));

        Assert.Equal(HttpStatusCode.Redirect, (await committee.Bram.ScoreAsync(id, "Submit", 4, "Oordeel van Bram pw2")).StatusCode);
        var revealed = WebUtility.HtmlDecode(await committee.Bram.GetPageAsync(Url(id)));
        Assert.Contains("Oordeel van Anna zk4", revealed);
        Assert.Contains("1 punt verschil", revealed);
        Assert.Equal(AssessmentStatus.Consensus, (await app.AssessmentAsync(id)).Status);
    }

    [Fact]
    public async Task AnAssessor_ScoresOnce_AndASubmittedScoringCannotChange()
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());
        await committee.Anna.ScoreAsync(id, "Submit", 3, "Eerste oordeel");

        var again = await committee.Anna.ScoreAsync(id, "SaveDraft", 1, "Tweede oordeel");
        Assert.Contains("U heeft uw beoordeling al ingediend; ingediende scores zijn definitief.", await again.HtmlAsync());
        var scoring = Assert.Single((await app.AssessmentAsync(id)).Scorings);
        Assert.All(scoring.Scores, s => Assert.Equal(3, s.Score));
    }

    [Fact]
    public async Task Consensus_IsBlockedUntilEveryScoringIsSubmitted()
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());
        await committee.Anna.ScoreAsync(id, "Submit", 3, "Anna");
        await committee.Bram.ScoreAsync(id, "SaveDraft", 3, "Bram");
        var form = RecognitionTestData.ScoreForm("Consensus", 3, "Samen");
        form["version"] = (await app.AssessmentAsync(id)).Version.ToString(CultureInfo.InvariantCulture);

        var early = await committee.Anna.PostFormAsync(Url(id) + "?handler=Agree", form);

        Assert.Contains("De consensusronde begint pas als alle 2 beoordelingen zijn ingediend.", await early.HtmlAsync());
        Assert.Empty((await app.AssessmentAsync(id)).ConsensusScores);
        Assert.DoesNotContain("Consensus vastleggen", await committee.Anna.GetPageAsync(Url(id)));
    }

    public static TheoryData<string, Dictionary<string, string>, string> BadScores => new()
    {
        { "SaveDraft", new() { ["Scores[2].Score"] = "7" }, "De score bij 'Bewijs van effect' moet tussen 1 en 4 liggen." },
        { "Submit", new() { ["Scores[4].Rationale"] = "" }, "Licht de score bij 'Privacy en beveiliging' toe." },
        { "Submit", new() { ["Scores[0].Score"] = "" }, "Kies een score bij 'Helder doel en doelgroep' en licht die toe." },
        { "Submit", new() { ["Scores[1].Rationale"] = new string('x', 5_000) }, "De toelichting bij 'Onderbouwing' mag niet langer zijn dan 4.000 tekens." },
    };

    [Theory]
    [MemberData(nameof(BadScores))]
    public async Task BadScores_GiveADutchMessage_AndSaveNothing(string handler, Dictionary<string, string> change, string message)
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());

        var response = await committee.Anna.ScoreAsync(id, handler, 3, "Toelichting", change);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync());
        Assert.Empty((await app.AssessmentAsync(id)).Scorings);
    }

    [Fact]
    public async Task Decide_PublishesTheOutcome_AndSetsTheItemsRecognition()
    {
        var committee = await app.CommitteeAsync();
        var item = await app.PublishedItemAsync();
        var id = await committee.StartAsync(item);
        var version = await app.ReadyToDecideAsync(committee, id);

        var preview = WebUtility.HtmlDecode(await committee.Bram.GetPageAsync(Url(id)));
        Assert.Contains("Voorlopige uitkomst volgens de regels van de criteriaset: <strong>Erkend – goed onderbouwd</strong> (gewogen score 66,67%)", preview);

        var decided = await committee.Bram.PostFormAsync(Url(id) + "?handler=Decide",
            new() { ["version"] = version.ToString(CultureInfo.InvariantCulture), ["Reasoning"] = "Goed onderbouwd <script>alert(1)</script>" });

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var assessment = await app.AssessmentAsync(id);
        Assert.Equal((AssessmentStatus.Decided, "Erkend – goed onderbouwd", 66.67m), (assessment.Status, assessment.OutcomeLevel, assessment.OutcomePercentage));
        var stored = await app.WithDbAsync(db => db.CatalogItems.AsNoTracking().SingleAsync(i => i.Id == item.Id));
        Assert.Equal(assessment.OutcomeLevel, stored.RecognitionLevel);
        Assert.Equal(assessment.ValidUntil, stored.RecognizedUntil);
        Assert.Equal(RecognitionSubject.Today(TimeProvider.System).AddMonths(36), stored.RecognizedUntil);
        var page = await committee.Anna.GetPageAsync(Url(id));
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;", page);

        var again = await committee.Bram.PostFormAsync(Url(id) + "?handler=Decide",
            new() { ["version"] = assessment.Version.ToString(CultureInfo.InvariantCulture), ["Reasoning"] = "Toch anders" });
        Assert.Contains("Over deze beoordeling is al besloten; een besluit is definitief.", await again.HtmlAsync());
    }

    [Fact]
    public async Task Decide_WithoutReasoningOrWithFiveMegabytes_IsRefused_AndAStaleVersionConflicts()
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());
        var version = (await app.ReadyToDecideAsync(committee, id)).ToString(CultureInfo.InvariantCulture);

        var empty = await committee.Anna.PostFormAsync(Url(id) + "?handler=Decide", new() { ["version"] = version, ["Reasoning"] = " " });
        Assert.Contains("Schrijf de openbare onderbouwing van het besluit.", await empty.HtmlAsync());
        var huge = await committee.Anna.PostFormAsync(Url(id) + "?handler=Decide", new() { ["version"] = version, ["Reasoning"] = new string('x', 5 * 1024 * 1024) });
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("De openbare onderbouwing mag niet langer zijn dan 8.000 tekens.", await huge.HtmlAsync());
        var stale = await committee.Anna.PostFormAsync(Url(id) + "?handler=Decide", new() { ["version"] = "0", ["Reasoning"] = "Goed" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(AssessmentStatus.Consensus, (await app.AssessmentAsync(id)).Status);
    }

    [Fact]
    public async Task Stop_EndsAnOpenAssessment_WithoutPublishingAnything()
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());
        var version = (await app.AssessmentAsync(id)).Version.ToString(CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Redirect, (await committee.Anna.PostFormAsync(Url(id) + "?handler=Stop", new() { ["version"] = version })).StatusCode);

        Assert.Equal(AssessmentStatus.Cancelled, (await app.AssessmentAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await committee.Anna.GetAsync($"/Market/Recognition/Decision/{id}")).StatusCode);
    }
}
