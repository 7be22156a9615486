using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Collaboration.BusinessCase;

namespace Regie.Web.Features.Collaboration.Risks;

/// <summary>The form for one risk, for adding and for editing.</summary>
public sealed class RiskInput
{
    public Guid? RiskId { get; set; }
    public int Version { get; set; }

    [Display(Name = "Risico"), Required(ErrorMessage = "Beschrijf het risico in een paar woorden."),
     StringLength(300, ErrorMessage = "De beschrijving van het risico mag niet langer zijn dan 300 tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Categorie"), Required(ErrorMessage = "Kies de categorie van het risico.")]
    public RiskCategory? Category { get; set; }

    [Display(Name = "Kans"), Required(ErrorMessage = "Kies hoe groot de kans is (1 tot en met 5)."),
     Range(RiskScale.Min, RiskScale.Max, ErrorMessage = "De kans moet 1, 2, 3, 4 of 5 zijn.")]
    public int? Probability { get; set; }

    [Display(Name = "Impact"), Required(ErrorMessage = "Kies hoe groot de impact is (1 tot en met 5)."),
     Range(RiskScale.Min, RiskScale.Max, ErrorMessage = "De impact moet 1, 2, 3, 4 of 5 zijn.")]
    public int? Impact { get; set; }

    [Display(Name = "Schade in euro's")]
    public string? ImpactAmount { get; set; }

    [Display(Name = "Eigenaar"), Required(ErrorMessage = "Kies wie eigenaar is van het risico.")]
    public RiskParty? Owner { get; set; }

    [Display(Name = "Waarom deze eigenaar"), StringLength(2000, ErrorMessage = "De toelichting op de eigenaar mag niet langer zijn dan 2.000 tekens.")]
    public string? OwnerRationale { get; set; }

    [Display(Name = "Maatregelen"), StringLength(Initiative.TextMax, ErrorMessage = "De maatregelen mogen niet langer zijn dan 4.000 tekens.")]
    public string? Mitigation { get; set; }

    [Display(Name = "Status"), Required(ErrorMessage = "Kies de status van het risico.")]
    public RiskStatus? Status { get; set; } = RiskStatus.Open;

    public static RiskInput From(Risk r) => new()
    {
        RiskId = r.Id, Version = r.Version, Title = r.Title, Category = r.Category, Probability = r.Probability, Impact = r.Impact,
        ImpactAmount = DutchNumber.Format(r.ImpactAmount), Owner = r.Owner, OwnerRationale = r.OwnerRationale, Mitigation = r.Mitigation, Status = r.Status,
    };

    public void Validate(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(ImpactAmount))
            state.AddModelError("Risk.ImpactAmount", "Vul de schade in euro's in; schat het bedrag als het niet precies bekend is.");
        else if (!DutchNumber.TryParse(ImpactAmount, out var amount))
            state.AddModelError("Risk.ImpactAmount", "Vul bij de schade een bedrag in, bijvoorbeeld 25.000.");
        else if (amount < 0)
            state.AddModelError("Risk.ImpactAmount", "De schade in euro's mag niet negatief zijn.");
        else if (amount > 100_000_000m)
            state.AddModelError("Risk.ImpactAmount", "De schade in euro's is te groot; het maximum is 100 miljoen.");
    }

    public void ApplyTo(Risk risk)
    {
        risk.Title = Title.Trim();
        risk.Category = Category!.Value;
        risk.Probability = Probability!.Value;
        risk.Impact = Impact!.Value;
        risk.ImpactAmount = DutchNumber.ParseValidated(ImpactAmount);
        risk.Owner = Owner!.Value;
        risk.OwnerRationale = Clean(OwnerRationale);
        risk.Mitigation = Clean(Mitigation);
        risk.Status = Status!.Value;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
