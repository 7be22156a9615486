using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>A new two-year period with its three amounts. Amounts stay text so what was typed comes back after an error.</summary>
public sealed class PeriodInput
{
    [Display(Name = "Periode vanaf (even jaar)")] public int? StartYear { get; set; }
    [Display(Name = "Leveringen en diensten")] public string? SuppliesAndServices { get; set; }
    [Display(Name = "Werken")] public string? Works { get; set; }
    [Display(Name = "Sociale en andere specifieke diensten")] public string? SocialServices { get; set; }

    public List<TenderThreshold>? Read(int newestYear, ModelStateDictionary state)
    {
        if (StartYear is null) state.AddModelError("Period.StartYear", "Periode vanaf: vul het beginjaar in.");
        else if (StartYear % 2 != 0) state.AddModelError("Period.StartYear", "Periode vanaf: een periode begint altijd in een even jaar, bijvoorbeeld 2028.");
        else if (StartYear <= newestYear) state.AddModelError("Period.StartYear", $"Periode vanaf: de nieuwste periode begint in {newestYear}; een nieuwe periode begint later.");
        else if (StartYear > 9998) state.AddModelError("Period.StartYear", "Periode vanaf: vul een jaartal van vier cijfers in.");
        var amounts = new[]
        {
            (ContractKind.SuppliesAndServices, Amount(SuppliesAndServices, "Period.SuppliesAndServices", "Leveringen en diensten", state)),
            (ContractKind.Works, Amount(Works, "Period.Works", "Werken", state)),
            (ContractKind.SocialServices, Amount(SocialServices, "Period.SocialServices", "Sociale en andere specifieke diensten", state)),
        };
        if (!state.IsValid) return null;
        return amounts.Select(a => new TenderThreshold { PeriodStartYear = StartYear!.Value, Kind = a.Item1, Amount = a.Item2!.Value }).ToList();
    }

    /// <summary>Shared with the correction page: a threshold is a positive amount.</summary>
    public static decimal? Amount(string? text, string key, string field, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) { state.AddModelError(key, $"{field}: vul een bedrag in."); return null; }
        if (text.Trim().StartsWith('-')) { state.AddModelError(key, $"{field}: het bedrag mag niet negatief zijn."); return null; }
        if (!Amounts.TryParse(text, out var value)) { state.AddModelError(key, $"{field}: dit is geen bedrag; schrijf bijvoorbeeld 221.000."); return null; }
        if (value <= 0) { state.AddModelError(key, $"{field}: vul een bedrag boven nul in."); return null; }
        return value;
    }
}
