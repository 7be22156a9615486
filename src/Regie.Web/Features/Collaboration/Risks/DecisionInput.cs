using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Regie.Web.Features.Collaboration.Risks;

/// <summary>The decision at a go/no-go moment: what was decided, by whom and when.</summary>
public sealed class DecisionInput
{
    public Guid MomentId { get; set; }
    public int Version { get; set; }

    [Display(Name = "Besluit"), Required(ErrorMessage = "Kies het besluit.")]
    public Decision? Decision { get; set; }

    [Display(Name = "Besloten door"), StringLength(200, ErrorMessage = "'Besloten door' mag niet langer zijn dan 200 tekens.")]
    public string? Decider { get; set; }

    [Display(Name = "Besloten op")]
    public string? DecidedOn { get; set; }

    [Display(Name = "Toelichting"), StringLength(Initiative.TextMax, ErrorMessage = "De toelichting mag niet langer zijn dan 4.000 tekens.")]
    public string? Notes { get; set; }

    public static DecisionInput From(GoNoGoMoment m) => new()
    {
        MomentId = m.Id, Version = m.Version, Decision = m.Decision, Decider = m.Decider, DecidedOn = IsoDate.Format(m.DecidedOn), Notes = m.Notes,
    };

    public void Validate(ModelStateDictionary state)
    {
        if (Decision is null or Collaboration.Decision.Pending) return;
        if (string.IsNullOrWhiteSpace(Decider))
            state.AddModelError("Decision.Decider", "Vul in wie het besluit heeft genomen.");
        if (string.IsNullOrWhiteSpace(DecidedOn))
            state.AddModelError("Decision.DecidedOn", "Vul de datum van het besluit in.");
        else if (IsoDate.Parse(DecidedOn) is null)
            state.AddModelError("Decision.DecidedOn", "Vul bij 'Besloten op' een datum in, bijvoorbeeld 15-03-2027.");
    }

    public void ApplyTo(GoNoGoMoment moment) =>
        moment.Decide(Decision!.Value, Decider, IsoDate.Parse(DecidedOn), RiskInput.Clean(Notes));
}
