using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Policy;

public enum PolicyStatus
{
    [Display(Name = "Concept")] Draft = 1,
    [Display(Name = "Vastgesteld")] Adopted = 2,
    [Display(Name = "Vervangen")] Superseded = 3,
}

/// <summary>Who buys in a category: the board for all schools, or each school for itself.</summary>
public enum BuyingLevel
{
    [Display(Name = "Centraal (bestuur)")] Central = 1,
    [Display(Name = "Decentraal (school)")] Decentral = 2,
}

/// <summary>How one category is bought: centrally or per school, and by whom (role keys of the board).</summary>
public sealed record CategoryRule(PurchaseCategory Category, BuyingLevel Level, List<string> OrdererRoles, string? Remarks);

/// <summary>Up to which amount (excluding VAT) a role may approve a purchase on its own.</summary>
public sealed record ApprovalLimit(string RoleKey, decimal MaxAmount);

/// <summary>
/// A board's procurement policy. Each edition is its own row: a draft is edited, adopting it supersedes the edition
/// before, so the rule that applied to a past purchase can always be read back.
/// </summary>
public sealed class ProcurementPolicy : IAudited, IVersioned, IStampedPerBoard
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    [Display(Name = "Editie")] public int Edition { get; init; } = 1;
    [Display(Name = "Status")] public PolicyStatus Status { get; set; } = PolicyStatus.Draft;
    [Display(Name = "Geldig vanaf")] public DateOnly? EffectiveFrom { get; set; }
    [Display(Name = "Herzien uiterlijk op")] public DateOnly? ReviewDate { get; set; }
    /// <summary>Estimated values up to this amount may be bought with one quote.</summary>
    [Display(Name = "Enkelvoudig onderhands tot")] public decimal SingleQuoteMax { get; set; } = 50_000m;
    /// <summary>Above <see cref="SingleQuoteMax"/> and up to this amount at least multiple quotes; above it, and always from the European threshold, a European tender.</summary>
    [Display(Name = "Meervoudig onderhands tot")] public decimal MultipleQuotesMax { get; set; } = 150_000m;
    /// <summary>The share of the European threshold at which the monitor starts warning.</summary>
    [Display(Name = "Waarschuwen vanaf (% van de drempel)")] public int WarningSharePercent { get; set; } = 80;
    [Display(Name = "Categorieën")] public List<CategoryRule> Categories { get; set; } = [];
    [Display(Name = "Goedkeuringsgrenzen")] public List<ApprovalLimit> ApprovalLimits { get; set; } = [];
    [Display(Name = "Toelichting")] public string? Notes { get; set; }
    [Display(Name = "Vastgesteld op")] public DateTimeOffset? AdoptedAt { get; set; }
    [Display(Name = "Vastgesteld door")] public string? AdoptedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}
