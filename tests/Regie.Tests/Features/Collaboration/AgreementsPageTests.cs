using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Authorization;
using static Regie.Tests.Features.Collaboration.InitiativeTestData;

namespace Regie.Tests.Features.Collaboration;

[Collection(AppCollection.Name)]
public sealed class AgreementsPageTests(RegieApp app)
{
    /// <summary>The whole checklist as the page posts it, with the given rows filled in.</summary>
    private static Dictionary<string, string> Checklist(Dictionary<AgreementTopic, (string? Agreement, string? Owner, string? Due, bool Done)> filled, Func<AgreementTopic, int>? version = null)
    {
        var form = new Dictionary<string, string>();
        foreach (var (topic, i) in Enum.GetValues<AgreementTopic>().Select((t, i) => (t, i)))
        {
            var row = filled.GetValueOrDefault(topic);
            form[$"Rows[{i}].Topic"] = topic.ToString();
            form[$"Rows[{i}].Version"] = V(version?.Invoke(topic) ?? 0);
            form[$"Rows[{i}].Agreement"] = row.Agreement ?? "";
            form[$"Rows[{i}].Owner"] = row.Owner ?? "";
            form[$"Rows[{i}].DueDate"] = row.Due ?? "";
            form[$"Rows[{i}].Done"] = row.Done ? "true" : "false";
        }
        return form;
    }

    private async Task<Initiative> ScenarioTwoAsync(Regie.Web.Infrastructure.Tenancy.Board board) =>
        await app.CreateInitiativeAsync(board, walk: i => { ToPartnership(i); i.ChoosePartnership(Partnership.SchoolIdea, "Ons idee"); });

    [Fact]
    public async Task Filling_the_checklist_saves_only_the_topics_with_content_and_exports_them()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var initiative = await ScenarioTwoAsync(board);
        var url = $"/Collaboration/Agreements/{initiative.Id}";
        var page = await client.GetPageAsync(url);
        Assert.Contains("(belangrijk bij uw scenario)", page);

        var response = await client.PostFormAsync(url, Checklist(new()
        {
            [AgreementTopic.Ownership] = ("De software is van de uitgever, de teksten van ons.", "Bestuurder", "2026-04-01", true),
            [AgreementTopic.ExitMoments] = (null, "Ict-coördinator", null, false),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = await app.WithDbAsync(db => db.AgreementItems.Where(a => a.InitiativeId == initiative.Id).OrderBy(a => a.Topic).ToListAsync(), board);
        Assert.Equal([AgreementTopic.Ownership, AgreementTopic.ExitMoments], items.Select(i => i.Topic));
        Assert.True(items[0].Done);
        Assert.Equal(new DateOnly(2026, 4, 1), items[0].DueDate);
        Assert.Equal(board.Id, items[1].BoardId);
        Assert.Contains("1 van de 9 gemaakt", await client.GetPageAsync(url));

        var csv = await client.GetStringAsync(url + "?handler=Export&format=csv");
        Assert.Contains("Eigendom en intellectueel eigendom;De software is van de uitgever, de teksten van ons.;Bestuurder;01-04-2026;ja", csv);
        Assert.Contains($"href=\"{url}?handler=Export&amp;format=csv\"", await client.GetPageAsync(url));
    }

    [Fact]
    public async Task Bad_rows_are_named_in_Dutch_and_nothing_is_saved()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var initiative = await ScenarioTwoAsync(board);

        var response = await client.PostFormAsync($"/Collaboration/Agreements/{initiative.Id}", Checklist(new()
        {
            [AgreementTopic.Process] = ("Sprintdemo elke zes weken", null, null, true),
            [AgreementTopic.Warranty] = (new string('g', 10_000), null, "31-02-2026", false),
            [AgreementTopic.Duration] = (null, null, null, true),
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De afspraak bij &#x27;Garantie&#x27; mag niet langer zijn dan 4.000 tekens", html);
        Assert.Contains("Vul bij &#x27;Garantie&#x27; een geldige datum in", html);
        Assert.Contains("Beschrijf bij &#x27;Looptijd van het contract&#x27; wat u hebt afgesproken", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgreementItems.CountAsync(a => a.InitiativeId == initiative.Id), board));
    }

    [Fact]
    public async Task A_stale_checklist_gets_the_conflict_and_keeps_the_stored_agreement()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var initiative = await ScenarioTwoAsync(board);
        var url = $"/Collaboration/Agreements/{initiative.Id}";
        await client.PostFormAsync(url, Checklist(new() { [AgreementTopic.Process] = ("Eerste versie", null, null, false) }));
        await client.PostFormAsync(url, Checklist(new() { [AgreementTopic.Process] = ("Tweede versie", null, null, false) }));

        var stale = await client.PostFormAsync(url, Checklist(new() { [AgreementTopic.Process] = ("Derde versie", null, null, false) }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await app.WithDbAsync(db => db.AgreementItems.SingleAsync(a => a.InitiativeId == initiative.Id), board);
        Assert.Equal("Tweede versie", stored.Agreement);
    }

    [Fact]
    public async Task A_teacher_reads_the_checklist_but_cannot_change_it()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var initiative = await ScenarioTwoAsync(board);
        var url = $"/Collaboration/Agreements/{initiative.Id}";

        Assert.DoesNotContain("Afspraken opslaan", await client.GetPageAsync(url));
        var post = await client.PostFormAsync(url, Checklist(new() { [AgreementTopic.Process] = ("Mag niet", null, null, false) }));

        AssertForbidden(post);
        Assert.Equal(0, await app.WithDbAsync(db => db.AgreementItems.CountAsync(a => a.InitiativeId == initiative.Id), board));
    }
}
