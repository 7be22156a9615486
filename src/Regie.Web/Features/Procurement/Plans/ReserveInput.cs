using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>The reserve for the unforeseen of one version: none, an amount, or a percentage of the purchases.</summary>
public sealed class ReserveInput
{
    public int Version { get; set; }

    [Display(Name = "Soort reserve"), Required(ErrorMessage = "Kies of de reserve een bedrag of een percentage is.")]
    public ReserveKind? Kind { get; set; }

    [Display(Name = "Bedrag in euro's of percentage")]
    public string? Value { get; set; }

    public static ReserveInput From(InvestmentPlanVersion v) => new()
    {
        Version = v.Version, Kind = v.ReserveKind,
        Value = v.ReserveKind == ReserveKind.None ? null : v.ReserveValue.ToString("#,##0.##", PlanLabels.Dutch),
    };

    public void Validate(ModelStateDictionary state)
    {
        if (Kind is null or ReserveKind.None) return;
        var what = Kind == ReserveKind.Amount ? "het bedrag van de reserve" : "het percentage van de reserve";
        if (string.IsNullOrWhiteSpace(Value)) state.AddModelError("Reserve.Value", $"Vul {what} in.");
        else if (Value.TrimStart().StartsWith('-')) state.AddModelError("Reserve.Value", "De reserve mag niet negatief zijn.");
        else if (!Amounts.TryParse(Value.Replace("%", "", StringComparison.Ordinal), out var value))
            state.AddModelError("Reserve.Value", $"Vul bij {what} een getal in, bijvoorbeeld 25.000 of 7,5.");
        else if (Kind == ReserveKind.Percentage && value > 100) state.AddModelError("Reserve.Value", "Het percentage van de reserve ligt tussen 0 en 100.");
        else if (value > 100_000_000m) state.AddModelError("Reserve.Value", "Het bedrag van de reserve is te groot; het maximum is 100 miljoen.");
    }

    public void ApplyTo(InvestmentPlanVersion version)
    {
        version.ReserveKind = Kind ?? ReserveKind.None;
        version.ReserveValue = version.ReserveKind == ReserveKind.None
            ? 0
            : Amounts.TryParse(Value!.Replace("%", "", StringComparison.Ordinal), out var value) ? value : 0;
    }
}
