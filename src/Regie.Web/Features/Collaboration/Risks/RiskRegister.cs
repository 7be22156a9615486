using Regie.Web.Features.Collaboration.BusinessCase;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Export;

namespace Regie.Web.Features.Collaboration.Risks;

public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>Heat-map counts, levels and the export of the register.</summary>
public static class RiskRegister
{
    public static readonly IReadOnlyList<ExportColumn<Risk>> ExportColumns =
    [
        new("Risico", r => r.Title),
        new("Categorie", r => r.Category),
        new("Kans (1-5)", r => r.Probability, ExportKind.Number),
        new("Kans in procenten", r => RiskScale.Percentage(r.Probability), ExportKind.Number),
        new("Impact (1-5)", r => r.Impact, ExportKind.Number),
        new("Schade in euro's", r => r.ImpactAmount, ExportKind.Number),
        new("Verwachte kosten in euro's", r => r.ExpectedCost, ExportKind.Number),
        new("Eigenaar", r => r.Owner),
        new("Waarom deze eigenaar", r => r.OwnerRationale),
        new("Maatregelen", r => r.Mitigation),
        new("Status", r => r.Status),
    ];

    public static readonly IReadOnlyList<ExportColumn<GoNoGoMoment>> MomentExportColumns =
    [
        new("Moment", m => m.Name),
        new("Gepland op", m => m.PlannedOn, ExportKind.Date),
        new("Criteria", m => m.Criteria),
        new("Besluit", m => m.Decision),
        new("Besloten door", m => m.Decider),
        new("Besloten op", m => m.DecidedOn, ExportKind.Date),
        new("Toelichting", m => m.Notes),
    ];

    /// <summary>Score = probability × impact: up to 4 low, up to 9 medium, from 10 high.</summary>
    public static RiskLevel Level(int probability, int impact) => (probability * impact) switch
    {
        <= 4 => RiskLevel.Low,
        <= 9 => RiskLevel.Medium,
        _ => RiskLevel.High,
    };

    public static string LevelLabel(RiskLevel level) => level switch
    {
        RiskLevel.High => "hoog",
        RiskLevel.Medium => "midden",
        _ => "laag",
    };

    /// <summary>Counts per cell, [probability - 1, impact - 1]; closed risks no longer weigh on the map.</summary>
    public static int[,] HeatMap(IEnumerable<Risk> risks)
    {
        var cells = new int[RiskScale.Max, RiskScale.Max];
        foreach (var r in risks.Where(r => !r.IsArchived && r.Status != RiskStatus.Closed && r.Probability is >= RiskScale.Min and <= RiskScale.Max && r.Impact is >= RiskScale.Min and <= RiskScale.Max))
            cells[r.Probability - 1, r.Impact - 1]++;
        return cells;
    }

    public static string Describe(Risk r) =>
        $"{r.Title}: {Enums.Label(r.Category)}, kans {r.Probability}, impact {r.Impact}, schade {Money.Euro(r.ImpactAmount)}, " +
        $"eigenaar {Enums.Label(r.Owner).ToLowerInvariant()}, status {Enums.Label(r.Status).ToLowerInvariant()}" + (r.IsArchived ? " (gearchiveerd)" : "") + ".";
}
