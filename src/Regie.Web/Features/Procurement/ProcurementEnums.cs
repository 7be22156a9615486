using System.ComponentModel.DataAnnotations;

namespace Regie.Web.Features.Procurement;

/// <summary>The purchase categories of a board's procurement policy; thresholds are added up per category.</summary>
public enum PurchaseCategory
{
    [Display(Name = "Devices")] Devices = 1,
    [Display(Name = "ICT-infrastructuur en connectiviteit")] Infrastructure = 2,
    [Display(Name = "Software en licenties")] Software = 3,
    [Display(Name = "Digitale leermiddelen")] LearningMaterials = 4,
    [Display(Name = "Diensten")] Services = 5,
    [Display(Name = "Kantoorartikelen")] OfficeSupplies = 6,
}

/// <summary>The kind of public contract a European threshold applies to.</summary>
public enum ContractKind
{
    [Display(Name = "Leveringen en diensten")] SuppliesAndServices = 1,
    [Display(Name = "Werken")] Works = 2,
    [Display(Name = "Sociale en andere specifieke diensten")] SocialServices = 3,
}

/// <summary>The procurement procedures a board's policy assigns by estimated value.</summary>
public enum ProcedureKind
{
    [Display(Name = "Enkelvoudig onderhands")] SingleQuote = 1,
    [Display(Name = "Meervoudig onderhands")] MultipleQuotes = 2,
    [Display(Name = "Europese aanbesteding")] European = 3,
}
