using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Regie.Web.Features.Chain.Dashboard;

public enum StallKind
{
    [Display(Name = "Geen resultaten")] NoResults = 1,
    [Display(Name = "Geen vooruitgang")] NoProgress = 2,
    [Display(Name = "Onder de norm")] BelowNorm = 3,
}

public sealed record StallReason(StallKind Kind, string Text);

/// <summary>
/// Decides which pupils stall, and why. A pupil stalls when in the last weeks (the window) they made no results at
/// all; or when on a goal their last score in the window is not above their last score before it (scores as a share
/// of the test's range, so a switch of test or product still compares); or when their latest score on a test is
/// below that test's norm.
/// </summary>
public static class StallDetector
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<StallReason> Reasons(PupilTrack? pupil, DashboardPeriod period)
    {
        var reasons = new List<StallReason>();
        if (pupil is null || pupil.ResultsInWindow == 0)
            reasons.Add(new(StallKind.NoResults, $"Geen resultaten in {Window(period)}"));
        if (pupil is null) return reasons;

        foreach (var track in pupil.Goals.Values.OrderBy(t => t.Goal.Order).ThenBy(t => t.Goal.Label, StringComparer.Ordinal))
            if (track is { BeforeWindow: { } before, InWindow: { } latest } && latest.Value <= before.Value)
                reasons.Add(new(StallKind.NoProgress,
                    $"Geen vooruitgang bij {track.Goal.Label}: {Percent(latest.Value)} in {Window(period)}, {Percent(before.Value)} daarvoor"));

        foreach (var track in pupil.Tests.Values.OrderBy(t => t.Test.Name, StringComparer.Ordinal))
            if (track is { Latest: { } latest, Test.Norm: { } norm } && latest.Value < norm)
                reasons.Add(new(StallKind.BelowNorm, $"Onder de norm bij {track.Test.Name}: laatste score {Number(latest.Value)}, norm {Number(norm)}"));
        return reasons;
    }

    public static string Window(DashboardPeriod period) => period.Weeks == 1 ? "de laatste week" : $"de laatste {period.Weeks} weken";

    public static string Percent(double value) => value.ToString("0", Dutch) + "%";

    public static string Number(double value) => value.ToString("0.##", Dutch);
}
