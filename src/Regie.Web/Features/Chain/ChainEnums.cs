using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Chain;

/// <summary>What a user does for one school in the chain; a user may hold several assignments.</summary>
public enum SchoolAssignmentKind
{
    [Display(Name = "Schoolleider")] SchoolLeader = 1,
    [Display(Name = "ICT-coördinator")] Coordinator = 2,
    [Display(Name = "Privacycontactpersoon")] PrivacyContact = 3,
}

/// <summary>Which national number a pupil's first-level hash was made from.</summary>
public enum PupilNumberKind
{
    [Display(Name = "BSN")] Bsn = 1,
    [Display(Name = "Onderwijsnummer")] Onderwijsnummer = 2,
}

/// <summary>The fields a supplier may receive per pupil besides the pseudonym (data minimisation: default none).</summary>
[Flags]
public enum SharedFields
{
    None = 0,
    [Display(Name = "Groepscode en groepsnaam")] Group = 1,
    [Display(Name = "Jaargroep")] YearGroup = 2,
}

/// <summary>What a supplier received or sent.</summary>
public enum DataAccessKind
{
    [Display(Name = "Leerlinglijst opgehaald")] RosterFetch = 1,
    [Display(Name = "Resultaten aangeleverd")] ResultDelivery = 2,
}

public enum ResultFormat
{
    [Display(Name = "JSON")] Json = 1,
    [Display(Name = "UWLR-XML")] UwlrXml = 2,
}
