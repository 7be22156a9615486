namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>Progress of one goal: all results in the period and per week (weeks start on Monday).</summary>
public sealed class GoalStats(GoalRef goal)
{
    public GoalRef Goal { get; } = goal;
    public Tally Total { get; } = new();
    public SortedDictionary<DateOnly, Tally> Weeks { get; } = [];
}

/// <summary>Scores on one test (part) against its norm.</summary>
public sealed class TestStats(TestInfo test)
{
    public TestInfo Test { get; } = test;
    public Tally Total { get; } = new();
    public double ScoreSum { get; set; }
    public double AverageScore => Total.Results == 0 ? 0 : ScoreSum / Total.Results;
}

/// <summary>Time and results per product (catalogue item).</summary>
public sealed class ProductStats(Guid catalogItemId)
{
    public Guid CatalogItemId { get; } = catalogItemId;
    public Tally Total { get; } = new();
    public HashSet<Guid> Pupils { get; } = [];
}

/// <summary>
/// Folds a stream of results into everything the dashboard shows, in one pass and without holding the rows:
/// per goal, per test, per product and per pupil. Results outside the period are ignored.
/// </summary>
public sealed class ResultAnalysis(TestCatalog tests, DashboardPeriod period)
{
    public DashboardPeriod Period { get; } = period;
    public Tally Total { get; } = new();
    public Dictionary<string, GoalStats> Goals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestStats> Tests { get; } = new(StringComparer.Ordinal);
    public Dictionary<Guid, ProductStats> Products { get; } = [];
    public Dictionary<Guid, PupilTrack> Pupils { get; } = [];

    public void Add(in ResultRow row)
    {
        if (row.TakenOn < Period.From || row.TakenOn > Period.To) return;
        var test = tests.Find(row);
        var percent = test.Percent(row.Score);
        var atNorm = test.AtNorm(row.Score);
        var goalCode = string.IsNullOrWhiteSpace(row.GoalCode) ? test.GoalCode : row.GoalCode;
        var goal = string.IsNullOrWhiteSpace(goalCode) ? GoalNames.ForTest(test.Key, test.Name) : GoalNames.Resolve(goalCode);

        Total.Add(percent, atNorm, row.MinutesSpent);
        var goalStats = Goals.TryGetValue(goal.Key, out var g) ? g : Goals[goal.Key] = new GoalStats(goal);
        goalStats.Total.Add(percent, atNorm, row.MinutesSpent);
        var week = row.TakenOn.AddDays(-(((int)row.TakenOn.DayOfWeek + 6) % 7));
        (goalStats.Weeks.TryGetValue(week, out var w) ? w : goalStats.Weeks[week] = new Tally()).Add(percent, atNorm, row.MinutesSpent);

        var testStats = Tests.TryGetValue(test.Key, out var t) ? t : Tests[test.Key] = new TestStats(test);
        testStats.Total.Add(percent, atNorm, row.MinutesSpent);
        testStats.ScoreSum += row.Score;

        var product = Products.TryGetValue(row.CatalogItemId, out var p) ? p : Products[row.CatalogItemId] = new ProductStats(row.CatalogItemId);
        product.Total.Add(percent, atNorm, row.MinutesSpent);
        product.Pupils.Add(row.PupilId);

        Track(row, test, goal, percent);
    }

    private void Track(in ResultRow row, TestInfo test, GoalRef goal, double? percent)
    {
        var pupil = Pupils.TryGetValue(row.PupilId, out var known) ? known : Pupils[row.PupilId] = new PupilTrack(row.PupilId);
        pupil.Total.Add(percent, test.AtNorm(row.Score), row.MinutesSpent);
        if (row.MinutesSpent is { } minutes) pupil.MinutesPerProduct[row.CatalogItemId] = pupil.MinutesPerProduct.GetValueOrDefault(row.CatalogItemId) + minutes;
        if (pupil.LastTakenOn is not { } last || row.TakenOn > last) pupil.LastTakenOn = row.TakenOn;
        var inWindow = Period.InWindow(row.TakenOn);
        if (inWindow) pupil.ResultsInWindow++;

        if (percent is { } value)
        {
            var track = pupil.Goals.TryGetValue(goal.Key, out var gt) ? gt : pupil.Goals[goal.Key] = new GoalTrack(goal);
            if (inWindow) track.InWindow = Mark.Later(track.InWindow, row.TakenOn, value);
            else track.BeforeWindow = Mark.Later(track.BeforeWindow, row.TakenOn, value);
        }
        var testTrack = pupil.Tests.TryGetValue(test.Key, out var tt) ? tt : pupil.Tests[test.Key] = new TestTrack(test);
        testTrack.Latest = Mark.Later(testTrack.Latest, row.TakenOn, row.Score);
    }

    /// <summary>Every week that has results for any goal, in order: the columns of the progress table and chart.</summary>
    public IReadOnlyList<DateOnly> Weeks() => Goals.Values.SelectMany(g => g.Weeks.Keys).Distinct().Order().ToList();

    public IEnumerable<GoalStats> GoalsInOrder() => Goals.Values.OrderBy(g => g.Goal.Order).ThenBy(g => g.Goal.Label, StringComparer.CurrentCulture);

    public IEnumerable<TestStats> TestsInOrder() => Tests.Values.OrderBy(t => t.Test.Name, StringComparer.CurrentCulture);
}
