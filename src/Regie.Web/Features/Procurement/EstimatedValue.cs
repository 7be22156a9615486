using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement;

/// <summary>One step of a calculation, shown to the user so a controller can check it line by line.</summary>
public sealed record CalculationStep(string Label, decimal Amount, string Explanation);

/// <summary>
/// The estimated value of a purchase as public procurement law counts it: everything payable over the contract's whole
/// life, excluding VAT, with options, renewals and every lot included. A contract without a fixed end counts 48 months.
/// </summary>
public static class EstimatedValue
{
    /// <summary>The months counted for a contract without a fixed term.</summary>
    public const int IndefiniteMonths = 48;

    public static decimal Of(IEnumerable<EstimateLine> lines) => lines.Sum(Of);

    public static decimal Of(EstimateLine line) => line.OneOff + line.Monthly * (line.Months ?? IndefiniteMonths);

    /// <summary>The same total, one step per line, with the months that were counted and why.</summary>
    public static IReadOnlyList<CalculationStep> Explain(IEnumerable<EstimateLine> lines) => lines.Select(line =>
    {
        var months = line.Months ?? IndefiniteMonths;
        var why = line.Months is null ? $"geen vaste looptijd, dus {IndefiniteMonths} maanden" : $"{months} maanden";
        var text = line.Monthly == 0
            ? $"eenmalig {line.OneOff.ToEuro()}"
            : line.OneOff == 0
                ? $"{line.Monthly.ToEuro()} per maand × {why}"
                : $"eenmalig {line.OneOff.ToEuro()} + {line.Monthly.ToEuro()} per maand × {why}";
        return new CalculationStep($"{Enums.Label(line.Kind)}: {line.Label}", Of(line), text);
    }).ToList();
}
