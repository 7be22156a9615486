using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Contracts;

public enum ContractStatus
{
    [Display(Name = "In voorbereiding")] Draft = 1,
    [Display(Name = "Lopend")] Active = 2,
    [Display(Name = "Beëindigd")] Ended = 3,
}

/// <summary>What the contract covers: a product from the catalogue or a described item, with its agreed price.</summary>
public sealed record ContractItem(Guid? CatalogItemId, string Name, decimal Quantity, decimal UnitPrice);

/// <summary>
/// An agreement with a supplier. The procurement award creates it, filled from the project and the winning offer, so the
/// contracts module builds on it without anything typed twice.
/// </summary>
public sealed class Contract : IAudited, IVersioned, IArchivable, IStampedPerBoard
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid? ProjectId { get; init; }
    public Guid SupplierId { get; init; }
    [Display(Name = "Leverancier")] public string SupplierName { get; set; } = "";
    [Display(Name = "Naam")] public string Title { get; set; } = "";
    [Display(Name = "Categorie")] public PurchaseCategory Category { get; set; }
    [Display(Name = "Status")] public ContractStatus Status { get; set; } = ContractStatus.Draft;
    [Display(Name = "Onderdelen")] public List<ContractItem> Items { get; set; } = [];
    [Display(Name = "Contractwaarde (excl. btw)")] public decimal TotalValue { get; set; }
    [Display(Name = "Waarde per jaar (excl. btw)")] public decimal YearlyValue { get; set; }
    [Display(Name = "Ingangsdatum")] public DateOnly? StartDate { get; set; }
    [Display(Name = "Looptijd (maanden)")] public int? TermMonths { get; set; }
    [Display(Name = "Voorwaarden")] public List<ConditionCheck> Conditions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; set; }
    public int Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;
}
