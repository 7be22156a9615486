using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Tests.Features.Procurement.Projects;

public sealed class LockInRiskTests
{
    private static ConditionCheck Check(string key, ConditionStatus status) => new(key, status, null);

    private static readonly string[] ExitPoints = [ConditionTopics.Portability, ConditionTopics.OpenStandards, ConditionTopics.Rights, ConditionTopics.Duration];

    [Fact]
    public void NothingRecorded_IsMedium_WithEveryExitPointAsOpenReason()
    {
        var risk = LockInRisk.Assess([]);
        Assert.Equal(LockInLevel.Medium, risk.Level);
        Assert.Equal(4, risk.Reasons.Count);
        Assert.All(risk.Reasons, r => Assert.StartsWith("Nog niet besproken", r));
    }

    [Fact]
    public void AllExitPointsMet_IsLow_EvenWithOtherPointsOpen()
    {
        var risk = LockInRisk.Assess([.. ExitPoints.Select(k => Check(k, ConditionStatus.Met)), Check(ConditionTopics.Privacy, ConditionStatus.NotMet)]);
        Assert.Equal(LockInLevel.Low, risk.Level);
        Assert.Empty(risk.Reasons);
    }

    [Fact]
    public void NotApplicable_CountsAsSettled()
    {
        var risk = LockInRisk.Assess(ExitPoints.Select(k => Check(k, k == ConditionTopics.Rights ? ConditionStatus.NotApplicable : ConditionStatus.Met)));
        Assert.Equal(LockInLevel.Low, risk.Level);
    }

    [Fact]
    public void DataPortabilityNotMet_IsHigh_OnItsOwn()
    {
        var risk = LockInRisk.Assess(ExitPoints.Select(k => Check(k, k == ConditionTopics.Portability ? ConditionStatus.NotMet : ConditionStatus.Met)));
        Assert.Equal(LockInLevel.High, risk.Level);
        Assert.Equal(["Niet geregeld: gegevens meenemen en hulp bij vertrek."], risk.Reasons);
    }

    [Fact]
    public void OneOtherPointNotMet_IsMedium_TwoAreHigh()
    {
        var one = LockInRisk.Assess(ExitPoints.Select(k => Check(k, k == ConditionTopics.Duration ? ConditionStatus.NotMet : ConditionStatus.Met)));
        var two = LockInRisk.Assess(ExitPoints.Select(k => Check(k, k is ConditionTopics.Duration or ConditionTopics.OpenStandards ? ConditionStatus.NotMet : ConditionStatus.Met)));
        Assert.Equal(LockInLevel.Medium, one.Level);
        Assert.Equal(LockInLevel.High, two.Level);
        Assert.Equal(2, two.Reasons.Count);
    }

    [Fact]
    public void EveryTopicHasAUniqueKeyAndDutchText()
    {
        Assert.Equal(ConditionTopics.All.Count, ConditionTopics.All.Select(t => t.Key).Distinct().Count());
        Assert.Equal(9, ConditionTopics.All.Count);
        Assert.Equal(4, ConditionTopics.All.Count(t => t.LocksIn));
    }
}
