using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>Answering, publishing to every invited supplier at once, announcing, and compiling the clarification note.</summary>
public sealed partial class QuestionsModel
{
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid questionId, int version, string? answer, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        if (await FindAsync(id, questionId, ct) is not { } question) return NotFound();
        if (string.IsNullOrWhiteSpace(answer) || answer.Length > ProjectQuestion.TextMax)
            return Done(id, string.IsNullOrWhiteSpace(answer) ? $"Vul het antwoord op vraag {question.Number} in." : $"Het antwoord op vraag {question.Number} mag niet langer zijn dan 4.000 tekens.");
        if (question.IsPublished) return Done(id, $"Het antwoord op vraag {question.Number} is al gepubliceerd en ligt vast.");
        question.AnswerWith(answer);
        if (!await db.SaveIfUnchangedAsync(question, version, ct)) return Stale(id);
        return Done(id, $"Het antwoord op vraag {question.Number} is opgeslagen. Leveranciers zien het pas na publicatie.");
    }

    /// <summary>Publishes one answer, or with no question every answered one, to all invited suppliers with one moment.</summary>
    public async Task<IActionResult> OnPostPublishAsync(Guid id, Guid? questionId, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        var ready = await db.ProjectQuestions
            .Where(q => q.ProjectId == id && q.PublishedAt == null && q.Answer != null && (questionId == null || q.Id == questionId))
            .ToListAsync(ct);
        ready = ready.Where(q => !string.IsNullOrWhiteSpace(q.Answer)).OrderBy(q => q.Number).ToList();
        if (ready.Count == 0) return Done(id, "Er is geen beantwoorde vraag om te publiceren.");
        var now = clock.GetUtcNow();
        foreach (var question in ready) question.Publish(now);
        await db.SaveChangesAsync(ct);
        await mail.PublishedAsync(Project, ready, BaseUrl, ct);
        return Done(id, ready.Count == 1
            ? $"Vraag {ready[0].Number} en het antwoord zijn gepubliceerd voor alle uitgenodigde leveranciers."
            : $"{ready.Count} antwoorden zijn gepubliceerd voor alle uitgenodigde leveranciers.");
    }

    public async Task<IActionResult> OnPostAnnounceAsync(Guid id, string? text, string? reference, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(text) || text.Length > ProjectQuestion.TextMax || reference?.Length > 200)
            return Done(id, string.IsNullOrWhiteSpace(text) ? "Vul de tekst van de mededeling in." : "De mededeling mag niet langer zijn dan 4.000 tekens, ‘betreft’ niet langer dan 200.");
        var now = clock.GetUtcNow();
        var number = (await db.ProjectQuestions.Where(q => q.ProjectId == id).MaxAsync(q => (int?)q.Number, ct) ?? 0) + 1;
        var announcement = new ProjectQuestion
        {
            BoardId = Project.BoardId, ProjectId = id, Kind = QuestionKind.Announcement, Number = number, Text = text.Trim(),
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), AskedAt = now,
        };
        announcement.Publish(now);
        db.ProjectQuestions.Add(announcement);
        await db.SaveChangesAsync(ct);
        await mail.PublishedAsync(Project, [announcement], BaseUrl, ct);
        return Done(id, $"Mededeling {number} is gepubliceerd voor alle uitgenodigde leveranciers.");
    }

    /// <summary>"Nota van inlichtingen opstellen": freezes everything published so far under the next number.</summary>
    public async Task<IActionResult> OnPostCompileAsync(Guid id, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        var questions = await db.ProjectQuestions.Where(q => q.ProjectId == id).ToListAsync(ct);
        var last = await db.ClarificationNotes.Where(n => n.ProjectId == id).MaxAsync(n => (int?)n.Number, ct) ?? 0;
        if (ClarificationNotes.Compile(Project, questions, last, clock.GetUtcNow(), tenant.UserName) is not { } note)
            return Done(id, last == 0 ? "Er is nog niets gepubliceerd om in een nota op te nemen." : $"Er is niets nieuws gepubliceerd sinds nota {last}.");
        db.ClarificationNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return Done(id, $"Nota van inlichtingen {note.Number} is opgesteld. Alle uitgenodigde leveranciers kunnen haar downloaden.");
    }

    private Task<ProjectQuestion?> FindAsync(Guid projectId, Guid questionId, CancellationToken ct) =>
        db.ProjectQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.ProjectId == projectId && q.Kind == QuestionKind.Question, ct);

    private async Task<IActionResult?> RefuseAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanManage) return Forbid();
        return CanAnswer ? null : Done(id, "Vragen beantwoorden en mededelingen doen kan alleen zolang het traject open is voor inschrijving.");
    }

    private RedirectToPageResult Done(Guid id, string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id });
    }

    private RedirectToPageResult Stale(Guid id) =>
        Done(id, "Iemand anders heeft dit antwoord intussen gewijzigd. Bekijk de actuele tekst en probeer het opnieuw.");

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";
}
