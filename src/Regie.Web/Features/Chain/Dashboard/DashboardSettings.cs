using System.Globalization;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>
/// What the dashboard looks at, from the query string so a view can be bookmarked and shared: a school year and
/// the number of weeks without progress after which a pupil counts as stalled.
/// </summary>
public sealed class DashboardSettings
{
    public const int DefaultWeeks = 4;
    public const int MaxWeeks = 26;

    /// <summary>Weeks without progress; 1–26.</summary>
    public int? Weeks { get; set; }

    /// <summary>School year as "2025-2026".</summary>
    public string? Year { get; set; }

    public int WindowWeeks => Weeks is >= 1 and <= MaxWeeks ? Weeks.Value : DefaultWeeks;

    public string? WeeksError => Weeks is null or (>= 1 and <= MaxWeeks) ? null : $"Weken zonder vooruitgang: kies een getal van 1 tot en met {MaxWeeks}.";

    public static int SchoolYearStart(DateOnly day) => day.Month >= 8 ? day.Year : day.Year - 1;

    public static string YearLabel(int startYear) => $"{startYear}-{startYear + 1}";

    /// <summary>The chosen school year, or the current one when none or an unknown one was asked for.</summary>
    public int StartYear(DateOnly today)
    {
        var current = SchoolYearStart(today);
        if (Year is { Length: 9 } y && y[4] == '-'
            && int.TryParse(y[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(y[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && end == start + 1 && start <= current && start > current - 10)
            return start;
        return current;
    }

    public string? YearError(DateOnly today) =>
        string.IsNullOrEmpty(Year) || YearLabel(StartYear(today)) == Year ? null : "Schooljaar: kies een schooljaar uit de lijst.";

    /// <summary>The school years a user can choose: this one and the four before it.</summary>
    public static IEnumerable<string> Years(DateOnly today) =>
        Enumerable.Range(0, 5).Select(i => YearLabel(SchoolYearStart(today) - i));

    public DashboardPeriod Period(DateOnly today)
    {
        var start = StartYear(today);
        var from = new DateOnly(start, 8, 1);
        var end = new DateOnly(start + 1, 7, 31);
        var to = end < today ? end : today;
        return new DashboardPeriod(from, to, to.AddDays(-7 * WindowWeeks + 1), WindowWeeks);
    }

    /// <summary>The settings as query values, for links and export URLs; defaults are left out.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Query(DateOnly today) =>
    [
        new("Weeks", WindowWeeks == DefaultWeeks ? null : WindowWeeks.ToString(CultureInfo.InvariantCulture)),
        new("Year", StartYear(today) == SchoolYearStart(today) ? null : YearLabel(StartYear(today))),
    ];
}

/// <summary>The days the dashboard counts: the school year up to today, and the stall window at its end.</summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To, DateOnly WindowFrom, int Weeks)
{
    public bool InWindow(DateOnly day) => day >= WindowFrom && day <= To;
}
