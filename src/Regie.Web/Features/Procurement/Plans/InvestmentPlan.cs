using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Plans;

public enum PlanVersionStatus
{
    [Display(Name = "Concept")] Draft = 1,
    [Display(Name = "Vastgesteld")] Adopted = 2,
    [Display(Name = "Vervangen")] Superseded = 3,
}

public enum DepreciationMethod
{
    [Display(Name = "Lineair")] Linear = 1,
    [Display(Name = "Degressief (vast percentage van de boekwaarde)")] DecliningBalance = 2,
    [Display(Name = "Niet afschrijven (direct ten laste)")] None = 3,
}

/// <summary>How the reserve for the unforeseen is set: a fixed amount or a percentage of the planned purchases.</summary>
public enum ReserveKind
{
    [Display(Name = "Geen")] None = 0,
    [Display(Name = "Bedrag")] Amount = 1,
    [Display(Name = "Percentage")] Percentage = 2,
}

/// <summary>Part of a line's quantity bought in a given year, e.g. one class first and the rest a year later.</summary>
public sealed record PlanPhase(int Year, decimal Quantity, string? Note);

/// <summary>A multi-year investment plan of a board, or of one of its schools. Its content lives in versions.</summary>
public sealed class InvestmentPlan : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    /// <summary>Set for a school's own plan; null for the board's plan (whose lines may still name schools).</summary>
    [Display(Name = "School")] public Guid? SchoolId { get; set; }
    [Display(Name = "Naam")] public string Title { get; set; } = "";
    [Display(Name = "Eerste jaar")] public int FirstYear { get; set; }
    [Display(Name = "Aantal jaren")] public int Years { get; set; } = 4;
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;
}

/// <summary>
/// One version of a plan. Only the newest version is edited; adopting it freezes it, and the next change starts a new
/// version that copies its lines, so every version can be compared with the one before.
/// </summary>
public sealed class InvestmentPlanVersion : IAudited, IVersioned, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid PlanId { get; init; }
    [Display(Name = "Versie")] public int Number { get; init; } = 1;
    [Display(Name = "Status")] public PlanVersionStatus Status { get; set; } = PlanVersionStatus.Draft;
    [Display(Name = "Reden van deze versie")] public string? Reason { get; set; }
    [Display(Name = "Reserve onvoorzien")] public ReserveKind ReserveKind { get; set; }
    /// <summary>An amount in euros or a percentage, depending on <see cref="ReserveKind"/>.</summary>
    [Display(Name = "Reserve (bedrag of percentage)")] public decimal ReserveValue { get; set; }
    [Display(Name = "Vastgesteld op")] public DateTimeOffset? AdoptedAt { get; set; }
    [Display(Name = "Vastgesteld door")] public string? AdoptedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>One planned purchase. <see cref="LineKey"/> stays the same across versions, so versions can be compared line by line.</summary>
public sealed class InvestmentPlanLine : IAudited, IVersioned, IBoardOwned
{
    public const int DescriptionMax = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid PlanVersionId { get; init; }
    public Guid LineKey { get; init; } = Guid.CreateVersion7();
    /// <summary>The school the purchase is for; null when it is for the board or all schools.</summary>
    [Display(Name = "School")] public Guid? SchoolId { get; set; }
    [Display(Name = "Categorie")] public PurchaseCategory Category { get; set; }
    [Display(Name = "Omschrijving")] public string Description { get; set; } = "";
    [Display(Name = "Product uit de markt")] public Guid? CatalogItemId { get; set; }
    /// <summary>The intended supplier when known (from the catalogue item); used to spot split purchases.</summary>
    [Display(Name = "Leverancier")] public Guid? SupplierId { get; set; }
    [Display(Name = "Aantal")] public decimal Quantity { get; set; } = 1;
    [Display(Name = "Prijs per stuk (excl. btw)")] public decimal UnitPrice { get; set; }
    [Display(Name = "Aanschafjaar")] public int PurchaseYear { get; set; }
    [Display(Name = "Afschrijvingstermijn (jaren)")] public int DepreciationYears { get; set; } = 4;
    [Display(Name = "Afschrijvingsmethode")] public DepreciationMethod DepreciationMethod { get; set; } = DepreciationMethod.Linear;
    [Display(Name = "Onderhoud per jaar")] public decimal YearlyMaintenance { get; set; }
    [Display(Name = "Licenties per jaar")] public decimal YearlyLicences { get; set; }
    [Display(Name = "Verzekering per jaar")] public decimal YearlyInsurance { get; set; }
    [Display(Name = "Ondersteuning per jaar")] public decimal YearlySupport { get; set; }
    /// <summary>The contract's term for the recurring costs; null when it has no fixed end (the threshold then counts 48 months).</summary>
    [Display(Name = "Contractduur (maanden)")] public int? ContractMonths { get; set; }
    /// <summary>When empty, the whole quantity is bought in <see cref="PurchaseYear"/>.</summary>
    [Display(Name = "Fasering")] public List<PlanPhase> Phases { get; set; } = [];
    [Display(Name = "Toelichting")] public string? Note { get; set; }
    public int Version { get; set; }
}
