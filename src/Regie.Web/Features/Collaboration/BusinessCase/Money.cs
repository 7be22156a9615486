using System.Globalization;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>Euros the Dutch way: "€ 12.500" or "€ 1.234,50", with a minus sign before the figure.</summary>
public static class Money
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Euro(decimal amount)
    {
        var figure = Math.Abs(amount).ToString(amount == decimal.Truncate(amount) ? "#,##0" : "#,##0.00", Dutch);
        return amount < 0 ? $"€ -{figure}" : $"€ {figure}";
    }

    public static string Number(decimal value) => value.ToString("#,##0.##", Dutch);

    public static string Percent(decimal value) => value.ToString("0.##", Dutch) + "%";
}
