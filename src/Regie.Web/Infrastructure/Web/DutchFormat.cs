using System.Globalization;

namespace Regie.Web.Infrastructure.Web;

public static class DutchFormat
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>"€ 1.234,50": money as Dutch readers write it, whatever the thread's culture.</summary>
    public static string ToEuro(this decimal value) => value.ToString("C", Dutch);

    public static DateTimeOffset Local(this DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Amsterdam);

    public static string ToDutchDate(this DateTimeOffset value) => value.Local().ToString("d MMMM yyyy", Dutch);

    public static string ToDutchDateTime(this DateTimeOffset value) => value.Local().ToString("d MMMM yyyy 'om' HH:mm", Dutch);
}
