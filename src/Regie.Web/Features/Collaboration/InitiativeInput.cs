using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Collaboration;

/// <summary>The initiative form, shared by Create and Edit.</summary>
public sealed class InitiativeInput
{
    private const string TooLong = "mag niet langer zijn dan 4.000 tekens.";

    [Display(Name = "Naam"), Required(ErrorMessage = "Vul de naam van het initiatief in."), StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Ambitie en doelen"), Required(ErrorMessage = "Beschrijf de ambitie en de doelen."), StringLength(Initiative.TextMax, ErrorMessage = "Ambitie en doelen " + TooLong)]
    public string Ambition { get; set; } = "";

    [Display(Name = "Wat hoort er wel en niet bij"), StringLength(Initiative.TextMax, ErrorMessage = "Wat hoort er wel en niet bij " + TooLong)]
    public string? Scope { get; set; }

    [Display(Name = "Eerste jaar"), Required(ErrorMessage = "Vul het eerste jaar in."), Range(2000, 2100, ErrorMessage = "Het eerste jaar moet tussen 2000 en 2100 liggen.")]
    public int? StartYear { get; set; }

    [Display(Name = "Looptijd (jaren)"), Required(ErrorMessage = "Vul de looptijd in jaren in."), Range(1, 15, ErrorMessage = "De looptijd moet tussen 1 en 15 jaar liggen.")]
    public int? HorizonYears { get; set; } = 4;

    public int Version { get; set; }

    public static InitiativeInput From(Initiative i) => new()
    {
        Title = i.Title, Ambition = i.Ambition, Scope = i.Scope, StartYear = i.StartYear, HorizonYears = i.HorizonYears, Version = i.Version,
    };

    public void ApplyTo(Initiative initiative)
    {
        initiative.Title = Title.Trim();
        initiative.Ambition = Ambition.Trim();
        initiative.Scope = string.IsNullOrWhiteSpace(Scope) ? null : Scope.Trim();
        initiative.StartYear = StartYear!.Value;
        initiative.HorizonYears = HorizonYears!.Value;
    }
}
