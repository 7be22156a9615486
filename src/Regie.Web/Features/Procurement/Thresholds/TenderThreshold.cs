using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>
/// The European threshold for one kind of contract in one two-year period (starting 1 January of an even year),
/// for sub-central authorities such as school boards. Shared by every board; the platform administrator adds new periods.
/// </summary>
public sealed class TenderThreshold : IAudited, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>The even year the period starts in; the period runs two calendar years.</summary>
    [Display(Name = "Periode vanaf")] public int PeriodStartYear { get; init; }
    [Display(Name = "Soort opdracht")] public ContractKind Kind { get; init; }
    [Display(Name = "Drempelbedrag")] public decimal Amount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}
