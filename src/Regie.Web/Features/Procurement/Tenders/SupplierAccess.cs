using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Tenders;

/// <summary>
/// The one way a supplier reads a board's procurement records. Projects are board-owned, so the supplier side bypasses
/// the board filter here — and only here — limited to projects the supplier is invited to.
/// </summary>
public static class SupplierAccess
{
    /// <summary>The project and the supplier's invitation, or null when the supplier is not (or no longer) invited.</summary>
    public static async Task<(ProcurementProject Project, ProjectSupplier Invitation)?> InvitationAsync(
        RegieDbContext db, Guid projectId, Guid supplierId, CancellationToken ct)
    {
        var invitation = await db.ProjectSuppliers.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProjectId == projectId && s.SupplierId == supplierId && s.Status == InvitationStatus.Invited, ct);
        if (invitation is null) return null;
        var project = await db.ProcurementProjects.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == projectId && p.BoardId == invitation.BoardId && p.ArchivedAt == null
                && p.Status != ProjectStatus.Preparing, ct);
        return project is null ? null : (project, invitation);
    }

    /// <summary>The projects the supplier is invited to; callers sort in memory (SQLite cannot order by a DateTimeOffset).</summary>
    public static IQueryable<ProcurementProject> InvitedProjects(RegieDbContext db, Guid supplierId) =>
        db.ProcurementProjects.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ArchivedAt == null && p.Status != ProjectStatus.Preparing
                && db.ProjectSuppliers.IgnoreQueryFilters().Any(s => s.ProjectId == p.Id && s.BoardId == p.BoardId
                    && s.SupplierId == supplierId && s.Status == InvitationStatus.Invited));

    // The reads below take an invitation that InvitationAsync returned, so they can only follow its check.

    public static Task<List<Requirement>> RequirementsAsync(RegieDbContext db, ProjectSupplier invitation, CancellationToken ct) =>
        db.Requirements.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ProjectId == invitation.ProjectId && r.BoardId == invitation.BoardId && r.ArchivedAt == null)
            .OrderBy(r => r.Order).ToListAsync(ct);

    /// <summary>Published questions and announcements, plus the supplier's own questions that are not answered yet.</summary>
    public static Task<List<ProjectQuestion>> QuestionsAsync(RegieDbContext db, ProjectSupplier invitation, CancellationToken ct) =>
        db.ProjectQuestions.IgnoreQueryFilters().AsNoTracking()
            .Where(q => q.ProjectId == invitation.ProjectId && q.BoardId == invitation.BoardId
                && (q.PublishedAt != null || q.SupplierId == invitation.SupplierId))
            .OrderBy(q => q.Number).ToListAsync(ct);

    public static Task<List<ClarificationNote>> NotesAsync(RegieDbContext db, ProjectSupplier invitation, CancellationToken ct) =>
        db.ClarificationNotes.IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.ProjectId == invitation.ProjectId && n.BoardId == invitation.BoardId)
            .OrderBy(n => n.Number).ToListAsync(ct);

    /// <summary>The invitation itself, tracked, for the supplier's own answer to it (declining).</summary>
    public static Task<ProjectSupplier> TrackedInvitationAsync(RegieDbContext db, ProjectSupplier invitation, CancellationToken ct) =>
        db.ProjectSuppliers.IgnoreQueryFilters().SingleAsync(s => s.Id == invitation.Id && s.BoardId == invitation.BoardId, ct);

    public static Task<string> BoardNameAsync(RegieDbContext db, Guid boardId, CancellationToken ct) =>
        db.Organizations.Where(o => o.Id == boardId).Select(o => o.Name).SingleAsync(ct);

    /// <summary>The next question number in the project, counted over the board's questions and announcements.</summary>
    public static async Task<int> NextQuestionNumberAsync(RegieDbContext db, ProjectSupplier invitation, CancellationToken ct) =>
        (await db.ProjectQuestions.IgnoreQueryFilters()
            .Where(q => q.ProjectId == invitation.ProjectId && q.BoardId == invitation.BoardId)
            .MaxAsync(q => (int?)q.Number, ct) ?? 0) + 1;
}
