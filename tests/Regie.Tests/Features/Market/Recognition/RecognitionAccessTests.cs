using System.Globalization;
using System.Net;
using Regie.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Recognition;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Recognition;

[Collection(AppCollection.Name)]
public sealed class RecognitionAccessTests(RegieApp app)
{
    [Fact]
    public async Task CommitteePages_AsBoardSupplierOrPlatformBeheerder_AreAccessDenied()
    {
        var committee = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var supplier = await app.LoginAsync((await app.CreateUserAsync(await app.CreateOrganizationAsync(new Supplier()), Roles.Supplier)).Email!);
        var moderator = await app.LoginAsync((await app.CreateUserAsync(committee.Platform, Roles.Administrator)).Email!);

        foreach (var client in new[] { teacher, supplier, moderator })
        {
            foreach (var url in new[] { "/Market/Recognition/Index", "/Market/Recognition/CriteriaSets", $"/Market/Recognition/Details/{id}", $"/Market/Recognition/CriteriaSet/{committee.Set.Id}" })
                Assert.Contains("/Account/AccessDenied", (await client.GetAsync(url)).Location());
            var post = await client.ScoreAsync(id, "Submit", 3, "Indringer");
            Assert.Contains("/Account/AccessDenied", post.Location());
        }
        Assert.Empty((await app.AssessmentAsync(id)).Scorings);
    }

    [Fact]
    public async Task AnotherPlatformsCommittee_GetsNotFound()
    {
        var committee = await app.CommitteeAsync();
        var other = await app.CommitteeAsync();
        var id = await committee.StartAsync(await app.PublishedItemAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.Anna.GetAsync($"/Market/Recognition/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Anna.ScoreAsync(id, "SaveDraft", 3, "Vreemd")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Anna.GetAsync($"/Market/Recognition/CriteriaSet/{committee.Set.Id}")).StatusCode);
        Assert.DoesNotContain(committee.Set.Id.ToString(), await other.Anna.GetPageAsync("/Market/Recognition/CriteriaSets"));
        var start = await other.Anna.PostFormAsync("/Market/Recognition/Index?handler=Start",
            new() { ["itemId"] = (await app.PublishedItemAsync()).Id.ToString(), ["criteriaSetId"] = committee.Set.Id.ToString() });
        Assert.Contains("Kies een gepubliceerde criteriaset.", await start.HtmlAsync());
    }

    [Fact]
    public async Task PublicDecision_ShowsReasoningAndConsensus_NeverTheAssessorsOrTheirScores()
    {
        var committee = await app.CommitteeAsync();
        var item = await app.PublishedItemAsync();
        var id = await committee.StartAsync(item);
        var version = await app.ReadyToDecideAsync(committee, id);
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Market/Recognition/Decision/{id}")).StatusCode);

        await committee.Anna.PostFormAsync($"/Market/Recognition/Details/{id}?handler=Decide",
            new() { ["version"] = version.ToString(CultureInfo.InvariantCulture), ["Reasoning"] = "Openbare onderbouwing met bewijs" });

        var html = WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Market/Recognition/Decision/{id}"));
        Assert.Contains("Openbare onderbouwing met bewijs", html);
        Assert.Contains("Samen vastgesteld (effect)", html);
        Assert.Contains("Erkend – goed onderbouwd", html);
        foreach (var secret in new[] { committee.AnnaName, committee.BramName, "Anna vindt", "Bram vindt" })
            Assert.DoesNotContain(secret, html);
    }

    [Fact]
    public async Task Badge_ShowsOnTheItemPage_AndDisappearsOnceExpired()
    {
        var committee = await app.CommitteeAsync();
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var current = await app.PublishedItemAsync();
        var expired = await app.PublishedItemAsync();
        var currentId = await DecidedAsync(committee, current, RecognitionSubject.Today(TimeProvider.System).AddDays(-10));
        var expiredId = await DecidedAsync(committee, expired, RecognitionSubject.Today(TimeProvider.System).AddMonths(-37));

        var page = WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Market/Items/{current.Id}"));
        Assert.Contains($"/Market/Recognition/Decision/{currentId}", page);
        Assert.Contains("Erkend – goed onderbouwd · geldig tot", page);
        var old = await teacher.GetPageAsync($"/Market/Items/{expired.Id}");
        Assert.DoesNotContain($"/Market/Recognition/Decision/{expiredId}", old);
        Assert.Contains("Deze erkenning is verlopen", WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Market/Recognition/Decision/{expiredId}")));
    }

    /// <summary>A decision taken on a given day, straight through the entity methods, to place it in the past.</summary>
    private async Task<Guid> DecidedAsync(Committee committee, CatalogItem item, DateOnly decidedOn)
    {
        var set = committee.Set;
        var assessment = Assessment.Start(set, committee.Platform.Id, RecognitionSubject.Kind, item.Id, item.Title);
        var scores = RecognitionTestData.Keys.Select(k => new CriterionScore(k, 3, "Voldoende")).ToList();
        assessment.SaveDraft(set, Guid.NewGuid(), "A", scores);
        assessment.SaveDraft(set, Guid.NewGuid(), "B", scores);
        foreach (var scoring in assessment.Scorings) assessment.Submit(set, scoring.AssessorId, DateTimeOffset.UtcNow);
        assessment.AgreeOn(set, scores);
        var outcome = assessment.Decide(set, "Voldoende onderbouwd", "Commissie", DateTimeOffset.UtcNow, decidedOn);
        await app.WithDbAsync(async db =>
        {
            db.Assessments.Add(assessment);
            (await db.CatalogItems.SingleAsync(i => i.Id == item.Id)).ApplyRecognition(outcome.Level, outcome.ValidUntil(decidedOn));
            return await db.SaveChangesAsync();
        }, committee.Platform);
        return assessment.Id;
    }

    [Fact]
    public async Task CriteriaPage_ShowsAPublishedSetToEveryone_AndAnUnpublishedOneOnlyToItsOwner()
    {
        var committee = await app.CommitteeAsync();
        var draft = RecognitionDemoData.LearningMaterialsSet(committee.Platform.Id);
        draft.Name = "Conceptset in de maak";
        await app.WithDbAsync(async db => { db.CriteriaSets.Add(draft); return await db.SaveChangesAsync(); });
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var supplier = await app.LoginAsync((await app.CreateUserAsync(await app.CreateOrganizationAsync(new Supplier()), Roles.Supplier)).Email!);

        var published = WebUtility.HtmlDecode(await teacher.GetPageAsync($"/Market/Recognition/Criteria/{committee.Set.Id}"));
        Assert.Contains("Bewijs van effect", published);
        Assert.Contains("Gewogen score ten minste 80% en bij elk criterium ten minste 3", published);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Market/Recognition/Criteria/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"/Market/Recognition/Criteria/{draft.Id}")).StatusCode);
        Assert.Contains("Concept: deze criteriaset is nog niet gepubliceerd", WebUtility.HtmlDecode(await committee.Anna.GetPageAsync($"/Market/Recognition/Criteria/{draft.Id}")));
    }
}
