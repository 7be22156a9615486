using Regie.Web.Infrastructure.Assessments;
using static Regie.Tests.Infrastructure.Assessments.AssessmentSamples;

namespace Regie.Tests.Infrastructure.Assessments;

public sealed class AssessmentLifecycleTests
{
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Bram = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 0, 0, TimeSpan.Zero);

    private static (CriteriaSet Set, Assessment Assessment) Started(int required = 2)
    {
        var set = Set(required);
        return (set, Assessment.Start(set, set.OrganizationId, "catalog-item", Guid.NewGuid(), "Rekenmaatje"));
    }

    [Fact]
    public void Start_NeedsAPublishedSet()
    {
        var draft = Set(published: false);
        var error = Assert.Throws<AssessmentRuleException>(() => Assessment.Start(draft, draft.OrganizationId, "catalog-item", Guid.NewGuid(), "X"));
        Assert.Contains("gepubliceerde criteriaset", error.Message);
    }

    [Fact]
    public void EachAssessor_ScoresOnce_AndASubmittedScoringIsFinal()
    {
        var (set, assessment) = Started();
        assessment.SaveDraft(set, Anna, "Anna", Scores(3, 3, 3).Take(1).ToList());
        assessment.SaveDraft(set, Anna, "Anna", Scores(3, 3, 3));
        Assert.Single(assessment.Scorings);

        assessment.Submit(set, Anna, Now);

        Assert.Throws<AssessmentRuleException>(() => assessment.SaveDraft(set, Anna, "Anna", Scores(4, 4, 4)));
        Assert.Throws<AssessmentRuleException>(() => assessment.Submit(set, Anna, Now));
        Assert.Equal(3, assessment.Scorings[0].ScoreFor("doel")!.Score);
    }

    [Fact]
    public void NoMoreAssessorsJoin_ThanTheSetRequires()
    {
        var (set, assessment) = Started();
        assessment.SaveDraft(set, Anna, "Anna", Scores(3, 3, 3));
        assessment.SaveDraft(set, Bram, "Bram", Scores(2, 2, 2));
        var error = Assert.Throws<AssessmentRuleException>(() => assessment.SaveDraft(set, Guid.NewGuid(), "Cas", Scores(1, 1, 2)));
        Assert.Contains("Er beoordelen al 2 commissieleden", error.Message);
    }

    [Fact]
    public void Submitting_NeedsEveryCriterionWithAScoreOnTheScaleAndARationale()
    {
        var (set, assessment) = Started();
        assessment.SaveDraft(set, Anna, "Anna", Scores(3, 3, 3).Take(2).ToList());
        Assert.Throws<AssessmentRuleException>(() => assessment.Submit(set, Anna, Now));
        Assert.Throws<AssessmentRuleException>(() => assessment.SaveDraft(set, Anna, "Anna", Scores(3, 5, 3)));
        Assert.Throws<AssessmentRuleException>(() => assessment.SaveDraft(set, Anna, "Anna", [new("doel", 3, "  ")]));
        Assert.False(assessment.Scorings[0].IsSubmitted);
    }

    [Fact]
    public void Consensus_OpensOnlyWhenAllRequiredScoringsAreSubmitted()
    {
        var (set, assessment) = Started();
        assessment.SaveDraft(set, Anna, "Anna", Scores(3, 3, 3));
        assessment.Submit(set, Anna, Now);
        assessment.SaveDraft(set, Bram, "Bram", Scores(4, 3, 3));

        Assert.Equal(AssessmentStatus.Scoring, assessment.Status);
        var early = Assert.Throws<AssessmentRuleException>(() => assessment.AgreeOn(set, Scores(3, 3, 3)));
        Assert.Contains("pas als alle 2 beoordelingen zijn ingediend", early.Message);

        assessment.Submit(set, Bram, Now);
        Assert.Equal(AssessmentStatus.Consensus, assessment.Status);
        assessment.AgreeOn(set, Scores(3, 4, 3));
        Assert.Equal(4, assessment.ConsensusScores.Single(s => s.CriterionKey == "effect").Score);
    }

    [Fact]
    public void Decide_ComputesTheOutcomeFromTheConsensus_NeedsReasoning_AndIsFinal()
    {
        var (set, assessment) = Started(required: 1);
        assessment.SaveDraft(set, Anna, "Anna", Scores(3, 3, 3));
        assessment.Submit(set, Anna, Now);
        Assert.Throws<AssessmentRuleException>(() => assessment.Decide(set, "Goed", "Commissie", Now, new DateOnly(2026, 3, 15)));
        assessment.AgreeOn(set, Scores(3, 4, 3));

        Assert.Throws<AssessmentRuleException>(() => assessment.Decide(set, " ", "Commissie", Now, new DateOnly(2026, 3, 15)));
        var outcome = assessment.Decide(set, "Sterk onderbouwd.", "Commissie", Now, new DateOnly(2026, 3, 15));

        Assert.Equal(("Hoog", 83.33m, new DateOnly(2029, 3, 15)), (outcome.Level, assessment.OutcomePercentage!.Value, assessment.ValidUntil!.Value));
        Assert.Equal(AssessmentStatus.Decided, assessment.Status);
        Assert.True(assessment.IsValidOn(new DateOnly(2029, 3, 15)));
        Assert.False(assessment.IsValidOn(new DateOnly(2029, 3, 16)));
        Assert.Throws<AssessmentRuleException>(() => assessment.AgreeOn(set, Scores(1, 1, 1)));
        Assert.Throws<AssessmentRuleException>(() => assessment.Decide(set, "Anders", "Commissie", Now, new DateOnly(2026, 4, 1)));
        Assert.Throws<AssessmentRuleException>(() => assessment.Stop());
    }

    [Fact]
    public void AnotherSetsAssessment_IsRefused()
    {
        var (_, assessment) = Started();
        Assert.Throws<ArgumentException>(() => assessment.SaveDraft(Set(), Anna, "Anna", Scores(3, 3, 3)));
    }
}
