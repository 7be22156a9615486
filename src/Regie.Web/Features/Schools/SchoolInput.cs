using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Schools;

/// <summary>The school form, shared by Create and Edit.</summary>
public sealed class SchoolInput
{
    [Display(Name = "Naam"), Required(ErrorMessage = "Vul de naam van de school in."), StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string Name { get; set; } = "";

    [Display(Name = "BRIN"), Required(ErrorMessage = "Vul de BRIN-code in.")]
    public string Brin { get; set; } = "";

    [Display(Name = "Vestigingsnummer"), Required(ErrorMessage = "Vul het vestigingsnummer in (00 voor de hoofdvestiging).")]
    public string LocationNumber { get; set; } = "00";

    [Display(Name = "Straat"), StringLength(200, ErrorMessage = "De straat mag niet langer zijn dan 200 tekens.")]
    public string? Street { get; set; }

    [Display(Name = "Huisnummer"), StringLength(20, ErrorMessage = "Het huisnummer mag niet langer zijn dan 20 tekens.")]
    public string? HouseNumber { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Plaats"), Required(ErrorMessage = "Vul de plaats in."), StringLength(100, ErrorMessage = "De plaats mag niet langer zijn dan 100 tekens.")]
    public string City { get; set; } = "";

    [Display(Name = "Denominatie"), StringLength(100, ErrorMessage = "De denominatie mag niet langer zijn dan 100 tekens.")]
    public string? Denomination { get; set; }

    [Display(Name = "Website"), StringLength(300, ErrorMessage = "Het webadres mag niet langer zijn dan 300 tekens.")]
    public string? Website { get; set; }

    [Display(Name = "Aantal leerlingen"), Range(0, 20_000, ErrorMessage = "Het aantal leerlingen moet tussen 0 en 20.000 liggen.")]
    public int? PupilCount { get; set; }

    public int Version { get; set; }

    public static SchoolInput From(School s) => new()
    {
        Name = s.Name, Brin = s.Brin, LocationNumber = s.LocationNumber, Street = s.Street, HouseNumber = s.HouseNumber,
        Postcode = s.Postcode, City = s.City, Denomination = s.Denomination, Website = s.Website, PupilCount = s.PupilCount, Version = s.Version,
    };

    public void ApplyTo(School school)
    {
        school.Name = Name.Trim();
        school.SetCode(Brin, LocationNumber);
        school.Street = Clean(Street);
        school.HouseNumber = Clean(HouseNumber);
        school.Postcode = Clean(Postcode) is { } p ? School.NormalizePostcode(p) : null;
        school.City = City.Trim();
        school.Denomination = Clean(Denomination);
        school.Website = Clean(Website);
        school.PupilCount = PupilCount;
    }

    /// <summary>Checks beyond single fields: code formats and that the location code is not used by any school in Regie.</summary>
    public async Task ValidateAsync(ModelStateDictionary modelState, RegieDbContext db, Guid? schoolId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Brin) && !School.IsValidBrin(Brin))
            modelState.AddModelError("Input.Brin", "De BRIN-code bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 18BR.");
        if (!string.IsNullOrWhiteSpace(LocationNumber) && !School.IsValidLocationNumber(LocationNumber))
            modelState.AddModelError("Input.LocationNumber", "Het vestigingsnummer bestaat uit 2 cijfers, bijvoorbeeld 00 of 01.");
        if (Clean(Postcode) is { } postcode && !School.IsValidPostcode(postcode))
            modelState.AddModelError("Input.Postcode", "De postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 9406 NN.");
        if (Clean(Website) is { } website && !Uri.TryCreate(website.Contains("://", StringComparison.Ordinal) ? website : "https://" + website, UriKind.Absolute, out _))
            modelState.AddModelError("Input.Website", "Vul een geldig webadres in, bijvoorbeeld www.school.nl.");
        if (!modelState.IsValid) return;

        var code = Brin.Trim().ToUpperInvariant() + LocationNumber.Trim();
        // Location codes are unique nationally, so the check looks past the tenant filter; it reveals no more than DUO's open data.
        var taken = await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.LocationCode == code && s.Id != schoolId, ct);
        if (taken) modelState.AddModelError("Input.Brin", $"Vestiging {code} is al geregistreerd in Regie. Controleer BRIN-code en vestigingsnummer.");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
