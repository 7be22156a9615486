using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>Start year, horizon and discount rate: columns of the initiative, changed with its Version.</summary>
public sealed class SettingsInput
{
    public const int MaxHorizon = 15;

    [Display(Name = "Eerste jaar"), Required(ErrorMessage = "Vul het eerste jaar in."),
     Range(2000, 2100, ErrorMessage = "Het eerste jaar moet tussen 2000 en 2100 liggen.")]
    public int? StartYear { get; set; }

    [Display(Name = "Looptijd in jaren"), Required(ErrorMessage = "Vul de looptijd in jaren in."),
     Range(1, MaxHorizon, ErrorMessage = "De looptijd moet tussen 1 en 15 jaar liggen.")]
    public int? HorizonYears { get; set; }

    [Display(Name = "Disconteringsvoet in procenten"), Required(ErrorMessage = "Vul de disconteringsvoet in, bijvoorbeeld 4.")]
    public string? DiscountRate { get; set; }

    public int Version { get; set; }

    public static SettingsInput From(Initiative i, CaseSettings effective) => new()
    {
        StartYear = effective.StartYear, HorizonYears = effective.HorizonYears, DiscountRate = DutchNumber.Format(i.DiscountRatePercent), Version = i.Version,
    };

    public void Validate(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(DiscountRate)) return;
        if (!DutchNumber.TryParse(DiscountRate, out var rate))
            state.AddModelError("Settings.DiscountRate", "Vul bij de disconteringsvoet een getal in, bijvoorbeeld 4 of 2,5.");
        else if (rate is < 0 or > 20)
            state.AddModelError("Settings.DiscountRate", "De disconteringsvoet moet tussen 0 en 20 procent liggen.");
    }

    public void ApplyTo(Initiative initiative)
    {
        var rate = DutchNumber.ParseValidated(DiscountRate);
        initiative.StartYear = StartYear!.Value;
        initiative.HorizonYears = HorizonYears!.Value;
        initiative.DiscountRatePercent = decimal.Round(rate, 2);
    }
}
