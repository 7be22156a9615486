namespace Regie.Web.Features.Procurement.Plans;

/// <summary>
/// The sums of an investment plan: when units are bought, how their value is written off, what they cost per year
/// and over the plan's horizon. Amounts are rounded to cents per year, and the last year of a schedule takes the rest,
/// so a schedule always adds up to exactly the purchase amount.
/// </summary>
public static class PlanCalculator
{
    /// <summary>When the units are bought: the phases, or the whole quantity in the purchase year.</summary>
    public static IReadOnlyList<PlanPhase> Purchases(PlanLineFigures line) =>
        line.Phases.Count > 0 ? line.Phases : [new PlanPhase(line.PurchaseYear, line.Quantity, null)];

    /// <summary>The year recurring costs start: the year of the first purchase.</summary>
    public static int FirstPurchaseYear(PlanLineFigures line) => line.Phases.Count > 0 ? line.Phases.Min(p => p.Year) : line.PurchaseYear;

    /// <summary>
    /// The write-off of one purchase, year by year from the year it is bought. Linear: equal parts. Declining balance:
    /// 2 / years of the remaining book value each year, the rest in the last year. None: everything in the first year.
    /// </summary>
    public static IReadOnlyList<decimal> Depreciate(decimal amount, int years, DepreciationMethod method)
    {
        if (method == DepreciationMethod.None || years <= 1 || amount == 0) return [amount];
        var schedule = new decimal[years];
        var book = amount;
        var rate = 2m / years;
        for (var i = 0; i < years - 1; i++)
        {
            schedule[i] = method == DepreciationMethod.Linear ? Cents(amount / years) : Math.Min(book, Cents(book * rate));
            book -= schedule[i];
        }
        schedule[^1] = book;
        return schedule;
    }

    /// <summary>The line's write-off per calendar year, over every year it runs (also past the plan's horizon); each phase from its own year.</summary>
    public static SortedDictionary<int, decimal> DepreciationSchedule(PlanLineFigures line)
    {
        var schedule = new SortedDictionary<int, decimal>();
        foreach (var purchase in Purchases(line))
        {
            var parts = Depreciate(purchase.Quantity * line.UnitPrice, line.DepreciationYears, line.DepreciationMethod);
            for (var i = 0; i < parts.Count; i++)
                schedule[purchase.Year + i] = schedule.GetValueOrDefault(purchase.Year + i) + parts[i];
        }
        return schedule;
    }

    /// <summary>
    /// Recurring costs of the whole line in a year: from the first purchase year on, and when the contract has a fixed
    /// term only for the months it still runs (an 18-month contract: a full year, then half a year).
    /// </summary>
    public static decimal RecurringIn(PlanLineFigures line, int year)
    {
        var index = year - FirstPurchaseYear(line);
        if (index < 0 || line.YearlyRecurring == 0) return 0;
        if (line.ContractMonths is not { } months) return line.YearlyRecurring;
        var covered = Math.Clamp(months - 12 * index, 0, 12);
        return covered == 12 ? line.YearlyRecurring : Cents(line.YearlyRecurring * covered / 12m);
    }

    /// <summary>Everything the line costs within the plan's horizon: its purchases plus its recurring costs per year.</summary>
    public static LineCost TotalCostOfOwnership(PlanLineFigures line, PlanHorizon horizon)
    {
        var purchases = Purchases(line).Where(p => horizon.Contains(p.Year)).Sum(p => p.Quantity * line.UnitPrice);
        var recurring = horizon.All.Sum(year => RecurringIn(line, year));
        return new LineCost(purchases, recurring);
    }

    /// <summary>Totals per year, per category and per school (null: the whole board) within the horizon.</summary>
    public static PlanTotals Totals(IEnumerable<PlanLineFigures> lines, PlanHorizon horizon)
    {
        var years = new YearSums[horizon.Years];
        var categories = new Dictionary<PurchaseCategory, CategorySums>();
        var schools = new Dictionary<Guid, SchoolSums>();
        var board = new SchoolSums();
        var count = 0;
        foreach (var line in lines)
        {
            count++;
            var category = categories.TryGetValue(line.Category, out var c) ? c : categories[line.Category] = new CategorySums(horizon.Years);
            var school = line.SchoolId is { } id ? schools.TryGetValue(id, out var s) ? s : schools[id] = new SchoolSums() : board;
            school.Lines++;
            foreach (var purchase in Purchases(line))
            {
                if (!horizon.Contains(purchase.Year)) continue;
                var amount = purchase.Quantity * line.UnitPrice;
                var i = horizon.IndexOf(purchase.Year);
                years[i].Purchases += amount;
                category.Costs[i] += amount;
                category.Purchases += amount;
                school.Purchases += amount;
            }
            foreach (var (year, amount) in DepreciationSchedule(line))
            {
                if (!horizon.Contains(year)) continue;
                years[horizon.IndexOf(year)].Depreciation += amount;
                category.Depreciation += amount;
            }
            if (line.YearlyRecurring == 0) continue;
            foreach (var year in horizon.All)
            {
                var amount = RecurringIn(line, year);
                if (amount == 0) continue;
                var i = horizon.IndexOf(year);
                years[i].Recurring += amount;
                category.Costs[i] += amount;
                category.Recurring += amount;
                school.Recurring += amount;
            }
        }
        var schoolTotals = schools.Select(s => new SchoolTotal(s.Key, s.Value.Lines, s.Value.Purchases, s.Value.Recurring)).ToList();
        if (board.Lines > 0) schoolTotals.Insert(0, new SchoolTotal(null, board.Lines, board.Purchases, board.Recurring));
        return new PlanTotals(
            horizon, count,
            years.Select((y, i) => new YearTotal(horizon.FirstYear + i, y.Purchases, y.Recurring, y.Depreciation)).ToList(),
            categories.OrderBy(c => c.Key).Select(c => new CategoryTotal(c.Key, c.Value.Costs, c.Value.Purchases, c.Value.Recurring, c.Value.Depreciation)).ToList(),
            schoolTotals);
    }

    /// <summary>The reserve for the unforeseen: a fixed amount, or a percentage of the planned purchases.</summary>
    public static decimal Reserve(ReserveKind kind, decimal value, decimal purchases) => kind switch
    {
        ReserveKind.Amount => value,
        ReserveKind.Percentage => Cents(purchases * value / 100m),
        _ => 0,
    };

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private struct YearSums
    {
        public decimal Purchases, Recurring, Depreciation;
    }

    private sealed class CategorySums(int years)
    {
        public readonly decimal[] Costs = new decimal[years];
        public decimal Purchases, Recurring, Depreciation;
    }

    private sealed class SchoolSums
    {
        public int Lines;
        public decimal Purchases, Recurring;
    }
}

public sealed record LineCost(decimal Purchases, decimal Recurring)
{
    public decimal Total => Purchases + Recurring;
}

public sealed record YearTotal(int Year, decimal Purchases, decimal Recurring, decimal Depreciation)
{
    /// <summary>What the year costs in cash: purchases plus recurring costs (depreciation is the same money spread out).</summary>
    public decimal Costs => Purchases + Recurring;
}

/// <summary>A category's costs (purchases plus recurring) per year of the horizon, and its sums.</summary>
public sealed record CategoryTotal(PurchaseCategory Category, IReadOnlyList<decimal> CostsPerYear, decimal Purchases, decimal Recurring, decimal Depreciation)
{
    public decimal Costs => Purchases + Recurring;
}

/// <summary>A school's lines; <see cref="SchoolId"/> null is the whole board.</summary>
public sealed record SchoolTotal(Guid? SchoolId, int Lines, decimal Purchases, decimal Recurring)
{
    public decimal Costs => Purchases + Recurring;
}

public sealed record PlanTotals(PlanHorizon Horizon, int Lines, IReadOnlyList<YearTotal> Years, IReadOnlyList<CategoryTotal> Categories, IReadOnlyList<SchoolTotal> Schools)
{
    public decimal Purchases => Years.Sum(y => y.Purchases);
    public decimal Recurring => Years.Sum(y => y.Recurring);
    public decimal Depreciation => Years.Sum(y => y.Depreciation);
    public decimal Costs => Purchases + Recurring;

    public decimal PurchasesIn(int year) => Horizon.Contains(year) ? Years[Horizon.IndexOf(year)].Purchases : 0;
}
