using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Market.Items;

/// <summary>The numbers a buyer types into "Kosten in één oogopslag", with sensible starting values per pricing model.</summary>
public sealed record CostEstimateForm(int Quantity, int Years, string QuantityLabel, bool AsksQuantity, bool AsksYears, CostEstimate Estimate, string? Error)
{
    public static CostEstimateForm For(CatalogItem item, int? quantity, int? years, ModelStateDictionary modelState)
    {
        var (label, fallback, asksQuantity, asksYears) = item.PricingModel switch
        {
            PricingModel.PerPupilPerYear => ("Aantal leerlingen", 100, true, true),
            PricingModel.PerLicencePerYear => ("Aantal licenties", 25, true, true),
            PricingModel.PerHour => ("Aantal uren", 8, true, false),
            PricingModel.PerDay => ("Aantal dagen", 2, true, false),
            _ => ("Aantal", 1, false, false),
        };
        string? error = null;
        if (!modelState.IsValid || quantity is < 0 or > DetailsModel.MaxQuantity || years is < 1 or > DetailsModel.MaxYears)
            error = $"Vul bij '{label}' een heel getal tussen 0 en {DetailsModel.MaxQuantity:N0} in en bij 'Aantal jaren' 1 tot en met {DetailsModel.MaxYears}. Hieronder staat de berekening met de standaardwaarden.";
        var q = error is null && quantity is { } qv ? qv : fallback;
        var y = error is null && years is { } yv ? yv : 1;
        modelState.Clear();
        return new CostEstimateForm(q, y, label, asksQuantity, asksYears, item.Estimate(q, y), error);
    }
}
