using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Offers;

public enum OfferStatus
{
    [Display(Name = "Concept")] Draft = 1,
    [Display(Name = "Ingediend")] Submitted = 2,
    [Display(Name = "Ingetrokken")] Withdrawn = 3,
    /// <summary>Fails a knock-out requirement or was excluded with a recorded reason; it takes no further part.</summary>
    [Display(Name = "Uitgesloten")] Excluded = 4,
}

/// <summary>Which envelope content belongs to: the quality part opens after the deadline, the price part after quality scoring is final.</summary>
public enum Envelope
{
    [Display(Name = "Kwaliteit")] Quality = 1,
    [Display(Name = "Prijs")] Price = 2,
}

/// <summary>
/// A supplier's offer on a project. Its content is stored sealed (encrypted with a key outside the database) in two
/// envelopes; nothing readable about the content is stored in plain columns until the envelope has been opened.
/// </summary>
public sealed partial class Offer : IAudited, IVersioned, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ProjectId { get; init; }
    public Guid SupplierId { get; init; }
    [Display(Name = "Inschrijver")] public string SupplierName { get; set; } = "";
    [Display(Name = "Status")] public OfferStatus Status { get; set; } = OfferStatus.Draft;
    /// <summary>Counts submissions; a resubmission after withdrawal is a new revision.</summary>
    [Display(Name = "Revisie")] public int Revision { get; set; }
    [Display(Name = "Ingediend op")] public DateTimeOffset? SubmittedAt { get; set; }
    [Display(Name = "Ingetrokken op")] public DateTimeOffset? WithdrawnAt { get; set; }
    /// <summary>The quality envelope: the answers per requirement and the supplier's notes, sealed.</summary>
    public byte[] SealedQuality { get; set; } = [];
    /// <summary>The price envelope: the price sheet, sealed.</summary>
    public byte[] SealedPrice { get; set; } = [];
    [Display(Name = "Kwaliteit geopend op")] public DateTimeOffset? QualityOpenedAt { get; set; }
    [Display(Name = "Prijs geopend op")] public DateTimeOffset? PriceOpenedAt { get; set; }
    /// <summary>The assessment of this offer's quality (Infrastructure/Assessments, subject kind "offer").</summary>
    public Guid? AssessmentId { get; set; }
    [Display(Name = "Kwaliteitsscore (%)")] public decimal? QualityPercentage { get; set; }
    /// <summary>Copied from the opened price envelope, for ranking and the award letters.</summary>
    [Display(Name = "Prijs (excl. btw)")] public decimal? PriceTotal { get; set; }
    [Display(Name = "Totale kosten over de horizon")] public decimal? TcoTotal { get; set; }
    [Display(Name = "Eindscore")] public decimal? TotalScore { get; set; }
    [Display(Name = "Reden van uitsluiting")] public string? ExclusionReason { get; set; }
    public int Version { get; set; }

    public List<OfferDocument> Documents { get; init; } = [];
}

/// <summary>A document attached to an offer, sealed like the envelope it belongs to.</summary>
public sealed class OfferDocument : IAudited, IBoardOwned
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid OfferId { get; init; }
    [Display(Name = "Envelop")] public Envelope Envelope { get; init; }
    /// <summary>The file name, content type and bytes, sealed together so not even the name shows early.</summary>
    public byte[] Sealed { get; init; } = [];
    [Display(Name = "Grootte")] public long Size { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
