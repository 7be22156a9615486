using Regie.Web.Infrastructure.Export;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>A group or school in figures, without names: what board users see, and the first line of every overview.</summary>
public sealed record Aggregate(
    Guid Id, string Name, string? School, int Pupils, int PupilsWithResults, int Results, double? AveragePercent, double? ShareAtNorm, int Stalled, int Minutes)
{
    /// <summary>Stalled pupils are counted among the current pupils; results of pupils who left still count in the figures.</summary>
    public static Aggregate Of(Guid id, string name, string? school, ResultAnalysis? analysis, IEnumerable<Guid> pupilIds, DashboardPeriod period)
    {
        var pupils = pupilIds.ToList();
        var stalled = pupils.Count(p => StallDetector.Reasons(analysis?.Pupils.GetValueOrDefault(p), period).Count > 0);
        return new Aggregate(id, name, school, pupils.Count, analysis?.Pupils.Count ?? 0, analysis?.Total.Results ?? 0,
            analysis?.Total.AveragePercent, analysis?.Total.ShareAtNorm, stalled, analysis?.Total.Minutes ?? 0);
    }

    public static IReadOnlyList<ExportColumn<Aggregate>> Columns(string what) =>
    [
        new(what, a => a.Name), new("School", a => a.School), new("Leerlingen", a => a.Pupils, ExportKind.Number),
        new("Leerlingen met resultaten", a => a.PupilsWithResults, ExportKind.Number), new("Resultaten", a => a.Results, ExportKind.Number),
        new("Gemiddelde score (% van de schaal)", a => Round(a.AveragePercent), ExportKind.Number),
        new("Op of boven de norm (%)", a => Round(a.ShareAtNorm), ExportKind.Number),
        new("Leerlingen met stilstand", a => a.Stalled, ExportKind.Number), new("Tijd (minuten)", a => a.Minutes, ExportKind.Number),
    ];

    public static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
