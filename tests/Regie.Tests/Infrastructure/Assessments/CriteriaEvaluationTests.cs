using Regie.Web.Infrastructure.Assessments;
using static Regie.Tests.Infrastructure.Assessments.AssessmentSamples;

namespace Regie.Tests.Infrastructure.Assessments;

public sealed class CriteriaEvaluationTests
{
    [Theory]
    [InlineData(1, 1, 1, 0)]
    [InlineData(4, 4, 4, 100)]
    // (3-1)*1 + (2-1)*2 + (4-1)*1 = 7 of 12 points over the scale
    [InlineData(3, 2, 4, 58.33)]
    // the heavier criterion moves the result twice as much: 2+6+2 = 10 of 12
    [InlineData(3, 4, 3, 83.33)]
    public void Percentage_IsWeightedOverTheScale(int doel, int effect, int privacy, decimal expected) =>
        Assert.Equal(expected, CriteriaEvaluation.Percentage(Set(), Scores(doel, effect, privacy)));

    [Fact]
    public void Weights_CountProportionally()
    {
        var set = Set();
        var strongEffect = CriteriaEvaluation.Percentage(set, Scores(1, 4, 1));
        var strongGoal = CriteriaEvaluation.Percentage(set, Scores(4, 1, 1));
        Assert.Equal(50m, strongEffect);
        Assert.Equal(25m, strongGoal);
    }

    [Fact]
    public void KnockOut_BlocksEveryLevel_EvenWithAHighPercentage()
    {
        var outcome = CriteriaEvaluation.Evaluate(Set(), Scores(4, 4, 1));
        Assert.Null(outcome.Level);
        Assert.Equal("privacy", Assert.Single(outcome.KnockedOutBy).Key);
        Assert.Equal(75m, outcome.Percentage);
        Assert.Null(outcome.ValidUntil(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Rules_AreTriedInOrder_AndTheFirstThatHoldsWins()
    {
        // 83,33% would pass all three rules; the first one wins.
        Assert.Equal("Hoog", CriteriaEvaluation.Evaluate(Set(), Scores(3, 4, 3)).Level);
        // 83,33% but a 2 somewhere: the first rule's minimum per criterion fails, the second holds.
        Assert.Equal("Midden", CriteriaEvaluation.Evaluate(Set(), Scores(2, 4, 4)).Level);
    }

    [Theory]
    // exactly 50% (6 of 12): the lowest rule holds at its boundary
    [InlineData(3, 2, 3, "Basis")]
    // 41,67%: below every rule
    [InlineData(2, 2, 3, null)]
    // exactly 66,67% ≥ 65
    [InlineData(3, 3, 3, "Midden")]
    public void Boundaries_AreInclusive(int doel, int effect, int privacy, string? level) =>
        Assert.Equal(level, CriteriaEvaluation.Evaluate(Set(), Scores(doel, effect, privacy)).Level);

    [Fact]
    public void Boundary_ExactlyTheMinimum_Holds_AndJustBelowDoesNot()
    {
        var set = Set();
        set.OutcomeRules = [new("Precies", 50m, null, 12)];
        Assert.Equal("Precies", CriteriaEvaluation.Evaluate(set, Scores(3, 2, 3)).Level); // 50,00
        set.OutcomeRules = [new("Precies", 50.01m, null, 12)];
        Assert.Null(CriteriaEvaluation.Evaluate(set, Scores(3, 2, 3)).Level);
    }

    [Theory]
    [InlineData("2026-03-15", 36, "2029-03-15")]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2027-12-31", 24, "2029-12-31")]
    public void ValidUntil_IsTheDecisionDatePlusTheRulesMonths(string decided, int months, string until)
    {
        var set = Set();
        set.OutcomeRules = [new("Erkend", 0, null, months)];
        var outcome = CriteriaEvaluation.Evaluate(set, Scores(2, 2, 2));
        Assert.Equal(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
            outcome.ValidUntil(DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void MissingOrOutOfScaleScores_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => CriteriaEvaluation.Evaluate(Set(), Scores(3, 3, 3).Take(2).ToList()));
        Assert.Throws<ArgumentException>(() => CriteriaEvaluation.Evaluate(Set(), Scores(3, 5, 3)));
    }
}
