using System.ComponentModel.DataAnnotations;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Monitor;

public enum PurchaseSource
{
    [Display(Name = "Investeringsplan")] PlanLine = 1,
    [Display(Name = "Inkooptraject")] Project = 2,
    [Display(Name = "Contract")] Contract = 3,
}

/// <summary>
/// One purchase the monitor counts: a planned line, a project or a contract, with its estimated value and the steps
/// that lead to it, so a controller can redo the sum.
/// </summary>
public sealed record MonitoredPurchase(
    PurchaseSource Source, Guid Id, PurchaseCategory Category, ContractKind Kind, DateOnly Start,
    string Description, string? SchoolName, Guid? SupplierId, string? SupplierName, decimal Value,
    Func<IReadOnlyList<CalculationStep>> Explain)
{
    private IReadOnlyList<CalculationStep>? _steps;

    /// <summary>Written out only when someone reads them: a large plan has tens of thousands of purchases and few are shown.</summary>
    public IReadOnlyList<CalculationStep> Steps => _steps ??= Explain();

    /// <summary>Contracts are already bought; they only help to spot split purchases, not to fill a year's total.</summary>
    public bool CountsTowardsTotal => Source != PurchaseSource.Contract;

    /// <summary>Purchase price plus the yearly costs over the contract term; yearly amounts are totals for the whole line.</summary>
    public static MonitoredPurchase FromPlanLine(PlanLineFacts line, string? schoolName, string? supplierName)
    {
        var purchase = line.Quantity * line.UnitPrice;
        var yearly = line.YearlyMaintenance + line.YearlyLicences + line.YearlyInsurance + line.YearlySupport;
        var months = line.ContractMonths ?? EstimatedValue.IndefiniteMonths;
        var recurring = yearly * months / 12m;
        return new(PurchaseSource.PlanLine, line.LineKey, line.Category, ContractKind.SuppliesAndServices,
            new DateOnly(line.StartYear, 1, 1), line.Description, schoolName, line.SupplierId, supplierName,
            purchase + recurring, () =>
            {
                var why = line.ContractMonths is null ? $"geen vaste looptijd, dus {months} maanden" : $"{months} maanden";
                var steps = new List<CalculationStep> { new("Aanschaf", purchase, $"{line.Quantity:0.##} × {line.UnitPrice.ToEuro()}") };
                if (yearly != 0)
                    steps.Add(new("Jaarlijkse kosten", recurring,
                        $"{yearly.ToEuro()} per jaar (onderhoud, licenties, verzekering, ondersteuning) × {why} ÷ 12"));
                return steps;
            });
    }

    /// <summary>The project's own estimate: base, options, renewals and lots together.</summary>
    public static MonitoredPurchase FromProject(ProjectFacts project, Guid? supplierId, string? supplierName) =>
        new(PurchaseSource.Project, project.Id, project.Category, project.Kind, project.ProcedureStart,
            $"{project.Reference} {project.Title}", null, supplierId, supplierName,
            EstimatedValue.Of(project.Estimate), () => EstimatedValue.Explain(project.Estimate));

    public static MonitoredPurchase FromContract(ContractFacts contract) =>
        new(PurchaseSource.Contract, contract.Id, contract.Category, ContractKind.SuppliesAndServices,
            contract.StartDate, contract.Title, null, contract.SupplierId, contract.SupplierName, contract.TotalValue,
            () => [new("Contractwaarde", contract.TotalValue, "de vastgelegde waarde van het contract, excl. btw")]);
}

/// <summary>The columns of a plan line the monitor needs; <see cref="StartYear"/> is the first phase year, else the purchase year.</summary>
public sealed record PlanLineFacts(
    Guid LineKey, Guid? SchoolId, PurchaseCategory Category, string Description, Guid? SupplierId,
    decimal Quantity, decimal UnitPrice, int StartYear, decimal YearlyMaintenance, decimal YearlyLicences,
    decimal YearlyInsurance, decimal YearlySupport, int? ContractMonths)
{
    public static int FirstYear(IReadOnlyCollection<PlanPhase> phases, int purchaseYear) =>
        phases.Count == 0 ? purchaseYear : phases.Min(p => p.Year);
}

public sealed record ProjectFacts(
    Guid Id, string Reference, string Title, PurchaseCategory Category, ContractKind Kind, DateOnly ProcedureStart,
    IReadOnlyList<EstimateLine> Estimate);

public sealed record ContractFacts(
    Guid Id, string Title, PurchaseCategory Category, Guid SupplierId, string SupplierName, decimal TotalValue, DateOnly StartDate);
