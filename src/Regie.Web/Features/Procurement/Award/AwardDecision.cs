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
public sealed class AwardDecision : IAudited, IVersioned, IStampedPerBoard
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

    public const int ReasonMax = 8000;
    public const int LapseReasonMax = 2000;

    /// <summary>A decision for the winning offer; the standstill period runs for the project's number of calendar days from today.</summary>
    public static AwardDecision Take(Guid boardId, Guid projectId, Guid winningOfferId, List<AwardReason> reasons, int standstillDays,
        string decidedBy, DateTimeOffset now, DateOnly today)
    {
        if (reasons.All(r => r.OfferId != winningOfferId)) throw new AwardRuleException("De winnende inschrijving heeft geen motivering.");
        var empty = reasons.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Reason));
        if (empty is not null) throw new AwardRuleException($"Schrijf de motivering voor {empty.SupplierName}.");
        var tooLong = reasons.FirstOrDefault(r => r.Reason.Length > ReasonMax);
        if (tooLong is not null) throw new AwardRuleException($"De motivering voor {tooLong.SupplierName} mag niet langer zijn dan 8.000 tekens.");
        return new AwardDecision
        {
            BoardId = boardId, ProjectId = projectId, WinningOfferId = winningOfferId, Reasons = reasons,
            DecidedAt = now, DecidedBy = decidedBy, StandstillUntil = today.AddDays(Math.Max(0, standstillDays)),
        };
    }

    /// <summary>The standstill period includes its last day; contracting may start the day after.</summary>
    public bool StandstillOver(DateOnly today) => today > StandstillUntil;

    public AwardReason? ReasonFor(Guid offerId) => Reasons.FirstOrDefault(r => r.OfferId == offerId);

    /// <summary>The winner was rejected or withdrew; the reason is recorded and a new decision takes over.</summary>
    public void Lapse(string reason)
    {
        if (Status != AwardStatus.Standstill) throw new AwardRuleException("Alleen een gunning tijdens de opschortende termijn kan vervallen.");
        if (string.IsNullOrWhiteSpace(reason)) throw new AwardRuleException("Schrijf waarom de gunning vervalt.");
        if (reason.Length > LapseReasonMax) throw new AwardRuleException("De reden mag niet langer zijn dan 2.000 tekens.");
        LapseReason = reason.Trim();
        Status = AwardStatus.Lapsed;
    }

    /// <summary>"21 maart 2026", whatever the thread's culture: the date appears in letters and messages.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Today in the Netherlands: standstill periods count Dutch calendar days.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    public void MakeFinal(DateOnly today)
    {
        if (Status != AwardStatus.Standstill) throw new AwardRuleException("Dit gunningsbesluit is niet meer van kracht.");
        if (!StandstillOver(today))
            throw new AwardRuleException($"De opschortende termijn loopt tot en met {Day(StandstillUntil)}; het contract kan vanaf {Day(StandstillUntil.AddDays(1))} worden vastgelegd.");
        Status = AwardStatus.Final;
    }
}
