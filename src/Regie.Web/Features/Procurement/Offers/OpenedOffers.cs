using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Offers;

public sealed record DocumentView(Guid Id, Envelope Envelope, string FileName, long Size);

/// <summary>One offer as the board reads it after opening; envelopes that are still sealed are null.</summary>
public sealed record OpenedOffer(Offer Offer, OfferQuality? Quality, IReadOnlyList<Requirement> FailedKnockOuts,
    IReadOnlyList<DocumentView> Documents, PriceSheet? Price)
{
    public bool ProposedForExclusion => Offer.Status == OfferStatus.Submitted && FailedKnockOuts.Count > 0;
}

/// <summary>
/// What the board may know about a project's offers at a moment: before the offers are opened only how many were
/// submitted; after opening the submitted offers' quality envelopes, and their price envelopes once quality is final.
/// </summary>
public sealed record OfferOverview(ProcurementProject Project, bool Opened, int SubmittedCount,
    IReadOnlyList<Requirement> Requirements, IReadOnlyList<OpenedOffer> Offers, IReadOnlyList<Offer> NotSubmitted)
{
    public static async Task<OfferOverview> LoadAsync(RegieDbContext db, OfferEnvelopes envelopes, ProcurementProject project, DateTimeOffset now, CancellationToken ct)
    {
        var offers = db.Offers.AsNoTracking().Where(o => o.ProjectId == project.Id);
        var opened = project.OfferDeadlinePassed(now) && (project.OffersOpened || await offers.AnyAsync(o => o.QualityOpenedAt != null, ct));
        var submitted = await offers.CountAsync(o => o.Status == OfferStatus.Submitted || o.Status == OfferStatus.Excluded, ct);
        if (!opened) return new OfferOverview(project, false, submitted, [], [], []);

        var requirements = await OfferChecks.Current(db.Requirements.AsNoTracking(), project.Id).ToListAsync(ct);
        var all = await offers.Include(o => o.Documents).OrderBy(o => o.SupplierName).ToListAsync(ct);
        var read = all.Where(o => o.QualityOpenedAt is not null && OfferEnvelopes.QualityIsOpen(project, o, now)).Select(o =>
        {
            var quality = envelopes.OpenQuality(project, o, now);
            var documents = o.Documents.OrderBy(d => d.Envelope).ThenBy(d => d.UploadedAt).Where(d => d.Envelope == Envelope.Quality || OfferEnvelopes.PriceIsOpen(project, o, now))
                .Select(d => new DocumentView(d.Id, d.Envelope, envelopes.OpenDocument(project, o, d, now).FileName, d.Size)).ToList();
            var price = o.PriceOpenedAt is not null && OfferEnvelopes.PriceIsOpen(project, o, now) ? envelopes.OpenPrice(project, o, now) : null;
            return new OpenedOffer(o, quality, OfferChecks.FailedKnockOuts(requirements, quality), documents, price);
        }).ToList();
        var notSubmitted = all.Where(o => read.All(r => r.Offer.Id != o.Id)).ToList();
        return new OfferOverview(project, true, submitted, requirements, read, notSubmitted);
    }
}
