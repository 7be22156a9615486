using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Award;

public enum AwardStatus
{
    /// <summary>The decision is sent; the standstill period runs and nobody may sign yet.</summary>
    [Display(Name = "Opschortende termijn loopt")] Standstill = 1,
    /// <summary>The standstill period passed; the contract record was created.</summary>
    [Display(Name = "Definitief")] Final = 2,
    /// <summary>The winner was rejected or withdrew; a new decision for the next-best offer replaced this one.</summary>
    [Display(Name = "Vervallen")] Lapsed = 3,
}

/// <summary>The reason given to one tenderer in its award letter.</summary>
public sealed record AwardReason(Guid OfferId, string SupplierName, int Rank, decimal? TotalScore, string Reason);

/// <summary>An award decision: who wins, why each tenderer did or did not, and when the standstill period ends.</summary>
public sealed class AwardDecision : IAudited, IVersioned, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BoardId { get; init; }
    public Guid ProjectId { get; init; }
    public Guid WinningOfferId { get; init; }
    [Display(Name = "Status")] public AwardStatus Status { get; set; } = AwardStatus.Standstill;
    [Display(Name = "Motivering per inschrijver")] public List<AwardReason> Reasons { get; set; } = [];
    [Display(Name = "Besloten op")] public DateTimeOffset DecidedAt { get; init; }
    [Display(Name = "Besloten door")] public string DecidedBy { get; init; } = "";
    [Display(Name = "Einde opschortende termijn")] public DateOnly StandstillUntil { get; init; }
    /// <summary>Why this decision lapsed (winner rejected or withdrew); the next decision names the next-best offer.</summary>
    [Display(Name = "Reden van vervallen")] public string? LapseReason { get; set; }
    public int Version { get; set; }
}
