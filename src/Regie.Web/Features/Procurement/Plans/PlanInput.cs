using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>The form that starts a plan: its name, the years it covers and, for a school's own plan, the school.</summary>
public sealed class PlanInput
{
    [Display(Name = "Naam van het plan"), Required(ErrorMessage = "Vul de naam van het plan in."),
     StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Eerste jaar"), Required(ErrorMessage = "Vul het eerste jaar van het plan in.")]
    public int? FirstYear { get; set; }

    [Display(Name = "Aantal jaren"), Required(ErrorMessage = "Vul in hoeveel jaren het plan beslaat."),
     Range(1, PlanHorizon.MaxYears, ErrorMessage = "Een plan beslaat 1 tot en met 15 jaar.")]
    public int? Years { get; set; } = 4;

    [Display(Name = "School")]
    public Guid? SchoolId { get; set; }

    public void Validate(ModelStateDictionary state, SchoolListing schools, int thisYear)
    {
        if (FirstYear is { } first && (first < thisYear - 5 || first > thisYear + 10))
            state.AddModelError("Input.FirstYear", $"Het eerste jaar ligt tussen {thisYear - 5} en {thisYear + 10}.");
        if (SchoolId is { } id && schools.Find(new() { Status = "alle" }).All(s => s.Id != id))
            state.AddModelError("Input.SchoolId", "Kies een school van uw bestuur, of laat het veld leeg voor een plan van het hele bestuur.");
    }

    /// <summary>The plan and its first, draft version.</summary>
    public (InvestmentPlan Plan, InvestmentPlanVersion Version) Create(Guid boardId)
    {
        var plan = new InvestmentPlan { BoardId = boardId, Title = Title.Trim(), FirstYear = FirstYear!.Value, Years = Years!.Value, SchoolId = SchoolId };
        return (plan, new InvestmentPlanVersion { BoardId = boardId, PlanId = plan.Id, Number = 1, Reason = "Eerste versie" });
    }
}
