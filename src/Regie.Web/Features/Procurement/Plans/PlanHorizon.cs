namespace Regie.Web.Features.Procurement.Plans;

/// <summary>The years a plan covers: <see cref="FirstYear"/> and the <see cref="Years"/> - 1 years after it.</summary>
public sealed record PlanHorizon(int FirstYear, int Years)
{
    public const int MaxYears = 15;

    public int LastYear => FirstYear + Years - 1;

    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    public IEnumerable<int> All => Enumerable.Range(FirstYear, Years);

    public int IndexOf(int year) => year - FirstYear;

    public override string ToString() => $"{FirstYear}–{LastYear}";
}

/// <summary>What the calculator needs of a plan line; the same for a stored line and for one being checked.</summary>
public sealed record PlanLineFigures(
    Guid? SchoolId, PurchaseCategory Category, decimal Quantity, decimal UnitPrice, int PurchaseYear,
    int DepreciationYears, DepreciationMethod DepreciationMethod, decimal YearlyMaintenance, decimal YearlyLicences,
    decimal YearlyInsurance, decimal YearlySupport, int? ContractMonths, IReadOnlyList<PlanPhase> Phases)
{
    public static PlanLineFigures From(InvestmentPlanLine l) => new(
        l.SchoolId, l.Category, l.Quantity, l.UnitPrice, l.PurchaseYear, l.DepreciationYears, l.DepreciationMethod,
        l.YearlyMaintenance, l.YearlyLicences, l.YearlyInsurance, l.YearlySupport, l.ContractMonths, l.Phases);

    /// <summary>Maintenance, licences, insurance and support together, for all units of the line.</summary>
    public decimal YearlyRecurring => YearlyMaintenance + YearlyLicences + YearlyInsurance + YearlySupport;

    public decimal PurchaseAmount => Quantity * UnitPrice;
}
