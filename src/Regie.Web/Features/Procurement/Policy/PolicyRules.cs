using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>What the board's policy says about one purchase: the procedure, who buys it, who may approve it, and why.</summary>
public sealed record PolicyAdvice(
    ProcedureKind Procedure, bool RequiredByLaw, BuyingLevel? Level, IReadOnlyList<string> OrdererRoles,
    IReadOnlyList<string> ApproverRoles, string Explanation);

public static class PolicyRules
{
    /// <summary>The procedure alone, without the explanation: what <see cref="Advise"/> decides, cheap enough for thousands of purchases.</summary>
    public static ProcedureKind Procedure(ProcurementPolicy? policy, decimal estimatedValue, decimal threshold) =>
        estimatedValue >= threshold ? ProcedureKind.European
        : policy is null ? ProcedureKind.MultipleQuotes
        : estimatedValue <= policy.SingleQuoteMax ? ProcedureKind.SingleQuote
        : estimatedValue <= policy.MultipleQuotesMax ? ProcedureKind.MultipleQuotes
        : ProcedureKind.European;

    /// <summary>
    /// The procedure for an estimated value: at or above the European threshold the law requires a European tender;
    /// below it the board's own limits decide. Without an adopted policy only the law is applied.
    /// </summary>
    public static PolicyAdvice Advise(ProcurementPolicy? policy, PurchaseCategory category, decimal estimatedValue, decimal threshold)
    {
        var rule = policy?.Categories.FirstOrDefault(c => c.Category == category);
        var approvers = policy?.ApprovalLimits.Where(l => l.MaxAmount >= estimatedValue).OrderBy(l => l.MaxAmount).Select(l => l.RoleKey).ToList() ?? [];
        var orderers = rule?.OrdererRoles ?? [];
        if (estimatedValue >= threshold)
            return new(ProcedureKind.European, true, rule?.Level, orderers, approvers,
                $"De geraamde waarde ({estimatedValue.ToEuro()}) ligt op of boven de Europese drempel ({threshold.ToEuro()}): een Europese aanbesteding is verplicht.");
        if (policy is null)
            return new(ProcedureKind.MultipleQuotes, false, null, [], [],
                $"De geraamde waarde ({estimatedValue.ToEuro()}) ligt onder de Europese drempel ({threshold.ToEuro()}). Er is nog geen vastgesteld inkoopbeleid; vraag ten minste meerdere offertes aan.");
        if (estimatedValue <= policy.SingleQuoteMax)
            return new(ProcedureKind.SingleQuote, false, rule?.Level, orderers, approvers,
                $"De geraamde waarde ({estimatedValue.ToEuro()}) is niet hoger dan de grens voor enkelvoudig onderhands in uw inkoopbeleid ({policy.SingleQuoteMax.ToEuro()}).");
        if (estimatedValue <= policy.MultipleQuotesMax)
            return new(ProcedureKind.MultipleQuotes, false, rule?.Level, orderers, approvers,
                $"De geraamde waarde ({estimatedValue.ToEuro()}) ligt boven {policy.SingleQuoteMax.ToEuro()} en niet boven {policy.MultipleQuotesMax.ToEuro()}: uw inkoopbeleid vraagt meervoudig onderhands.");
        return new(ProcedureKind.European, false, rule?.Level, orderers, approvers,
            $"De geraamde waarde ({estimatedValue.ToEuro()}) ligt boven de grens voor meervoudig onderhands in uw inkoopbeleid ({policy.MultipleQuotesMax.ToEuro()}): uw beleid vraagt een Europese aanbesteding, ook onder de drempel ({threshold.ToEuro()}).");
    }
}
