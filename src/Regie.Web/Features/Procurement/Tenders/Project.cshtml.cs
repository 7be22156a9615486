using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Tenders;

/// <summary>
/// A tender as an invited supplier reads it: the documents, every published answer (never who asked, except its own
/// questions), the clarification notes, and the forms to ask a question or decline.
/// </summary>
[Authorize(Policy = Capabilities.RespondToTenders)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)]
public sealed class ProjectModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public const int ReferenceMax = 200;

    public ProcurementProject Project { get; private set; } = null!;
    public ProjectSupplier Invitation { get; private set; } = null!;
    public string BoardName { get; private set; } = "";
    public List<Requirement> Requirements { get; private set; } = [];
    public List<ProjectQuestion> Questions { get; private set; } = [];
    public List<ClarificationNote> Notes { get; private set; } = [];

    public bool CanAsk => Project.IsOpen && Project.QuestionsDeadline is { } deadline && clock.GetUtcNow() < deadline;
    public bool IsOwn(ProjectQuestion question) => question.SupplierId == Invitation.SupplierId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetNoteAsync(Guid id, int number, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Notes.FirstOrDefault(n => n.Number == number) is { } note ? ClarificationNotes.Pdf(Project, BoardName, note, clock.GetUtcNow()) : NotFound();
    }

    public async Task<IActionResult> OnPostAskAsync(Guid id, string? text, string? reference, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAsk) return Done(id, "De termijn om vragen te stellen is voorbij.");
        if (string.IsNullOrWhiteSpace(text)) return Done(id, "Vul uw vraag in.");
        if (text.Length > ProjectQuestion.TextMax) return Done(id, "Uw vraag mag niet langer zijn dan 4.000 tekens.");
        if (reference?.Length > ReferenceMax) return Done(id, "‘Betreft’ mag niet langer zijn dan 200 tekens.");
        var question = new ProjectQuestion
        {
            BoardId = Project.BoardId, ProjectId = id, SupplierId = Invitation.SupplierId, Kind = QuestionKind.Question,
            Number = await SupplierAccess.NextQuestionNumberAsync(db, Invitation, ct), Text = text.Trim(),
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), AskedAt = clock.GetUtcNow(),
        };
        db.ProjectQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return Done(id, $"Uw vraag is ontvangen als vraag {question.Number}. Het antwoord verschijnt hier voor alle uitgenodigde leveranciers tegelijk.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
            return Done(id, string.IsNullOrWhiteSpace(reason) ? "Vul de reden in waarom u niet inschrijft; dat helpt de opdrachtgever." : "De reden mag niet langer zijn dan 1.000 tekens.");
        var invitation = await SupplierAccess.TrackedInvitationAsync(db, Invitation, ct);
        invitation.Decline(reason);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"U heeft zich afgemeld voor {Project.Title}. De opdrachtgever ziet uw reden.";
        return RedirectToPage("Index");
    }

    /// <summary>Everything through <see cref="SupplierAccess"/>: another supplier's or a non-invited project is simply not found.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await SupplierAccess.InvitationAsync(db, id, tenant.OrganizationId!.Value, ct) is not { } access) return false;
        (Project, Invitation) = access;
        BoardName = await SupplierAccess.BoardNameAsync(db, Project.BoardId, ct);
        Requirements = await SupplierAccess.RequirementsAsync(db, Invitation, ct);
        Questions = await SupplierAccess.QuestionsAsync(db, Invitation, ct);
        Notes = await SupplierAccess.NotesAsync(db, Invitation, ct);
        return true;
    }

    private RedirectToPageResult Done(Guid id, string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id });
    }
}
