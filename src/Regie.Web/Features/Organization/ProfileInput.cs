using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Organization;

/// <summary>The fields an organization keeps up itself; supplier-only fields are ignored for other kinds.</summary>
public sealed partial class ProfileInput
{
    [Display(Name = "Naam"), Required(ErrorMessage = "Vul de naam van de organisatie in."), StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string Name { get; set; } = "";

    [Display(Name = "Plaats"), StringLength(100, ErrorMessage = "De plaats mag niet langer zijn dan 100 tekens.")]
    public string? City { get; set; }

    [Display(Name = "E-mailadres"), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in."), StringLength(256), DataType(DataType.EmailAddress)]
    public string? Email { get; set; }

    [Display(Name = "Telefoonnummer"), StringLength(30, ErrorMessage = "Het telefoonnummer mag niet langer zijn dan 30 tekens.")]
    public string? Phone { get; set; }

    [Display(Name = "Website"), StringLength(300, ErrorMessage = "Het webadres mag niet langer zijn dan 300 tekens.")]
    public string? Website { get; set; }

    [Display(Name = "KvK-nummer")]
    public string? ChamberOfCommerceNumber { get; set; }

    [Display(Name = "Contactpersoon"), StringLength(200, ErrorMessage = "De naam van de contactpersoon mag niet langer zijn dan 200 tekens.")]
    public string? ContactName { get; set; }

    [Display(Name = "Omschrijving van uw aanbod"), StringLength(2000, ErrorMessage = "De omschrijving mag niet langer zijn dan 2000 tekens.")]
    public string? Description { get; set; }

    [Display(Name = "Naam van ons bestuur tonen aan de coöperatie")]
    public bool ShowNameToCooperative { get; set; }

    public int Version { get; set; }

    public static ProfileInput From(Infrastructure.Tenancy.Organization o) => new()
    {
        Name = o.Name, City = o.City, Email = o.Email, Phone = o.Phone, Website = o.Website, Version = o.Version,
        ChamberOfCommerceNumber = (o as Supplier)?.ChamberOfCommerceNumber,
        ContactName = (o as Supplier)?.ContactName,
        Description = (o as Supplier)?.Description,
        ShowNameToCooperative = (o as Board)?.ShowNameToCooperative ?? false,
    };

    public void Validate(ModelStateDictionary modelState, Infrastructure.Tenancy.Organization organization)
    {
        if (organization is Supplier && Clean(ChamberOfCommerceNumber) is { } kvk && !EightDigits().IsMatch(kvk))
            modelState.AddModelError("Input.ChamberOfCommerceNumber", "Het KvK-nummer bestaat uit 8 cijfers.");
        if (Clean(Website) is { } site && !Uri.TryCreate(site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site, UriKind.Absolute, out _))
            modelState.AddModelError("Input.Website", "Vul een geldig webadres in, bijvoorbeeld www.organisatie.nl.");
    }

    public void ApplyTo(Infrastructure.Tenancy.Organization organization)
    {
        organization.Name = Name.Trim();
        organization.City = Clean(City);
        organization.Email = Clean(Email);
        organization.Phone = Clean(Phone);
        organization.Website = Clean(Website);
        switch (organization)
        {
            case Supplier supplier:
                supplier.ChamberOfCommerceNumber = Clean(ChamberOfCommerceNumber);
                supplier.ContactName = Clean(ContactName);
                supplier.Description = Clean(Description);
                break;
            case Board board:
                board.ShowNameToCooperative = ShowNameToCooperative;
                break;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[0-9]{8}$")] private static partial Regex EightDigits();
}
