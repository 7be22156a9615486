using Regie.Web.Features.Collaboration;
using Step = Regie.Web.Features.Collaboration.FlowchartStep;

namespace Regie.Tests.Features.Collaboration;

public sealed class FlowchartTests
{
    private static FlowchartAnswers Walk(params bool[] answers)
    {
        var state = new FlowchartAnswers();
        for (var i = 0; i < answers.Length; i++) state = Flowchart.Answer(state, Flowchart.YesNoSteps[i], answers[i]);
        return state;
    }

    [Theory]
    [InlineData(new[] { false }, Scenario.Buy)]
    [InlineData(new[] { true, false }, Scenario.Buy)]
    [InlineData(new[] { true, true, false }, Scenario.Buy)]
    [InlineData(new[] { true, true, true, false }, Scenario.DoItYourself)]
    public void A_no_ends_the_path_in_its_scenario(bool[] answers, Scenario expected)
    {
        var state = Walk(answers);

        Assert.Equal(expected, Flowchart.Outcome(state));
        Assert.Null(Flowchart.NextStep(state));
        Assert.Equal(answers.Length, Flowchart.Path(state).Count);
    }

    [Theory]
    [InlineData(Partnership.CoProduction, Scenario.CoProduction)]
    [InlineData(Partnership.SchoolIdea, Scenario.SchoolIdea)]
    [InlineData(Partnership.MarketIdea, Scenario.MarketIdea)]
    public void Four_yeses_lead_to_the_chosen_partnership(Partnership partnership, Scenario expected)
    {
        var state = Walk(true, true, true, true);
        Assert.Null(Flowchart.Outcome(state));
        Assert.Equal(Step.Partnership, Flowchart.NextStep(state));

        state = Flowchart.Choose(state, partnership);

        Assert.Equal(expected, Flowchart.Outcome(state));
        Assert.Null(Flowchart.NextStep(state));
        Assert.Equal([Step.IdeaIsNew, Step.MarketLacksIt, Step.ConsultationConfirms, Step.NotBuildingItself, Step.Partnership], Flowchart.Path(state));
    }

    [Fact]
    public void Each_yes_asks_the_next_question_in_order()
    {
        var state = new FlowchartAnswers();
        foreach (var step in Flowchart.YesNoSteps)
        {
            Assert.Equal(step, Flowchart.NextStep(state));
            Assert.Null(Flowchart.Outcome(state));
            state = Flowchart.Answer(state, step, true);
        }
    }

    [Fact]
    public void Changing_an_answer_clears_every_answer_after_it()
    {
        var state = Flowchart.Choose(Walk(true, true, true, true), Partnership.SchoolIdea);

        var changed = Flowchart.Answer(state, Step.MarketLacksIt, false);

        Assert.Equal(new FlowchartAnswers(IdeaIsNew: true, MarketLacksIt: false), changed);
        Assert.Equal(Scenario.Buy, Flowchart.Outcome(changed));
    }

    [Fact]
    public void Changing_no_to_yes_reopens_the_path_at_the_next_question()
    {
        var state = Walk(true, true, true, false);

        var changed = Flowchart.Answer(state, Step.NotBuildingItself, true);

        Assert.Null(Flowchart.Outcome(changed));
        Assert.Equal(Step.Partnership, Flowchart.NextStep(changed));
    }

    [Fact]
    public void Repeating_the_same_answer_keeps_the_answers_after_it()
    {
        var state = Flowchart.Choose(Walk(true, true, true, true), Partnership.MarketIdea);

        Assert.Equal(state, Flowchart.Answer(state, Step.IdeaIsNew, true));
    }

    [Fact]
    public void A_question_off_the_path_cannot_be_answered()
    {
        Assert.Throws<InvalidOperationException>(() => Flowchart.Answer(new FlowchartAnswers(), Step.ConsultationConfirms, true));
        Assert.Throws<InvalidOperationException>(() => Flowchart.Answer(Walk(false), Step.MarketLacksIt, true));
        Assert.Throws<InvalidOperationException>(() => Flowchart.Choose(Walk(true, true, true, false), Partnership.CoProduction));
    }

    [Fact]
    public void The_initiative_keeps_rationales_and_drops_those_of_cleared_answers()
    {
        var initiative = new Initiative { Title = "Leesomgeving", Ambition = "Beter lezen", StartYear = 2026 };
        initiative.Answer(Step.IdeaIsNew, true, "  Bestaat niet  ");
        initiative.Answer(Step.MarketLacksIt, true, "Verkend");
        initiative.Answer(Step.ConsultationConfirms, true, "Geconsulteerd");
        initiative.Answer(Step.NotBuildingItself, true, "Te duur zelf");
        initiative.ChoosePartnership(Partnership.SchoolIdea, "Ons idee");
        Assert.Equal(Scenario.SchoolIdea, initiative.Scenario);
        Assert.Equal("Bestaat niet", initiative.IdeaIsNewWhy);

        initiative.Answer(Step.ConsultationConfirms, false, "Toch te koop");

        Assert.Equal(Scenario.Buy, initiative.Scenario);
        Assert.Equal("Toch te koop", initiative.ConsultationConfirmsWhy);
        Assert.Null(initiative.NotBuildingItself);
        Assert.Null(initiative.NotBuildingItselfWhy);
        Assert.Null(initiative.Partnership);
        Assert.Null(initiative.PartnershipWhy);
        Assert.Equal("Verkend", initiative.MarketLacksItWhy);
    }

    [Fact]
    public void An_archived_initiative_cannot_be_answered()
    {
        var initiative = new Initiative { Title = "Oud", Ambition = "x", StartYear = 2026 };
        initiative.Archive(DateTimeOffset.UtcNow);

        Assert.Throws<InvalidOperationException>(() => initiative.Answer(Step.IdeaIsNew, true, "x"));
        Assert.Throws<InvalidOperationException>(() => initiative.Archive(DateTimeOffset.UtcNow));
        initiative.Restore();
        Assert.False(initiative.IsArchived);
    }
}
