using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Sealing;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>An envelope was asked for before it may open; the message is Dutch and may be shown as is.</summary>
public sealed class EnvelopeClosedException(string message) : Exception(message);

/// <summary>
/// The only place that seals and opens offer content. The board reads the quality envelope once the offer deadline has
/// passed and the price envelope once quality scoring is final; the supplier reads its own offer at any time. Each
/// sealed value is bound to its offer, envelope and revision (documents: to their own id), so bytes moved to another
/// offer, envelope or revision do not open.
/// </summary>
public sealed class OfferEnvelopes(Sealer sealer)
{
    public void SealQuality(Offer offer, OfferQuality content) =>
        offer.SealedQuality = sealer.SealJson(content, EnvelopeContext(offer, Envelope.Quality));

    public void SealPrice(Offer offer, PriceSheet content) =>
        offer.SealedPrice = sealer.SealJson(content, EnvelopeContext(offer, Envelope.Price));

    /// <summary>A new document for the offer; the caller adds it to the offer's documents.</summary>
    public OfferDocument SealDocument(Offer offer, Envelope envelope, OfferFile file, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        return new OfferDocument
        {
            Id = id,
            BoardId = offer.BoardId,
            OfferId = offer.Id,
            Envelope = envelope,
            Sealed = sealer.SealJson(file, DocumentContext(offer.Id, id, envelope)),
            Size = file.Content.LongLength,
            UploadedAt = now,
        };
    }

    /// <summary>
    /// Submits the offer as a new revision and reseals both envelopes under it, so a withdrawn revision's bytes never
    /// pass for the submitted one. Throws <see cref="EnvelopeClosedException"/> after the deadline or when already submitted.
    /// </summary>
    public void Submit(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        var quality = OpenOwnQuality(offer, offer.SupplierId);
        var price = OpenOwnPrice(offer, offer.SupplierId);
        offer.MarkSubmitted(project, now);
        SealQuality(offer, quality);
        SealPrice(offer, price);
    }

    public OfferQuality OpenQuality(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        EnsureQualityOpen(project, offer, now);
        return OpenOwnQuality(offer, offer.SupplierId);
    }

    public PriceSheet OpenPrice(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        EnsurePriceOpen(project, offer, now);
        return OpenOwnPrice(offer, offer.SupplierId);
    }

    public OfferFile OpenDocument(ProcurementProject project, Offer offer, OfferDocument document, DateTimeOffset now)
    {
        if (document.Envelope == Envelope.Price) EnsurePriceOpen(project, offer, now);
        else EnsureQualityOpen(project, offer, now);
        return OpenOwnDocument(offer, document, offer.SupplierId);
    }

    public OfferQuality OpenOwnQuality(Offer offer, Guid supplierId)
    {
        EnsureOwn(offer, supplierId);
        return offer.SealedQuality.Length == 0
            ? new OfferQuality([], null)
            : sealer.OpenJson<OfferQuality>(offer.SealedQuality, EnvelopeContext(offer, Envelope.Quality));
    }

    public PriceSheet OpenOwnPrice(Offer offer, Guid supplierId)
    {
        EnsureOwn(offer, supplierId);
        return offer.SealedPrice.Length == 0
            ? new PriceSheet([], null)
            : sealer.OpenJson<PriceSheet>(offer.SealedPrice, EnvelopeContext(offer, Envelope.Price));
    }

    public OfferFile OpenOwnDocument(Offer offer, OfferDocument document, Guid supplierId)
    {
        EnsureOwn(offer, supplierId);
        if (document.OfferId != offer.Id) throw new EnvelopeClosedException("Dit document hoort niet bij deze inschrijving.");
        return sealer.OpenJson<OfferFile>(document.Sealed, DocumentContext(offer.Id, document.Id, document.Envelope));
    }

    /// <summary>Whether the board may read the quality envelope now; the same rule as <see cref="OpenQuality"/>.</summary>
    public static bool QualityIsOpen(ProcurementProject project, Offer offer, DateTimeOffset now) =>
        QualityClosedReason(project, offer, now) is null;

    /// <summary>Whether the board may read the price envelope now; the same rule as <see cref="OpenPrice"/>.</summary>
    public static bool PriceIsOpen(ProcurementProject project, Offer offer, DateTimeOffset now) =>
        PriceClosedReason(project, offer, now) is null;

    private static void EnsureQualityOpen(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        if (QualityClosedReason(project, offer, now) is { } reason) throw new EnvelopeClosedException(reason);
    }

    private static void EnsurePriceOpen(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        if (PriceClosedReason(project, offer, now) is { } reason) throw new EnvelopeClosedException(reason);
    }

    private static string? QualityClosedReason(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        if (offer.ProjectId != project.Id || offer.BoardId != project.BoardId)
            return "Deze inschrijving hoort niet bij dit inkooptraject.";
        if (project.OfferDeadline is not { } deadline || now < deadline)
            return "De inschrijvingen blijven verzegeld tot de inschrijftermijn is verstreken.";
        // Excluded offers were submitted and opened before the board excluded them.
        if (offer.Status is not (OfferStatus.Submitted or OfferStatus.Excluded) || offer.SubmittedAt is null)
            return "Deze inschrijving is niet ingediend en wordt niet geopend.";
        return null;
    }

    private static string? PriceClosedReason(ProcurementProject project, Offer offer, DateTimeOffset now)
    {
        if (QualityClosedReason(project, offer, now) is { } reason) return reason;
        if (offer.Status == OfferStatus.Excluded) return "Deze inschrijving is uitgesloten; haar prijsenvelop blijft dicht.";
        return project.QualityFinalAt is null
            ? "De prijsenvelop blijft verzegeld tot de kwaliteitsscores definitief zijn."
            : null;
    }

    private static void EnsureOwn(Offer offer, Guid supplierId)
    {
        if (offer.SupplierId != supplierId) throw new EnvelopeClosedException("Dit is niet uw inschrijving.");
    }

    private static string EnvelopeContext(Offer offer, Envelope envelope) =>
        $"offer:{offer.Id:N}:{envelope}:revision:{offer.Revision}";

    private static string DocumentContext(Guid offerId, Guid documentId, Envelope envelope) =>
        $"offer:{offerId:N}:{envelope}:document:{documentId:N}";
}
