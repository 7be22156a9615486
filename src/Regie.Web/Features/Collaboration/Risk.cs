using System.ComponentModel.DataAnnotations;
using Regie.Web.Data;

namespace Regie.Web.Features.Collaboration;

public enum RiskCategory
{
    [Display(Name = "Technisch")] Technical = 1,
    [Display(Name = "Financieel")] Financial = 2,
    [Display(Name = "Capaciteit")] Capacity = 3,
    [Display(Name = "Juridisch: privacy")] Privacy = 4,
    [Display(Name = "Juridisch: staatssteun")] StateAid = 5,
    [Display(Name = "Toezicht en publiek geld")] PublicMoney = 6,
    [Display(Name = "Markt")] Market = 7,
    [Display(Name = "Afhankelijkheid van de leverancier")] SupplierDependency = 8,
}

public enum RiskParty
{
    [Display(Name = "School of bestuur")] School = 1,
    [Display(Name = "Marktpartij")] MarketParty = 2,
    [Display(Name = "Samen")] Both = 3,
}

public enum RiskStatus
{
    [Display(Name = "Open")] Open = 1,
    [Display(Name = "Beheerst")] Controlled = 2,
    [Display(Name = "Opgetreden")] Occurred = 3,
    [Display(Name = "Vervallen")] Closed = 4,
}

/// <summary>A risk of an initiative, owned by the party best able to control it.</summary>
public sealed class Risk : IAudited, IVersioned, IArchivable, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InitiativeId { get; init; }
    public Guid BoardId { get; init; }
    [Display(Name = "Risico")] public string Title { get; set; } = "";
    [Display(Name = "Categorie")] public RiskCategory Category { get; set; }
    /// <summary>1 (rare) to 5 (almost certain); see RiskScale for the percentages.</summary>
    [Display(Name = "Kans")] public int Probability { get; set; }
    /// <summary>1 (small) to 5 (severe), the heat map's other axis.</summary>
    [Display(Name = "Impact")] public int Impact { get; set; }
    [Display(Name = "Schade in euro's")] public decimal ImpactAmount { get; set; }
    [Display(Name = "Eigenaar")] public RiskParty Owner { get; set; }
    [Display(Name = "Waarom deze eigenaar")] public string? OwnerRationale { get; set; }
    [Display(Name = "Maatregelen")] public string? Mitigation { get; set; }
    [Display(Name = "Status")] public RiskStatus Status { get; set; } = RiskStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    [Display(Name = "Gearchiveerd op")] public DateTimeOffset? ArchivedAt { get; private set; }
    public int Version { get; set; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Probability as a share times the damage in euros: what the risk costs on average.</summary>
    public decimal ExpectedCost => RiskScale.Expected(Probability, ImpactAmount);

    public void Archive(DateTimeOffset now)
    {
        if (IsArchived) throw new InvalidOperationException("Risk is already archived.");
        ArchivedAt = now;
    }

    public void Restore()
    {
        if (!IsArchived) throw new InvalidOperationException("Risk is not archived.");
        ArchivedAt = null;
    }
}

/// <summary>What the 1–5 steps of the risk register mean, so every initiative scores the same way.</summary>
public static class RiskScale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>The middle of each fifth: 1 = 10 %, 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %.</summary>
    public static int Percentage(int probability) => probability is >= Min and <= Max
        ? probability * 20 - 10
        : throw new ArgumentOutOfRangeException(nameof(probability));

    public static decimal Expected(int probability, decimal amount) =>
        probability is >= Min and <= Max ? decimal.Round(amount * Percentage(probability) / 100m, 2) : 0m;

    public static string ProbabilityLabel(int step) => step switch
    {
        1 => "Zeer klein (ongeveer 10%)",
        2 => "Klein (ongeveer 30%)",
        3 => "Even groot als niet (ongeveer 50%)",
        4 => "Groot (ongeveer 70%)",
        5 => "Bijna zeker (ongeveer 90%)",
        _ => step.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string ImpactLabel(int step) => step switch
    {
        1 => "Gering",
        2 => "Beperkt",
        3 => "Merkbaar",
        4 => "Groot",
        5 => "Ernstig",
        _ => step.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public enum Decision
{
    [Display(Name = "Nog te nemen")] Pending = 1,
    [Display(Name = "Go")] Go = 2,
    [Display(Name = "Go onder voorwaarden")] GoWithConditions = 3,
    [Display(Name = "No-go")] NoGo = 4,
}

/// <summary>A moment where the parties decide, against criteria set in advance, whether to go on.</summary>
public sealed class GoNoGoMoment : IAudited, IVersioned, IBoardOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InitiativeId { get; init; }
    public Guid BoardId { get; init; }
    [Display(Name = "Moment")] public string Name { get; set; } = "";
    [Display(Name = "Gepland op")] public DateOnly? PlannedOn { get; set; }
    [Display(Name = "Criteria")] public string Criteria { get; set; } = "";
    [Display(Name = "Besluit")] public Decision Decision { get; set; } = Decision.Pending;
    [Display(Name = "Besloten door")] public string? Decider { get; set; }
    [Display(Name = "Besloten op")] public DateOnly? DecidedOn { get; set; }
    [Display(Name = "Toelichting")] public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public bool IsDecided => Decision != Decision.Pending;

    /// <summary>A decision names who took it and when; taking it back to "nog te nemen" clears both.</summary>
    public void Decide(Decision decision, string? decider, DateOnly? decidedOn, string? notes)
    {
        if (decision == Decision.Pending)
        {
            Decision = Decision.Pending;
            Decider = null;
            DecidedOn = null;
            Notes = notes;
            return;
        }
        if (string.IsNullOrWhiteSpace(decider) || decidedOn is null)
            throw new InvalidOperationException("A decision needs a decider and a date.");
        Decision = decision;
        Decider = decider.Trim();
        DecidedOn = decidedOn;
        Notes = notes;
    }
}
