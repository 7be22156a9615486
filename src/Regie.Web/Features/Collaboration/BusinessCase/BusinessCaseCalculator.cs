namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>What the calculator needs of a line; amounts are positive, the line type gives the sign.</summary>
public sealed record CaseLine(LineType Type, LifecyclePhase? Phase, Frequency Frequency, decimal Amount, int FromYear, int? ToYear)
{
    public static CaseLine From(BusinessCaseLine line) => new(line.Type, line.Phase, line.Frequency, line.Amount, line.FromYear, line.ToYear);
}

public sealed record CaseSettings(int StartYear, int HorizonYears, decimal DiscountRatePercent)
{
    public int EndYear => StartYear + HorizonYears - 1;

    public IReadOnlyList<int> Years => Enumerable.Range(StartYear, HorizonYears).ToList();

    public bool Contains(int year) => year >= StartYear && year <= EndYear;

    /// <summary>An initiative without a start year yet counts from the current year.</summary>
    public static CaseSettings From(Initiative initiative, int currentYear) =>
        new(initiative.StartYear > 0 ? initiative.StartYear : currentYear, Math.Max(1, initiative.HorizonYears), initiative.DiscountRatePercent);
}

/// <summary>One year of the case; "without subsidy" is the same year as if every subsidy had stopped.</summary>
public sealed record CaseYear(
    int Year, decimal Costs, decimal HiddenCosts, decimal Revenues, decimal Subsidies,
    decimal Net, decimal Cumulative, decimal NetWithoutSubsidy, decimal CumulativeWithoutSubsidy, decimal DiscountFactor);

public sealed record PhaseTotal(LifecyclePhase Phase, IReadOnlyList<decimal> PerYear)
{
    public decimal Total => PerYear.Sum();
}

public sealed record BusinessCaseResult(
    CaseSettings Settings, IReadOnlyList<CaseYear> Years, IReadOnlyList<PhaseTotal> Phases,
    decimal NetPresentValue, decimal NetPresentValueWithoutSubsidy, int LinesOutsideHorizon)
{
    public decimal TotalCosts => Years.Sum(y => y.Costs);
    public decimal TotalHiddenCosts => Years.Sum(y => y.HiddenCosts);
    public decimal TotalRevenues => Years.Sum(y => y.Revenues);
    public decimal TotalSubsidies => Years.Sum(y => y.Subsidies);
    public decimal TotalNet => Years.Sum(y => y.Net);
    public decimal TotalNetWithoutSubsidy => Years.Sum(y => y.NetWithoutSubsidy);

    /// <summary>The last year in the horizon that still receives subsidy, or null when there is none.</summary>
    public int? LastSubsidyYear => Years.LastOrDefault(y => y.Subsidies > 0)?.Year;

    /// <summary>The first year from which the cumulative cash flow stays at or above zero.</summary>
    public int? BreakEvenYear => BreakEven(Years.Select(y => (y.Year, y.Cumulative)));

    public int? BreakEvenYearWithoutSubsidy => BreakEven(Years.Select(y => (y.Year, y.CumulativeWithoutSubsidy)));

    private static int? BreakEven(IEnumerable<(int Year, decimal Cumulative)> years)
    {
        int? from = null;
        foreach (var (year, cumulative) in years)
            from = cumulative >= 0 ? from ?? year : null;
        return from;
    }
}

/// <summary>
/// Turns business-case lines into yearly cash flows and a net present value. Pure: no database, no clock.
/// Convention: the first year of the horizon is not discounted, year t after it is divided by (1 + r)^t,
/// so money spent at the start counts in full and later money counts for less.
/// </summary>
public static class BusinessCaseCalculator
{
    public static BusinessCaseResult Calculate(CaseSettings settings, IEnumerable<CaseLine> lines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.HorizonYears, 1);
        var all = lines.ToList();
        var years = settings.Years;
        var phases = Enum.GetValues<LifecyclePhase>().ToDictionary(p => p, _ => new decimal[years.Count]);
        var costs = new decimal[years.Count];
        var hidden = new decimal[years.Count];
        var revenues = new decimal[years.Count];
        var subsidies = new decimal[years.Count];
        var outside = 0;

        foreach (var line in all)
        {
            var counted = false;
            foreach (var year in YearsOf(line, settings))
            {
                counted = true;
                var i = year - settings.StartYear;
                switch (line.Type)
                {
                    case LineType.Cost or LineType.OwnHours:
                        costs[i] += line.Amount;
                        if (line.Type == LineType.OwnHours) hidden[i] += line.Amount;
                        if (line.Phase is { } phase) phases[phase][i] += line.Amount;
                        break;
                    case LineType.Revenue: revenues[i] += line.Amount; break;
                    case LineType.Subsidy: subsidies[i] += line.Amount; break;
                }
            }
            if (!counted) outside++;
        }

        var rows = new List<CaseYear>(years.Count);
        decimal cumulative = 0, cumulativeWithout = 0, npv = 0, npvWithout = 0, factor = 1;
        var rate = 1 + settings.DiscountRatePercent / 100m;
        for (var i = 0; i < years.Count; i++)
        {
            var withoutSubsidy = revenues[i] - costs[i];
            var net = withoutSubsidy + subsidies[i];
            cumulative += net;
            cumulativeWithout += withoutSubsidy;
            npv += net / factor;
            npvWithout += withoutSubsidy / factor;
            rows.Add(new CaseYear(years[i], costs[i], hidden[i], revenues[i], subsidies[i], net, cumulative, withoutSubsidy, cumulativeWithout, 1 / factor));
            factor *= rate;
        }

        return new BusinessCaseResult(settings, rows,
            phases.Select(p => new PhaseTotal(p.Key, p.Value)).ToList(),
            decimal.Round(npv, 2), decimal.Round(npvWithout, 2), outside);
    }

    /// <summary>The horizon years in which a line brings or costs money.</summary>
    public static IEnumerable<int> YearsOf(CaseLine line, CaseSettings settings)
    {
        var last = Math.Min(line.Frequency == Frequency.OneOff ? line.FromYear : line.ToYear ?? settings.EndYear, settings.EndYear);
        for (var year = Math.Max(line.FromYear, settings.StartYear); year <= last; year++)
            yield return year;
    }
}
