using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>
/// The European threshold for one kind of contract in one two-year period (starting 1 January of an even year),
/// for sub-central authorities such as school boards. Shared by every board; the platform administrator adds new periods.
/// </summary>
public sealed class TenderThreshold : IAudited, IAuditOwned, IVersioned, IStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>The even year the period starts in; the period runs two calendar years.</summary>
    [Display(Name = "Periode vanaf")] public int PeriodStartYear { get; init; }
    [Display(Name = "Soort opdracht")] public ContractKind Kind { get; init; }
    [Display(Name = "Drempelbedrag")] public decimal Amount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
    /// <summary>Shared by every board, so a change renews the one stamp everyone's threshold monitor checks.</summary>
    Guid IStamped.StampOwnerId => Guid.Empty;

    /// <summary>
    /// The platform organization making this change. Not stored: the table belongs to no one, but its audit trail
    /// must belong to the organization whose administrator changed it, so the page sets this before saving.
    /// </summary>
    [NotMapped] public Guid ChangedByOrganizationId { get; set; }

    Guid IAuditOwned.AuditOwnerId => ChangedByOrganizationId;
}
