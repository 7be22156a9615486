namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>A score on a day; of two on the same day the better one counts, so the outcome does not depend on row order.</summary>
public readonly record struct Mark(DateOnly Day, double Value)
{
    public static Mark? Later(Mark? current, DateOnly day, double value) =>
        current is not { } c || day > c.Day || (day == c.Day && value > c.Value) ? new Mark(day, value) : current;
}

/// <summary>One pupil's progress on one goal: the last score before the stall window and the last one inside it.</summary>
public sealed class GoalTrack(GoalRef goal)
{
    public GoalRef Goal { get; } = goal;
    public Mark? BeforeWindow { get; set; }
    public Mark? InWindow { get; set; }
}

/// <summary>One pupil's latest score on one test, against its norm.</summary>
public sealed class TestTrack(TestInfo test)
{
    public TestInfo Test { get; } = test;
    public Mark? Latest { get; set; }
}

/// <summary>What the dashboard knows of one pupil's results in the period: counts, time, and the tracks stall detection reads.</summary>
public sealed class PupilTrack(Guid pupilId)
{
    public Guid PupilId { get; } = pupilId;
    public Tally Total { get; } = new();
    public int ResultsInWindow { get; set; }
    public DateOnly? LastTakenOn { get; set; }
    public Dictionary<Guid, int> MinutesPerProduct { get; } = [];
    public Dictionary<string, GoalTrack> Goals { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, TestTrack> Tests { get; } = new(StringComparer.Ordinal);
}
