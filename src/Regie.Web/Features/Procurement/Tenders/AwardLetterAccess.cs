using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Tenders;

/// <summary>A decision as one supplier may read it: only with the reason addressed to that supplier's own offer.</summary>
public sealed record OwnAwardLetter(AwardDecision Decision, AwardReason Reason);

/// <summary>
/// The award decisions a supplier has a letter in. Starts from <see cref="SupplierAccess.InvitationAsync"/> (the supplier
/// must be invited) and, like it, reads past the board filter only for that project and the supplier's own offers.
/// </summary>
public static class AwardLetterAccess
{
    public static async Task<(ProcurementProject Project, IReadOnlyList<OwnAwardLetter> Letters)?> LettersAsync(
        RegieDbContext db, Guid projectId, Guid supplierId, CancellationToken ct)
    {
        if (await SupplierAccess.InvitationAsync(db, projectId, supplierId, ct) is not var (project, _)) return null;
        var ownOffers = await db.Offers.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.ProjectId == project.Id && o.BoardId == project.BoardId && o.SupplierId == supplierId)
            .Select(o => o.Id).ToListAsync(ct);
        var decisions = await db.AwardDecisions.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.ProjectId == project.Id && d.BoardId == project.BoardId).ToListAsync(ct);
        var letters = decisions.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
            .Select(d => d.Reasons.FirstOrDefault(r => ownOffers.Contains(r.OfferId)) is { } reason ? new OwnAwardLetter(d, reason) : null)
            .OfType<OwnAwardLetter>().ToList();
        return (project, letters);
    }
}
