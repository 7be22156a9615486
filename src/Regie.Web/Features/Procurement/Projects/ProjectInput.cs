using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>What a project is and what it is worth: the form shared by Create and Edit, with the procedure choice.</summary>
public sealed class ProjectInput
{
    public const int BlankRows = 2;

    [Display(Name = "Naam"), Required(ErrorMessage = "Vul de naam van het inkooptraject in."), StringLength(200, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Omschrijving"), Required(ErrorMessage = "Beschrijf wat u wilt inkopen en waarom."),
     StringLength(ProcurementProject.TextMax, ErrorMessage = "De omschrijving mag niet langer zijn dan 8.000 tekens.")]
    public string Description { get; set; } = "";

    [Display(Name = "Categorie"), Required(ErrorMessage = "Kies de categorie.")]
    public PurchaseCategory? Category { get; set; }

    [Display(Name = "Soort opdracht"), Required(ErrorMessage = "Kies de soort opdracht.")]
    public ContractKind? ContractKind { get; set; } = Procurement.ContractKind.SuppliesAndServices;

    [Display(Name = "Start van de procedure"), Required(ErrorMessage = "Vul de datum in waarop de procedure start; die bepaalt welke drempel geldt.")]
    public DateOnly? ProcedureStart { get; set; }

    /// <summary>Empty: follow the advice.</summary>
    [Display(Name = "Procedure")]
    public ProcedureKind? Procedure { get; set; }

    [Display(Name = "Reden voor een lichtere procedure"),
     StringLength(ProcurementProject.ReasonMax, ErrorMessage = "De reden mag niet langer zijn dan 2.000 tekens.")]
    public string? ProcedureDeviationReason { get; set; }

    public List<EstimateLineInput> Lines { get; set; } = [];

    public int Version { get; set; }

    public static ProjectInput From(ProcurementProject project) => new ProjectInput
    {
        Title = project.Title, Description = project.Description, Category = project.Category, ContractKind = project.ContractKind,
        ProcedureStart = project.ProcedureStart, Procedure = project.Procedure, ProcedureDeviationReason = project.ProcedureDeviationReason,
        Lines = project.Estimate.Select(EstimateLineInput.From).ToList(), Version = project.Version,
    }.WithBlankRows();

    /// <summary>Room to add lines without JavaScript: a few empty rows below the filled ones.</summary>
    public ProjectInput WithBlankRows(int count = BlankRows)
    {
        Lines = [.. Lines.Where(l => !l.IsEmpty)];
        for (var i = 0; i < count; i++) Lines.Add(new EstimateLineInput());
        return this;
    }

    /// <summary>The estimate lines; adds messages for bad rows and for a start date outside the threshold table.</summary>
    public List<EstimateLine> ReadEstimate(ModelStateDictionary state, string prefix = "Input")
    {
        if (ProcedureStart is { Year: < 2016 or > 2100 })
            state.AddModelError($"{prefix}.ProcedureStart", "De start van de procedure moet tussen 2016 en 2100 liggen.");
        var lines = EstimateLineInput.Read(Lines, $"{prefix}.Lines", state);
        if (lines.Count == 0) state.AddModelError($"{prefix}.Lines", "Vul ten minste één regel van de raming in.");
        return lines;
    }

    public void ApplyTo(ProcurementProject project, List<EstimateLine> estimate, ProcedureKind procedure, bool deviates)
    {
        project.Title = Title.Trim();
        project.Description = Description.Trim();
        project.Category = Category!.Value;
        project.ContractKind = ContractKind!.Value;
        project.ProcedureStart = ProcedureStart!.Value;
        project.Estimate = estimate;
        project.Procedure = procedure;
        project.ProcedureDeviationReason = deviates ? ProcedureDeviationReason?.Trim() : null;
    }
}
