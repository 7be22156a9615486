using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Authorization;
using static Regie.Tests.Features.Collaboration.InitiativeTestData;

namespace Regie.Tests.Features.Collaboration;

[Collection(AppCollection.Name)]
public sealed class FlowchartPageTests(RegieApp app)
{
    private async Task<HttpResponseMessage> AnswerAsync(HttpClient client, Guid id, string step, string? answer, string rationale = "Zo besloten in het team.", string? partnership = null)
    {
        var version = (await app.FindAsync<Initiative>(id)).Version;
        var form = new Dictionary<string, string> { ["Input.Step"] = step, ["Input.Rationale"] = rationale, ["Input.Version"] = V(version) };
        if (answer is not null) form["Input.Answer"] = answer;
        if (partnership is not null) form["Input.Partnership"] = partnership;
        return await client.PostFormAsync($"/Collaboration/Flowchart/{id}", form);
    }

    [Fact]
    public async Task Walking_to_scenario_2_and_going_back_changes_the_scenario_and_the_audit_trail_shows_the_path()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var initiative = await app.CreateInitiativeAsync(board);
        var id = initiative.Id;

        Assert.Contains("Heeft de school een idee voor een digitaal hulpmiddel dat nog nergens te krijgen is?", await client.GetPageAsync($"/Collaboration/Flowchart/{id}"));
        foreach (var step in new[] { "IdeaIsNew", "MarketLacksIt", "ConsultationConfirms", "NotBuildingItself" })
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(client, id, step, "true", $"Reden bij {step}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(client, id, "Partnership", null, "Ons idee", "SchoolIdea")).StatusCode);

        var walked = await app.FindAsync<Initiative>(id);
        Assert.Equal(Scenario.SchoolIdea, walked.Scenario);
        Assert.Equal("Reden bij MarketLacksIt", walked.MarketLacksItWhy);
        var done = await client.GetPageAsync($"/Collaboration/Flowchart/{id}");
        Assert.Contains("Uitkomst: scenario 2", done);
        Assert.Contains("href=\"/Collaboration/Scenarios/2\"", done);

        var change = await client.GetPageAsync($"/Collaboration/Flowchart/{id}?wijzig=MarketLacksIt");
        Assert.Contains("Vraag 2 van 5 (wijzigen)", change);
        Assert.Contains("<details class=\"regie-term\"><summary>vraagverheldering", change);

        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(client, id, "MarketLacksIt", "false", "Toch gevonden bij een uitgever")).StatusCode);

        var changed = await app.FindAsync<Initiative>(id);
        Assert.Equal(Scenario.Buy, changed.Scenario);
        Assert.Null(changed.ConsultationConfirms);
        Assert.Null(changed.Partnership);
        Assert.Null(changed.PartnershipWhy);
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id).OrderBy(a => a.Id).ToListAsync(), board);
        var scenarioChanges = entries.SelectMany(e => e.Changes).Where(c => c.Field == "Scenario").ToList();
        Assert.Equal(2, scenarioChanges.Count);
        Assert.Contains("Scenario 2", scenarioChanges[1].Old);
        Assert.Contains("Scenario 4", scenarioChanges[1].New);
        var history = await client.GetPageAsync($"/Collaboration/History/{id}");
        Assert.Contains("Toch gevonden bij een uitgever", history);
        Assert.Contains("Toelichting samenwerkingsvorm", history);
    }

    [Fact]
    public async Task An_answer_without_rationale_or_with_10000_characters_is_refused_in_Dutch_and_not_saved()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var initiative = await app.CreateInitiativeAsync(board);

        var empty = await AnswerAsync(client, initiative.Id, "IdeaIsNew", "true", "");
        var tooLong = await AnswerAsync(client, initiative.Id, "IdeaIsNew", "true", new string('x', 10_000));
        var noChoice = await AnswerAsync(client, initiative.Id, "IdeaIsNew", null);

        Assert.Contains("Licht uw antwoord kort toe", await empty.Content.ReadAsStringAsync());
        Assert.Contains("De toelichting mag niet langer zijn dan 4.000 tekens; u gebruikte er 10.000.", await tooLong.Content.ReadAsStringAsync());
        Assert.Contains("Kies ja of nee.", await noChoice.Content.ReadAsStringAsync());
        Assert.All([empty, tooLong, noChoice], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await app.FindAsync<Initiative>(initiative.Id);
        Assert.Null(stored.IdeaIsNew);
        Assert.Equal(0, stored.Version);
    }

    [Fact]
    public async Task A_question_off_the_path_or_a_partnership_too_early_changes_nothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var initiative = await app.CreateInitiativeAsync(board, walk: i => i.Answer(FlowchartStep.IdeaIsNew, false, "Bestaat al"));

        await AnswerAsync(client, initiative.Id, "ConsultationConfirms", "true");
        await AnswerAsync(client, initiative.Id, "Partnership", null, partnership: "CoProduction");

        var stored = await app.FindAsync<Initiative>(initiative.Id);
        Assert.Equal(Scenario.Buy, stored.Scenario);
        Assert.Null(stored.ConsultationConfirms);
        Assert.Null(stored.Partnership);
    }

    [Fact]
    public async Task A_second_answer_on_a_stale_page_gets_the_conflict()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.SchoolLeader);
        var initiative = await app.CreateInitiativeAsync(board);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(client, initiative.Id, "IdeaIsNew", "true")).StatusCode);

        var stale = await client.PostFormAsync($"/Collaboration/Flowchart/{initiative.Id}", new()
        {
            ["Input.Step"] = "IdeaIsNew", ["Input.Answer"] = "false", ["Input.Rationale"] = "Andere mening", ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Iemand anders heeft dit initiatief gewijzigd", await stale.Content.ReadAsStringAsync());
        Assert.True((await app.FindAsync<Initiative>(initiative.Id)).IdeaIsNew);
    }

    [Fact]
    public async Task A_teacher_sees_the_flowchart_but_cannot_answer()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var initiative = await app.CreateInitiativeAsync(board);

        var html = await client.GetPageAsync($"/Collaboration/Flowchart/{initiative.Id}");
        var post = await client.PostFormAsync($"/Collaboration/Flowchart/{initiative.Id}", new()
        {
            ["Input.Step"] = "IdeaIsNew", ["Input.Answer"] = "true", ["Input.Rationale"] = "x", ["Input.Version"] = "0",
        });

        Assert.DoesNotContain("Antwoord opslaan", html);
        AssertForbidden(post);
        Assert.Null((await app.FindAsync<Initiative>(initiative.Id)).IdeaIsNew);
    }

    [Theory]
    [InlineData(1, "Samen ontwikkelen (co-productie)")]
    [InlineData(5, "Zelf doen")]
    public async Task Scenario_pages_and_the_glossary_explain_in_our_words(int number, string title)
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);

        var scenario = await client.GetPageAsync($"/Collaboration/Scenarios/{number}");
        var overview = await client.GetPageAsync("/Collaboration/Scenarios");
        var glossary = await client.GetPageAsync("/Collaboration/Glossary");

        Assert.Contains($"Scenario {number}: {title}", scenario);
        Assert.Contains("<caption>Wie doet wat in elke fase", scenario);
        Assert.Contains("<details class=\"regie-term\">", scenario);
        Assert.Contains("Marktpartij (school eventueel)", overview);
        Assert.Contains("id=\"term-marktconsultatie\"", glossary);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Collaboration/Scenarios/6")).StatusCode);
    }
}
