using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Regie.Web.Features.Collaboration.Risks;

/// <summary>A go/no-go moment as planned: name, date and the criteria agreed in advance.</summary>
public sealed class MomentInput
{
    public Guid? MomentId { get; set; }
    public int Version { get; set; }

    [Display(Name = "Naam van het moment"), Required(ErrorMessage = "Geef het moment een naam, bijvoorbeeld 'Na het prototype'."),
     StringLength(200, ErrorMessage = "De naam van het moment mag niet langer zijn dan 200 tekens.")]
    public string Name { get; set; } = "";

    [Display(Name = "Gepland op")]
    public string? PlannedOn { get; set; }

    [Display(Name = "Criteria"), Required(ErrorMessage = "Beschrijf de criteria waarop u besluit."),
     StringLength(Initiative.TextMax, ErrorMessage = "De criteria mogen niet langer zijn dan 4.000 tekens.")]
    public string Criteria { get; set; } = "";

    public static MomentInput From(GoNoGoMoment m) => new()
    {
        MomentId = m.Id, Version = m.Version, Name = m.Name, Criteria = m.Criteria, PlannedOn = IsoDate.Format(m.PlannedOn),
    };

    public void Validate(ModelStateDictionary state)
    {
        if (!string.IsNullOrWhiteSpace(PlannedOn) && IsoDate.Parse(PlannedOn) is null)
            state.AddModelError("Moment.PlannedOn", "Vul bij 'Gepland op' een datum in, bijvoorbeeld 15-03-2027.");
    }

    public void ApplyTo(GoNoGoMoment moment)
    {
        moment.Name = Name.Trim();
        moment.Criteria = Criteria.Trim();
        moment.PlannedOn = IsoDate.Parse(PlannedOn);
    }
}

/// <summary>Dates from a date field (yyyy-MM-dd) or typed the Dutch way (dd-MM-yyyy) where the browser has no date picker.</summary>
public static class IsoDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
