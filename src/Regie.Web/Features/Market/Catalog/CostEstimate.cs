using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Catalog;

public sealed record CostLine(string Description, decimal AmountExclVat);

/// <summary>The total cost of an item for a quantity over years, line by line so a buyer can check it.</summary>
public sealed record CostEstimate(int Quantity, int Years, int BilledYears, IReadOnlyList<CostLine> Lines, decimal TotalExclVat, decimal TotalInclVat)
{
    public static CostEstimate For(CatalogItem item, int quantity, int years)
    {
        quantity = Math.Max(quantity, 0);
        years = Math.Max(years, 1);
        var minimumYears = item.MinimumTermMonths is > 0 and var months ? (int)Math.Ceiling(months / 12m) : 1;
        var billedYears = Math.Max(years, minimumYears);
        var lines = new List<CostLine>();
        var price = item.PriceExclVat;
        switch (item.PricingModel)
        {
            case PricingModel.PerPupilPerYear:
                lines.Add(new($"{quantity} leerlingen × {billedYears} jaar × {price.ToEuro()}", quantity * billedYears * price));
                break;
            case PricingModel.PerLicencePerYear:
                lines.Add(new($"{quantity} licenties × {billedYears} jaar × {price.ToEuro()}", quantity * billedYears * price));
                break;
            case PricingModel.OneOff:
                lines.Add(new($"Eenmalige prijs {price.ToEuro()}", price));
                break;
            case PricingModel.PerHour:
                lines.Add(new($"{quantity} uur × {price.ToEuro()}", quantity * price));
                break;
            case PricingModel.PerDay:
                lines.Add(new($"{quantity} dagen × {price.ToEuro()}", quantity * price));
                break;
        }
        if (item.OneOffCostsExclVat is > 0 and var oneOff)
            lines.Add(new("Eenmalige kosten (bijvoorbeeld invoering)", oneOff));
        var total = lines.Sum(l => l.AmountExclVat);
        return new CostEstimate(quantity, years, item.PricingModel is PricingModel.PerPupilPerYear or PricingModel.PerLicencePerYear ? billedYears : years,
            lines, total, item.IncludingVat(total));
    }

    /// <summary>True when the minimum term makes the buyer pay for more years than asked.</summary>
    public bool MinimumTermApplies => BilledYears > Years;
}
