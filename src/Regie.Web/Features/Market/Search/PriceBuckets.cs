using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Search;

/// <summary>A price range buyers can compare within; <see cref="Order"/> is also the price sort's first key.</summary>
public sealed record PriceBucket(string Key, string Label, int Order);

/// <summary>
/// Prices per pupil per year compare directly, so they get amount ranges; licences, one-off prices and hourly or
/// daily rates do not compare with them (or with each other), so each model is a range of its own.
/// </summary>
public static class PriceBuckets
{
    public static readonly PriceBucket UpToFive = new("tot-5", "Tot € 5 per leerling per jaar", 1);
    public static readonly PriceBucket FiveToTen = new("5-10", "€ 5 tot € 10 per leerling per jaar", 2);
    public static readonly PriceBucket TenToTwentyFive = new("10-25", "€ 10 tot € 25 per leerling per jaar", 3);
    public static readonly PriceBucket TwentyFiveAndMore = new("vanaf-25", "€ 25 of meer per leerling per jaar", 4);
    public static readonly PriceBucket PerLicence = new("per-licentie", "Per licentie per jaar", 5);
    public static readonly PriceBucket OneOff = new("eenmalig", "Eenmalige prijs", 6);
    public static readonly PriceBucket PerHourOrDay = new("per-uur-of-dag", "Per uur of per dag", 7);

    public static readonly IReadOnlyList<PriceBucket> All = [UpToFive, FiveToTen, TenToTwentyFive, TwentyFiveAndMore, PerLicence, OneOff, PerHourOrDay];

    public static PriceBucket Of(PricingModel model, decimal priceExclVat) => model switch
    {
        PricingModel.PerPupilPerYear when priceExclVat < 5m => UpToFive,
        PricingModel.PerPupilPerYear when priceExclVat < 10m => FiveToTen,
        PricingModel.PerPupilPerYear when priceExclVat < 25m => TenToTwentyFive,
        PricingModel.PerPupilPerYear => TwentyFiveAndMore,
        PricingModel.PerLicencePerYear => PerLicence,
        PricingModel.OneOff => OneOff,
        _ => PerHourOrDay,
    };
}
