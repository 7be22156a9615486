using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>The settings form of every dashboard page.</summary>
public sealed record SettingsForm(DashboardSettings Settings, DateOnly Today, string Label);

/// <summary>A table of groups or schools in figures; <see cref="Href"/> links a row only where the user may open it.</summary>
public sealed record AggregateTable(string Caption, string What, IReadOnlyList<Aggregate> Rows, Func<Aggregate, string?> Href, bool ShowSchool = false);

/// <summary>Numbers and dates as the dashboard writes them.</summary>
public static class DashboardText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Percent(double? value) => value is { } v ? v.ToString("0", Dutch) + "%" : "–";

    public static string Number(double value) => value.ToString("0.##", Dutch);

    public static string Count(int value) => value.ToString("N0", Dutch);

    public static string Minutes(int minutes) => minutes < 60 ? $"{minutes} min" : $"{minutes / 60} uur {minutes % 60} min";

    public static string Week(DateOnly monday) => "week van " + monday.ToString("d MMM yyyy", Dutch);

    /// <summary>A column heading: "3 nov", the Monday of the week.</summary>
    public static string ShortWeek(DateOnly monday) => monday.ToString("d MMM", Dutch);

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Dutch);

    public static string Period(DashboardPeriod period) => $"{Day(period.From)} tot en met {Day(period.To)}";

    /// <summary>A page path with the dashboard settings kept in its query string.</summary>
    public static string With(string path, DashboardSettings settings, DateOnly today, string? handler = null, string? format = null) =>
        ListState.WithQuery(path, settings.Query(today).Append(new("handler", handler)).Append(new("format", format)));
}
