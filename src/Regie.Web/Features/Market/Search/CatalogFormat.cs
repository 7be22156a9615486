using System.Globalization;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Search;

/// <summary>How the search page and the comparison write prices, ratings and flag sets.</summary>
public static class CatalogFormat
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"€ 4,50 per leerling per jaar".</summary>
    public static string Price(PricingModel model, decimal priceExclVat) => model switch
    {
        PricingModel.OneOff => $"{priceExclVat.ToEuro()} eenmalig",
        _ => $"{priceExclVat.ToEuro()} {Enums.Label(model).ToLower(Dutch)}",
    };

    /// <summary>"4,2 van 5 (12 beoordelingen)": the number is always there, so the stars are never the only signal.</summary>
    public static string Rating(double average, int count) => count switch
    {
        0 => "Nog geen beoordelingen",
        1 => $"{average.ToString("0.0", Dutch)} van 5 (1 beoordeling)",
        _ => $"{average.ToString("0.0", Dutch)} van 5 ({count.ToString("N0", Dutch)} beoordelingen)",
    };

    /// <summary>Five stars, filled to the nearest whole star; decoration next to <see cref="Rating"/>.</summary>
    public static string Stars(double average)
    {
        var full = (int)Math.Clamp(Math.Round(average, MidpointRounding.AwayFromZero), 0, 5);
        return new string('★', full) + new string('☆', 5 - full);
    }

    /// <summary>The labels of the set flags, "po, vo".</summary>
    public static string Flags<T>(T value) where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Where(f => Convert.ToInt64(f, Dutch) != 0 && value.HasFlag(f)).Select(f => Enums.Label(f)));
}
