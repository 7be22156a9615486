using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Collaboration;

public enum LineType
{
    [Display(Name = "Kosten")] Cost = 1,
    [Display(Name = "Eigen uren")] OwnHours = 2,
    [Display(Name = "Opbrengst")] Revenue = 3,
    [Display(Name = "Subsidie")] Subsidy = 4,
}

public enum RevenueKind
{
    [Display(Name = "Korting als gebruiker")] UserDiscount = 1,
    [Display(Name = "Verkoop")] Sales = 2,
    [Display(Name = "Aandeel in de opbrengst")] RevenueShare = 3,
}

public enum Frequency
{
    [Display(Name = "Eenmalig")] OneOff = 1,
    [Display(Name = "Per jaar")] Yearly = 2,
}

/// <summary>
/// One line of an initiative's business case: a cost, own hours (hidden costs: hours × rate), a revenue or a
/// subsidy, in a calendar year or every year from one year to another.
/// </summary>
public sealed class BusinessCaseLine : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InitiativeId { get; init; }
    public Guid BoardId { get; init; }
    [Display(Name = "Soort regel")] public LineType Type { get; set; }
    [Display(Name = "Fase")] public LifecyclePhase? Phase { get; set; }
    [Display(Name = "Soort opbrengst")] public RevenueKind? RevenueKind { get; set; }
    [Display(Name = "Omschrijving")] public string Description { get; set; } = "";
    [Display(Name = "Frequentie")] public Frequency Frequency { get; set; }
    /// <summary>Euros excluding VAT; for own hours, computed from hours and rate.</summary>
    [Display(Name = "Bedrag")] public decimal Amount { get; set; }
    [Display(Name = "Uren")] public decimal? Hours { get; set; }
    [Display(Name = "Uurtarief")] public decimal? HourlyRate { get; set; }
    [Display(Name = "Vanaf jaar")] public int FromYear { get; set; }
    /// <summary>Last year of a yearly line (a subsidy's end year); null means to the end of the horizon.</summary>
    [Display(Name = "Tot en met jaar")] public int? ToYear { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Hidden costs count as money: the amount always follows from hours × rate.</summary>
    public void SetOwnHours(decimal hours, decimal hourlyRate)
    {
        if (Type != LineType.OwnHours) throw new InvalidOperationException("Only an own-hours line has hours and a rate.");
        Hours = hours;
        HourlyRate = hourlyRate;
        Amount = decimal.Round(hours * hourlyRate, 2);
    }

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("Line is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("Line is not archived.");
        ArchivedAt = null;
    }
}
