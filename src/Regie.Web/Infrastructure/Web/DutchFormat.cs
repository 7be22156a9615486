using System.Globalization;

namespace Regie.Web.Infrastructure.Web;

public static class DutchFormat
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset Local(this DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Amsterdam);

    public static string ToDutchDate(this DateTimeOffset value) => value.Local().ToString("d MMMM yyyy", Dutch);

    public static string ToDutchDateTime(this DateTimeOffset value) => value.Local().ToString("d MMMM yyyy 'om' HH:mm", Dutch);
}
