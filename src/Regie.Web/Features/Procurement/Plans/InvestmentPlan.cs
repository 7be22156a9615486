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
public sealed class InvestmentPlan : IAudited, IVersioned, IArchivable, IStampedPerBoard
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
    public PlanHorizon Horizon => new(FirstYear, Years);

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("The plan is archived already.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("The plan is not archived.");
        ArchivedAt = null;
    }
}

/// <summary>
/// One version of a plan. Only the newest version is edited; adopting it freezes it, and the next change starts a new
/// version that copies its lines, so every version can be compared with the one before.
/// </summary>
public sealed class InvestmentPlanVersion : IAudited, IVersioned, IStampedPerBoard
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

    public bool IsDraft => Status == PlanVersionStatus.Draft;

    /// <summary>Freezes the draft; who adopted it is kept by name, because the plan outlives user accounts.</summary>
    public void Adopt(string adoptedBy, DateTimeOffset now)
    {
        if (!IsDraft) throw new InvalidOperationException("Only a draft version can be adopted.");
        Status = PlanVersionStatus.Adopted;
        AdoptedAt = now;
        AdoptedBy = adoptedBy;
    }

    public void Supersede()
    {
        if (Status != PlanVersionStatus.Adopted) throw new InvalidOperationException("Only an adopted version can be superseded.");
        Status = PlanVersionStatus.Superseded;
    }

    /// <summary>The next draft, started from this adopted version with the same reserve; the caller copies the lines.</summary>
    public InvestmentPlanVersion StartNext(string reason)
    {
        if (Status != PlanVersionStatus.Adopted) throw new InvalidOperationException("A new version starts from the adopted one.");
        return new InvestmentPlanVersion
        {
            BoardId = BoardId, PlanId = PlanId, Number = Number + 1, Reason = reason, ReserveKind = ReserveKind, ReserveValue = ReserveValue,
        };
    }
}

/// <summary>One planned purchase. <see cref="LineKey"/> stays the same across versions, so versions can be compared line by line.</summary>
/// <remarks>
/// Held in memory per version for the overview (<see cref="PlanOverviews"/>), hence stamped. A line removed from a
/// draft is archived, not deleted, so the audit trail records the removal; earlier versions keep their own copy.
/// </remarks>
public sealed class InvestmentPlanLine : IAudited, IVersioned, IStampedPerBoard, IArchivable
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
    [Display(Name = "Verwijderd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public bool IsRemoved => ArchivedAt is not null;

    public void Remove(DateTimeOffset now)
    {
        if (IsRemoved) throw new InvalidOperationException("The line is removed already.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsRemoved) throw new InvalidOperationException("The line is not removed.");
        ArchivedAt = null;
    }

    /// <summary>This line as it starts in the next version: same key, so the versions can be compared line by line.</summary>
    public InvestmentPlanLine CopyTo(Guid planVersionId) => new()
    {
        BoardId = BoardId, PlanVersionId = planVersionId, LineKey = LineKey, SchoolId = SchoolId, Category = Category,
        Description = Description, CatalogItemId = CatalogItemId, SupplierId = SupplierId, Quantity = Quantity, UnitPrice = UnitPrice,
        PurchaseYear = PurchaseYear, DepreciationYears = DepreciationYears, DepreciationMethod = DepreciationMethod,
        YearlyMaintenance = YearlyMaintenance, YearlyLicences = YearlyLicences, YearlyInsurance = YearlyInsurance,
        YearlySupport = YearlySupport, ContractMonths = ContractMonths, Phases = [.. Phases], Note = Note,
    };
}
