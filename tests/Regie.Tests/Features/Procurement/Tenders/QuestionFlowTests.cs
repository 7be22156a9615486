using System.Net;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using Regie.Tests.Features.Procurement.Projects;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Procurement.Tenders;

/// <summary>A supplier's question, the board's answer and the clarification notes, seen from both sides.</summary>
[Collection(AppCollection.Name)]
public sealed class QuestionFlowTests(RegieApp app)
{
    private static string Portal(Guid id) => $"/Procurement/Tenders/Project/{id}";
    private static string Board(Guid id) => $"/Procurement/Projects/Questions/{id}";

    private async Task<ProjectQuestion> AskAsync(HttpClient supplier, Guid projectId, string text)
    {
        var response = await supplier.PostFormAsync($"{Portal(projectId)}?handler=Ask", new() { ["text"] = text, ["reference"] = "Programma van eisen, W1" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.ProjectQuestions.IgnoreQueryFilters().SingleAsync(q => q.ProjectId == projectId && q.Text == text));
    }

    private async Task AnswerAndPublishAsync(HttpClient board, Guid projectId, ProjectQuestion question, string answer)
    {
        await board.PostFormAsync($"{Board(projectId)}?handler=Answer", new() { ["questionId"] = question.Id.ToString(), ["version"] = ProjectTestData.V(question.Version), ["answer"] = answer });
        var publish = await board.PostFormAsync($"{Board(projectId)}?handler=Publish", new() { ["questionId"] = question.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
    }

    [Fact]
    public async Task AnAnswer_ReachesEveryInvitedSupplier_WithoutTheAsker()
    {
        var (boardOrg, _, board) = await app.BoardUserAsync(Roles.Purchaser);
        var (asker, _, askerClient) = await app.SupplierUserAsync("Vraagsteller Leermiddelen B.V.");
        var (other, otherUser, otherClient) = await app.SupplierUserAsync();
        var (_, _, outsider) = await app.SupplierUserAsync();
        var project = await app.OpenProjectAsync(boardOrg, asker, other);

        var question = await AskAsync(askerClient, project.Id, "Mag de oefenstof ook offline werken?");
        Assert.Contains("Vraagsteller Leermiddelen B.V.", await board.GetPageAsync(Board(project.Id)));
        Assert.DoesNotContain("offline werken", await otherClient.GetPageAsync(Portal(project.Id)));

        await AnswerAndPublishAsync(board, project.Id, question, "Ja, zolang de voortgang later wordt bijgewerkt.");

        var askerPage = await askerClient.GetPageAsync(Portal(project.Id));
        var otherPage = await otherClient.GetPageAsync(Portal(project.Id));
        foreach (var page in new[] { askerPage, otherPage })
        {
            Assert.Contains("Mag de oefenstof ook offline werken?", page);
            Assert.Contains("zolang de voortgang later wordt bijgewerkt", page);
        }
        const string OwnBadge = "<span class=\"regie-badge\">uw vraag</span>";
        Assert.Contains(OwnBadge, askerPage);
        Assert.DoesNotContain(OwnBadge, otherPage);
        Assert.DoesNotContain(asker.Name, otherPage);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Portal(project.Id))).StatusCode);

        var mail = await app.Mail.WaitForAsync(otherUser.Email!);
        Assert.Contains(project.Title, mail.Subject);
        Assert.Contains(Portal(project.Id), mail.TextBody);
        Assert.DoesNotContain(asker.Name, mail.TextBody);
        var published = await app.WithDbAsync(db => db.ProjectQuestions.IgnoreQueryFilters().SingleAsync(q => q.Id == question.Id));
        Assert.NotNull(published.PublishedAt);
    }

    [Fact]
    public async Task NotesAreNumbered_LaterAnswersMakeTheNext_AndEveryInvitedSupplierDownloadsThem()
    {
        var (boardOrg, _, board) = await app.BoardUserAsync(Roles.Purchaser);
        var (asker, _, askerClient) = await app.SupplierUserAsync();
        var (other, _, otherClient) = await app.SupplierUserAsync();
        var project = await app.OpenProjectAsync(boardOrg, asker, other);

        var first = await AskAsync(askerClient, project.Id, "Hoeveel leerlingen telt de opdracht?");
        await AnswerAndPublishAsync(board, project.Id, first, "Ongeveer 1.800 leerlingen.");
        await board.PostFormAsync($"{Board(project.Id)}?handler=Announce", new() { ["text"] = "De startdatum schuift naar 1 augustus.", ["reference"] = "" });
        await board.PostFormAsync($"{Board(project.Id)}?handler=Compile", []);
        var second = await AskAsync(otherClient, project.Id, "Is een proefperiode mogelijk?");
        await AnswerAndPublishAsync(board, project.Id, second, "Ja, zes weken.");
        await board.PostFormAsync($"{Board(project.Id)}?handler=Compile", []);
        await board.PostFormAsync($"{Board(project.Id)}?handler=Compile", []); // nothing new: no third note

        var notes = await app.WithDbAsync(db => db.ClarificationNotes.IgnoreQueryFilters().Where(n => n.ProjectId == project.Id).OrderBy(n => n.Number).ToListAsync());
        Assert.Equal([1, 2], notes.Select(n => n.Number));
        Assert.Equal(2, notes[0].Entries.Count);
        Assert.All(notes[0].Entries, e => Assert.True(e.New));
        Assert.Equal(3, notes[1].Entries.Count);
        Assert.Equal([false, false, true], notes[1].Entries.Select(e => e.New));
        var numbers = await app.WithDbAsync(db => db.ProjectQuestions.IgnoreQueryFilters().Where(q => q.ProjectId == project.Id).OrderBy(q => q.Number).Select(q => q.NoteNumber).ToListAsync());
        Assert.Equal([1, 1, 2], numbers);

        foreach (var (client, url) in new[] { (board, Board(project.Id)), (askerClient, Portal(project.Id)), (otherClient, Portal(project.Id)) })
        {
            var pdf = await client.GetAsync($"{url}?handler=Note&number=2");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
            Assert.Equal("Nota van inlichtingen 2", document.Info.Title);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await askerClient.GetAsync($"{Portal(project.Id)}?handler=Note&number=3")).StatusCode);
    }

    [Fact]
    public async Task AfterTheQuestionsDeadline_NoQuestionIsTaken()
    {
        var (boardOrg, _, _) = await app.BoardUserAsync(Roles.Purchaser);
        var (supplier, _, client) = await app.SupplierUserAsync();
        var project = await app.OpenProjectAsync(boardOrg, supplier);
        await app.WithDbAsync(async db =>
        {
            var p = await db.ProcurementProjects.IgnoreQueryFilters().SingleAsync(x => x.Id == project.Id);
            p.QuestionsDeadline = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        }, boardOrg);

        await client.PostFormAsync($"{Portal(project.Id)}?handler=Ask", new() { ["text"] = "Te laat?" });

        Assert.False(await app.WithDbAsync(db => db.ProjectQuestions.IgnoreQueryFilters().AnyAsync(q => q.ProjectId == project.Id)));
    }

    [Fact]
    public async Task ASupplier_SeesItsInvitations_AndCanDecline()
    {
        var (boardOrg, _, board) = await app.BoardUserAsync(Roles.Purchaser);
        var (supplier, _, client) = await app.SupplierUserAsync();
        var project = await app.OpenProjectAsync(boardOrg, supplier);
        var hidden = await app.CreateProjectAsync(boardOrg); // in preparation: not visible yet

        var list = await client.GetPageAsync("/Procurement/Tenders/Index");
        Assert.Contains(project.Title, list);
        Assert.Contains(boardOrg.Name, list);
        Assert.DoesNotContain(hidden.Title, list);

        await client.PostFormAsync($"{Portal(project.Id)}?handler=Decline", new() { ["reason"] = "Geen capaciteit dit jaar." });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Portal(project.Id))).StatusCode);
        Assert.Contains("Geen capaciteit dit jaar.", await board.GetPageAsync($"/Procurement/Projects/Suppliers/{project.Id}"));
    }

    [Fact]
    public async Task BoardUsers_CannotOpenThePortal_AndSuppliersCannotOpenTheBoardSide()
    {
        var (boardOrg, _, board) = await app.BoardUserAsync(Roles.Purchaser);
        var (supplier, _, client) = await app.SupplierUserAsync();
        var project = await app.OpenProjectAsync(boardOrg, supplier);

        Assert.Contains("/Account/AccessDenied", (await board.GetAsync(Portal(project.Id))).Location());
        Assert.Contains("/Account/AccessDenied", (await client.GetAsync(Board(project.Id))).Location());
    }
}
