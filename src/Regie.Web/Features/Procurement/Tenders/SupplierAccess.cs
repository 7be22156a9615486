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

    /// <summary>The projects the supplier is invited to, newest first.</summary>
    public static IQueryable<ProcurementProject> InvitedProjects(RegieDbContext db, Guid supplierId) =>
        db.ProcurementProjects.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ArchivedAt == null && p.Status != ProjectStatus.Preparing
                && db.ProjectSuppliers.IgnoreQueryFilters().Any(s => s.ProjectId == p.Id && s.BoardId == p.BoardId
                    && s.SupplierId == supplierId && s.Status == InvitationStatus.Invited))
            .OrderByDescending(p => p.CreatedAt);
}
