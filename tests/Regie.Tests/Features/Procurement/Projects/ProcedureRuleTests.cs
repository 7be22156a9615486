using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Tests.Features.Procurement.Projects;

public sealed class ProcedureRuleTests
{
    private static readonly ProcurementPolicy Policy = new() { SingleQuoteMax = 50_000m, MultipleQuotesMax = 150_000m };

    [Fact]
    public void AboveTheThreshold_ALighterProcedure_IsRefused_EvenWithAReason()
    {
        var advice = PolicyRules.Advise(Policy, PurchaseCategory.Software, 300_000m, 216_000m);
        var refusal = ProcedureChoice.Refusal(ProcedureKind.MultipleQuotes, advice, "Haast");
        Assert.NotNull(refusal);
        Assert.Contains("wet", refusal);
        Assert.Null(ProcedureChoice.Refusal(ProcedureKind.European, advice, null));
    }

    [Fact]
    public void LighterThanThePolicy_NeedsAWrittenReason()
    {
        var advice = PolicyRules.Advise(Policy, PurchaseCategory.Software, 100_000m, 216_000m);
        Assert.Equal(ProcedureKind.MultipleQuotes, advice.Procedure);
        Assert.Contains("Reden voor een lichtere procedure", ProcedureChoice.Refusal(ProcedureKind.SingleQuote, advice, " "));
        Assert.Null(ProcedureChoice.Refusal(ProcedureKind.SingleQuote, advice, "Enige leverancier met een koppeling op ons leerlingvolgsysteem."));
        Assert.True(ProcedureChoice.IsDeviation(ProcedureKind.SingleQuote, advice));
    }

    [Fact]
    public void AHeavierProcedure_IsAlwaysAllowed()
    {
        var advice = PolicyRules.Advise(Policy, PurchaseCategory.Software, 10_000m, 216_000m);
        Assert.Null(ProcedureChoice.Refusal(ProcedureKind.European, advice, null));
        Assert.False(ProcedureChoice.IsDeviation(ProcedureKind.European, advice));
    }
}
