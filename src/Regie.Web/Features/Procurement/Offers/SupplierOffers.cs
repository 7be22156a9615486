using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>
/// The supplier's side of offers. Offers are board-owned, so this bypasses the board filter — limited to the one
/// offer of the signed-in supplier on a project it reached through <see cref="Tenders.SupplierAccess"/>.
/// </summary>
public static class SupplierOffers
{
    public static async Task<Offer?> OwnAsync(RegieDbContext db, ProcurementProject project, Guid supplierId, CancellationToken ct, bool withDocuments = false)
    {
        var offers = db.Offers.IgnoreQueryFilters().Where(o => o.ProjectId == project.Id && o.BoardId == project.BoardId && o.SupplierId == supplierId);
        if (withDocuments) offers = offers.Include(o => o.Documents);
        var offer = await offers.SingleOrDefaultAsync(ct);
        // In memory: SQLite cannot order by a DateTimeOffset.
        offer?.Documents.Sort((a, b) => a.UploadedAt.CompareTo(b.UploadedAt));
        return offer;
    }

    /// <summary>The project's current requirements, which the supplier answers.</summary>
    public static Task<List<Requirement>> RequirementsAsync(RegieDbContext db, ProcurementProject project, CancellationToken ct) =>
        OfferChecks.Current(db.Requirements.IgnoreQueryFilters().AsNoTracking().Where(r => r.BoardId == project.BoardId), project.Id).ToListAsync(ct);

    /// <summary>A new draft offer of the supplier, added to the context.</summary>
    public static Offer AddDraft(RegieDbContext db, ProcurementProject project, Guid supplierId, string supplierName)
    {
        var offer = new Offer { BoardId = project.BoardId, ProjectId = project.Id, SupplierId = supplierId, SupplierName = supplierName };
        db.Offers.Add(offer);
        return offer;
    }
}
