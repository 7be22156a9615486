using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Procurement.Policy;

public sealed class PolicyRulesTests
{
    private static readonly ProcurementPolicy Policy = PolicyContent.Default(Guid.NewGuid(), 1, new DateOnly(2026, 1, 1));

    [Theory]
    [InlineData(50_000, ProcedureKind.SingleQuote, false)]
    [InlineData(50_000.01, ProcedureKind.MultipleQuotes, false)]
    [InlineData(150_000, ProcedureKind.MultipleQuotes, false)]
    [InlineData(150_000.01, ProcedureKind.European, false)]
    [InlineData(215_999.99, ProcedureKind.European, false)]
    [InlineData(216_000, ProcedureKind.European, true)]
    public void TheProcedure_FollowsThePolicysLimits_AndTheLawFromTheThreshold(decimal value, ProcedureKind procedure, bool byLaw)
    {
        var advice = PolicyRules.Advise(Policy, PurchaseCategory.Devices, value, 216_000m);
        Assert.Equal((procedure, byLaw), (advice.Procedure, advice.RequiredByLaw));
        Assert.Equal(procedure, PolicyRules.Procedure(Policy, value, 216_000m));
    }

    [Fact]
    public void AMultipleQuotesLimitAboveTheThreshold_DoesNotSetTheLawAside()
    {
        var generous = PolicyContent.Copy(Policy, 2);
        generous.MultipleQuotesMax = 500_000m;
        Assert.Equal(ProcedureKind.MultipleQuotes, PolicyRules.Advise(generous, PurchaseCategory.Devices, 215_000m, 216_000m).Procedure);
        Assert.True(PolicyRules.Advise(generous, PurchaseCategory.Devices, 216_000m, 216_000m).RequiredByLaw);
    }

    [Fact]
    public void OrderersAndApprovers_ComeFromTheCategoryAndTheApprovalLimits()
    {
        var advice = PolicyRules.Advise(Policy, PurchaseCategory.LearningMaterials, 8_000m, 216_000m);
        Assert.Equal([Roles.SchoolLeader], advice.OrdererRoles);
        Assert.Equal([Roles.SchoolLeader, Roles.Purchaser, Roles.Executive], advice.ApproverRoles);
        Assert.Equal(BuyingLevel.Decentral, advice.Level);
        Assert.Equal([Roles.Executive], PolicyRules.Advise(Policy, PurchaseCategory.Devices, 60_000m, 216_000m).ApproverRoles);
    }

    [Fact]
    public void WithoutAPolicy_OnlyTheLawApplies()
    {
        Assert.Equal(ProcedureKind.MultipleQuotes, PolicyRules.Advise(null, PurchaseCategory.Devices, 10m, 216_000m).Procedure);
        Assert.True(PolicyRules.Advise(null, PurchaseCategory.Devices, 216_000m, 216_000m).RequiredByLaw);
    }

    [Fact]
    public void Differences_NameEveryChangedField()
    {
        var next = PolicyContent.Copy(Policy, 2);
        next.SingleQuoteMax = 60_000m;
        next.Categories[0] = next.Categories[0] with { Level = BuyingLevel.Decentral, OrdererRoles = [Roles.SchoolLeader] };
        next.ApprovalLimits = [.. next.ApprovalLimits.Where(l => l.RoleKey != Roles.SchoolLeader)];
        var changes = PolicyContent.Differences(Policy, next);
        Assert.Equal(["Enkelvoudig onderhands tot", "Devices: inkoop", "Devices: bestellers", "Goedkeuringsgrens Schoolleider"], changes.Select(c => c.Field));
        Assert.Empty(PolicyContent.Differences(Policy, PolicyContent.Copy(Policy, 2)));
    }
}
