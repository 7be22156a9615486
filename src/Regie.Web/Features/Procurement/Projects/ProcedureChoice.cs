using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>
/// The rule for choosing a procedure: never lighter than the law requires; lighter than the board's own policy only
/// with a written reason, so the deviation can be accounted for later.
/// </summary>
public static class ProcedureChoice
{
    /// <summary>A Dutch message when the choice is not allowed, or null when it is.</summary>
    public static string? Refusal(ProcedureKind chosen, PolicyAdvice advice, string? reason)
    {
        if (chosen >= advice.Procedure) return null;
        if (advice.RequiredByLaw)
            return $"Kies een {Enums.Label(advice.Procedure).ToLowerInvariant()}: de geraamde waarde ligt op of boven de Europese drempel, en dan staat de wet geen lichtere procedure toe.";
        if (string.IsNullOrWhiteSpace(reason))
            return $"Uw inkoopbeleid vraagt een {Enums.Label(advice.Procedure).ToLowerInvariant()}. Licht bij 'Reden voor een lichtere procedure' toe waarom u {Enums.Label(chosen).ToLowerInvariant()} kiest.";
        return null;
    }

    public static bool IsDeviation(ProcedureKind chosen, PolicyAdvice advice) => chosen < advice.Procedure;
}
