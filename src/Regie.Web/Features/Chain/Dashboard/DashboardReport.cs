namespace Regie.Web.Features.Chain.Dashboard;

public sealed record PupilRow(
    Guid Id, string Name, int Results, int ResultsInWindow, double? AveragePercent, double? ShareAtNorm, int Minutes,
    IReadOnlyDictionary<Guid, int> MinutesPerProduct, DateOnly? LastTakenOn, IReadOnlyList<StallReason> Reasons)
{
    public bool Stalled => Reasons.Count > 0;
}

/// <summary>A goal's average per week; null where the goal has no result that week.</summary>
public sealed record GoalRow(GoalRef Goal, int Results, double? AveragePercent, double? ShareAtNorm, IReadOnlyList<double?> PerWeek);

public sealed record TestRow(string Name, string Product, int Results, double AverageScore, double Min, double Max, double? Norm, double? ShareAtNorm, int PupilsBelowNorm);

public sealed record ProductRow(Guid Id, string Product, int Results, int Pupils, int Minutes);

/// <summary>
/// Everything a group (or one pupil) page shows, built from an analysis and the names of the current pupils.
/// The same object feeds the tables, the charts and the Excel workbook, so they always agree.
/// </summary>
public sealed class DashboardReport
{
    public required DashboardPeriod Period { get; init; }
    public required IReadOnlyList<DateOnly> Weeks { get; init; }
    public required IReadOnlyList<GoalRow> Goals { get; init; }
    public required IReadOnlyList<TestRow> Tests { get; init; }
    public required IReadOnlyList<ProductRow> Products { get; init; }
    public required IReadOnlyList<PupilRow> Pupils { get; init; }
    public required Tally Total { get; init; }

    public IEnumerable<PupilRow> Stalled => Pupils.Where(p => p.Stalled);

    public static DashboardReport Build(ResultAnalysis analysis, IReadOnlyList<PupilName> pupils, IReadOnlyDictionary<Guid, string> products)
    {
        var weeks = analysis.Weeks();
        string Product(Guid id) => products.GetValueOrDefault(id, "Onbekend product");
        var current = pupils.Select(p => p.Id).ToHashSet();
        return new DashboardReport
        {
            Period = analysis.Period,
            Weeks = weeks,
            Total = analysis.Total,
            Goals = analysis.GoalsInOrder().Select(g => new GoalRow(g.Goal, g.Total.Results, g.Total.AveragePercent, g.Total.ShareAtNorm,
                weeks.Select(w => g.Weeks.GetValueOrDefault(w)?.AveragePercent).ToList())).ToList(),
            Tests = analysis.TestsInOrder().Select(t => new TestRow(t.Test.Name, Product(t.Test.CatalogItemId), t.Total.Results, t.AverageScore,
                t.Test.Min, t.Test.Max, t.Test.Norm, t.Total.ShareAtNorm,
                analysis.Pupils.Values.Count(p => current.Contains(p.PupilId) && p.Tests.GetValueOrDefault(t.Test.Key) is { Latest: { } l } && t.Test.Norm is { } n && l.Value < n)))
                .ToList(),
            Products = analysis.Products.Values.Select(p => new ProductRow(p.CatalogItemId, Product(p.CatalogItemId), p.Total.Results, p.Pupils.Count, p.Total.Minutes))
                .OrderBy(p => p.Product, StringComparer.CurrentCultureIgnoreCase).ToList(),
            Pupils = pupils.Select(p =>
            {
                var track = analysis.Pupils.GetValueOrDefault(p.Id);
                return new PupilRow(p.Id, p.Name, track?.Total.Results ?? 0, track?.ResultsInWindow ?? 0, track?.Total.AveragePercent, track?.Total.ShareAtNorm,
                    track?.Total.Minutes ?? 0, track?.MinutesPerProduct ?? new Dictionary<Guid, int>(), track?.LastTakenOn, StallDetector.Reasons(track, analysis.Period));
            }).ToList(),
        };
    }
}
