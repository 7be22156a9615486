using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The form for one line of the programme of requirements, for adding and for editing.</summary>
public sealed class RequirementInput
{
    public Guid? RequirementId { get; set; }
    public int Version { get; set; }

    [Display(Name = "Soort"), Required(ErrorMessage = "Kies of het een knock-outeis of een wens is.")]
    public RequirementKind? Kind { get; set; }

    [Display(Name = "Eis of wens, als resultaat"), Required(ErrorMessage = "Beschrijf de eis of wens."),
     StringLength(Requirement.TextMax, ErrorMessage = "De eis of wens mag niet langer zijn dan 2.000 tekens.")]
    public string Text { get; set; } = "";

    [Display(Name = "Weging")]
    public string? Weight { get; set; }

    public List<Guid> NeedIds { get; set; } = [];

    public static RequirementInput From(Requirement r) => new()
    {
        RequirementId = r.Id, Version = r.Version, Kind = r.Kind, Text = r.Text,
        Weight = r.Kind == RequirementKind.Wish ? r.Weight.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) : null,
        NeedIds = [.. r.NeedIds],
    };

    /// <summary>A wish needs a weight above zero; a knock-out has none. Returns the weight.</summary>
    public decimal Validate(ModelStateDictionary state, IReadOnlyCollection<Guid> projectNeeds)
    {
        if (NeedIds.Any(n => !projectNeeds.Contains(n)))
            state.AddModelError("Requirement.NeedIds", "Kies alleen behoeften van dit traject.");
        if (Kind != RequirementKind.Wish) return 0m;
        if (string.IsNullOrWhiteSpace(Weight)) { state.AddModelError("Requirement.Weight", "Geef de wens een weging groter dan 0."); return 0m; }
        if (Weight.Trim().StartsWith('-')) { state.AddModelError("Requirement.Weight", "De weging mag niet negatief zijn."); return 0m; }
        if (!Amounts.TryParse(Weight, out var weight) || weight > 10_000m) { state.AddModelError("Requirement.Weight", "De weging is geen getal; schrijf bijvoorbeeld 20 of 12,5."); return 0m; }
        if (weight == 0) state.AddModelError("Requirement.Weight", "Geef de wens een weging groter dan 0.");
        return weight;
    }

    public void ApplyTo(Requirement requirement, decimal weight)
    {
        requirement.Text = Text.Trim();
        requirement.Weight = requirement.Kind == RequirementKind.Wish ? weight : 0m;
        requirement.NeedIds = NeedIds.Distinct().ToList();
    }
}
