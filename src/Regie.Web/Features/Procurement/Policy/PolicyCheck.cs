using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Procurement.Thresholds;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>"Welke regel geldt?": a purchase described in a few fields, to be checked against the adopted policy.</summary>
public sealed class PolicyCheckInput
{
    [Display(Name = "Categorie")] public PurchaseCategory? Category { get; set; }
    [Display(Name = "Geraamde waarde (excl. btw)")] public string? Value { get; set; }
    [Display(Name = "Eenmalig bedrag")] public string? OneOff { get; set; }
    [Display(Name = "Bedrag per maand")] public string? Monthly { get; set; }
    [Display(Name = "Looptijd in maanden")] public int? Months { get; set; }
    [Display(Name = "Start van de inkoop")] public string? Start { get; set; }

    public bool IsEmpty => Category is null && string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(OneOff)
        && string.IsNullOrWhiteSpace(Monthly) && Months is null && string.IsNullOrWhiteSpace(Start);

    /// <summary>The value to check and how it was reached; null with messages in <paramref name="state"/> when the input is incomplete.</summary>
    public (PurchaseCategory Category, decimal Value, IReadOnlyList<CalculationStep> Steps, DateOnly Start)? Read(ModelStateDictionary state, DateOnly today)
    {
        if (Category is null || !Enum.IsDefined(Category.Value)) state.AddModelError("Check.Category", "Categorie: kies een categorie.");
        var start = today;
        if (!string.IsNullOrWhiteSpace(Start) && !DateOnly.TryParseExact(Start.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            state.AddModelError("Check.Start", "Start van de inkoop: dit is geen geldige datum; schrijf bijvoorbeeld 1-9-2027.");
        if (Months is < 1 or > 600) state.AddModelError("Check.Months", "Looptijd in maanden: vul een aantal tussen 1 en 600 in, of laat het leeg voor geen vaste looptijd.");
        decimal value = 0;
        IReadOnlyList<CalculationStep> steps = [];
        if (!string.IsNullOrWhiteSpace(Value))
        {
            if (Amount(Value, "Check.Value", "Geraamde waarde", state) is { } v) { value = v; steps = [new("Geraamde waarde", v, "zoals ingevuld")]; }
        }
        else if (!string.IsNullOrWhiteSpace(OneOff) || !string.IsNullOrWhiteSpace(Monthly))
        {
            var oneOff = string.IsNullOrWhiteSpace(OneOff) ? 0m : Amount(OneOff, "Check.OneOff", "Eenmalig bedrag", state) ?? 0m;
            var monthly = string.IsNullOrWhiteSpace(Monthly) ? 0m : Amount(Monthly, "Check.Monthly", "Bedrag per maand", state) ?? 0m;
            var line = new EstimateLine(EstimateLineKind.Base, "de inkoop", oneOff, monthly, Months);
            (value, steps) = (EstimatedValue.Of(line), EstimatedValue.Explain([line]));
        }
        else state.AddModelError("Check.Value", "Geraamde waarde: vul een bedrag in, of een eenmalig bedrag en een bedrag per maand.");
        return state.IsValid ? (Category!.Value, value, steps, start) : null;
    }

    private static decimal? Amount(string text, string key, string field, ModelStateDictionary state)
    {
        if (text.Trim().StartsWith('-')) { state.AddModelError(key, $"{field}: het bedrag mag niet negatief zijn."); return null; }
        if (Amounts.TryParse(text, out var value)) return value;
        state.AddModelError(key, $"{field}: dit is geen bedrag; schrijf bijvoorbeeld 25.000 of 12,50.");
        return null;
    }
}

/// <summary>The answer to a check: the procedure, who orders and approves, and the sum behind it.</summary>
public sealed record PolicyCheckResult(
    PurchaseCategory Category, decimal Value, IReadOnlyList<CalculationStep> Steps, DateOnly Start, ThresholdLookup Threshold,
    PolicyAdvice Advice, bool HasPolicy);
