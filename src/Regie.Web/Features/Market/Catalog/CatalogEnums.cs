using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Market.Catalog;

public enum ItemKind
{
    [Display(Name = "Digitaal leermiddel")] LearningMaterial = 1,
    [Display(Name = "Apparaat")] Device = 2,
    [Display(Name = "Software of platform")] Software = 3,
    [Display(Name = "Infrastructuur en connectiviteit")] Infrastructure = 4,
    [Display(Name = "Dienst")] Service = 5,
}

/// <summary>What kind of work a service is; only items of kind <see cref="ItemKind.Service"/> have one.</summary>
public enum ServiceType
{
    [Display(Name = "Professionalisering")] ProfessionalDevelopment = 1,
    [Display(Name = "Advies")] Advice = 2,
    [Display(Name = "Ondersteuning")] Support = 3,
    [Display(Name = "Onderzoek")] Research = 4,
}

public enum ItemStatus
{
    [Display(Name = "Concept")] Concept = 1,
    [Display(Name = "Gepubliceerd")] Published = 2,
    [Display(Name = "Gearchiveerd")] Archived = 3,
}

[Flags]
public enum SchoolSectors
{
    None = 0,
    [Display(Name = "po")] Po = 1,
    [Display(Name = "vo")] Vo = 2,
    [Display(Name = "so")] So = 4,
    [Display(Name = "mbo")] Mbo = 8,
}

[Flags]
public enum InnovationCategories
{
    None = 0,
    [Display(Name = "Adaptief en maatwerk")] Adaptive = 1,
    [Display(Name = "Games")] Games = 2,
    [Display(Name = "21e-eeuwse vaardigheden")] TwentyFirstCenturySkills = 4,
    [Display(Name = "Voortgangsinformatie")] ProgressInformation = 8,
    [Display(Name = "Vakoverstijgend")] CrossCurricular = 16,
}

/// <summary>The functional building blocks of a digital learning environment; the in-use list groups by them.</summary>
[Flags]
public enum BuildingBlocks
{
    None = 0,
    [Display(Name = "Leerinhoud")] Content = 1,
    [Display(Name = "Toetsen")] Assessment = 2,
    [Display(Name = "Voortgang volgen")] Progress = 4,
    [Display(Name = "Plannen en roosteren")] Planning = 8,
    [Display(Name = "Communicatie")] Communication = 16,
    [Display(Name = "Administratie")] Administration = 32,
    [Display(Name = "Identiteit en toegang")] IdentityAccess = 64,
    [Display(Name = "Apparaten en netwerk")] DevicesNetwork = 128,
}

public enum PricingModel
{
    [Display(Name = "Per leerling per jaar")] PerPupilPerYear = 1,
    [Display(Name = "Per licentie per jaar")] PerLicencePerYear = 2,
    [Display(Name = "Eenmalig")] OneOff = 3,
    [Display(Name = "Per uur")] PerHour = 4,
    [Display(Name = "Per dag")] PerDay = 5,
}

[Flags]
public enum SingleSignOnOptions
{
    None = 0,
    [Display(Name = "Entree")] Entree = 1,
    [Display(Name = "Basispoort")] Basispoort = 2,
    [Display(Name = "SURFconext")] SurfConext = 4,
    [Display(Name = "Microsoft")] Microsoft = 8,
    [Display(Name = "Google")] Google = 16,
}

public enum WcagLevel
{
    [Display(Name = "Niet opgegeven")] Unknown = 0,
    [Display(Name = "Voldoet niet")] None = 1,
    [Display(Name = "WCAG 2.1 niveau A")] A = 2,
    [Display(Name = "WCAG 2.1 niveau AA")] AA = 3,
    [Display(Name = "WCAG 2.1 niveau AAA")] AAA = 4,
}

public enum DataLocation
{
    [Display(Name = "Niet opgegeven")] Unknown = 0,
    [Display(Name = "Binnen de EU/EER")] EuEea = 1,
    [Display(Name = "(Ook) buiten de EU/EER")] OutsideEuEea = 2,
}

/// <summary>One checkable compliance fact; the platform can mark each as verified.</summary>
public enum ComplianceFact
{
    [Display(Name = "Privacyconvenant ondertekend")] PrivacyCovenant = 1,
    [Display(Name = "Verwerkersovereenkomst beschikbaar")] ProcessingAgreement = 2,
    [Display(Name = "Privacybijsluiter beschikbaar")] PrivacySheet = 3,
    [Display(Name = "ECK iD (pseudoniem)")] EckId = 4,
    [Display(Name = "Resultaten uitwisselen (UWLR)")] Uwlr = 5,
    [Display(Name = "Single sign-on")] SingleSignOn = 6,
    [Display(Name = "LTI")] Lti = 7,
    [Display(Name = "Gegevens exporteren")] DataExport = 8,
    [Display(Name = "Toegankelijkheid")] Accessibility = 9,
    [Display(Name = "Gegevens in de EU/EER")] DataLocation = 10,
    [Display(Name = "Certificeringen")] Certifications = 11,
}
