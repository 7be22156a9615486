using Regie.Web.Infrastructure.Assessments;
using static Regie.Tests.Infrastructure.Assessments.AssessmentSamples;

namespace Regie.Tests.Infrastructure.Assessments;

public sealed class CriteriaSetRulesTests
{
    private static string Messages(CriteriaSet set) => string.Join("\n", CriteriaSetRules.Check(set).Select(p => p.Message));

    [Fact]
    public void TheSample_IsValid() => Assert.Empty(CriteriaSetRules.Check(Set()));

    [Fact]
    public void ASetNeedsACriterion()
    {
        var set = Set();
        set.Criteria = [];
        Assert.Contains("Voeg ten minste één criterium toe.", Messages(set));
    }

    [Fact]
    public void KeysAreUnique_AndWeightsPositive()
    {
        var set = Set();
        set.Criteria = [new("doel", "Doel", "", 1), new("DOEL", "Nog een doel", "", 0)];
        var messages = Messages(set);
        Assert.Contains("Criterium 2: de code 'DOEL' komt al eerder voor", messages);
        Assert.Contains("Criterium 2: het gewicht moet groter zijn dan 0.", messages);
    }

    [Fact]
    public void TheScaleRunsUpward_WithALabelPerPoint()
    {
        var set = Set();
        set.Scale = new(4, 1, []);
        Assert.Contains("De laagste score van de schaal moet kleiner zijn dan de hoogste.", Messages(set));
        set.Scale = new(1, 4, new() { [1] = "laag", [2] = " ", [4] = "hoog" });
        var messages = Messages(set);
        Assert.Contains("Beschrijf wat score 2 betekent.", messages);
        Assert.Contains("Beschrijf wat score 3 betekent.", messages);
    }

    [Fact]
    public void RulesRunFromHighToLow()
    {
        var set = Set();
        set.OutcomeRules = [new("Laag", 50, null, 12), new("Hoog", 80, null, 36)];
        Assert.Contains("Uitkomstregel 2: zet de regels van hoog naar laag", Messages(set));
        // The same percentage is fine when the rule above asks more per criterion.
        set.OutcomeRules = [new("Streng", 65, 3, 36), new("Mild", 65, null, 24)];
        Assert.Empty(CriteriaSetRules.Check(set));
        set.OutcomeRules = [new("Mild", 65, null, 24), new("Streng", 65, 3, 36)];
        Assert.NotEmpty(CriteriaSetRules.Check(set));
    }

    [Fact]
    public void KnockOutAndRuleMinimums_LieOnTheScale()
    {
        var set = Set();
        set.Criteria = [new("doel", "Doel", "", 1, KnockOutBelow: 7)];
        set.OutcomeRules = [new("Hoog", 80, 9, 0)];
        var messages = Messages(set);
        Assert.Contains("Criterium 1: de knock-outgrens moet hoger zijn dan 1 en hoogstens 4.", messages);
        Assert.Contains("Uitkomstregel 1: de minimumscore per criterium moet op de schaal liggen", messages);
        Assert.Contains("Uitkomstregel 1: de geldigheid moet tussen 1 en 120 maanden liggen.", messages);
    }

    [Fact]
    public void Publishing_FreezesTheSet_AndANewEditionIsAnUnpublishedCopy()
    {
        var set = Set(published: false);
        Assert.Empty(set.Publish(DateTimeOffset.UtcNow));
        Assert.Throws<AssessmentRuleException>(() => set.Revise("Nieuw", "", 2, set.Criteria, set.Scale, set.OutcomeRules));

        var next = set.NewEdition(2);
        Assert.Equal((2, false, set.Name, 3), (next.Edition, next.IsPublished, next.Name, next.Criteria.Count));
        next.Revise("Nieuw", "", 2, [new("doel", "Doel", "", 1)], next.Scale, next.OutcomeRules);
        Assert.Equal(3, set.Criteria.Count);
        next.Scale.Labels[1] = "gewijzigd";
        Assert.Equal("onvoldoende", set.ScaleLabel(1));
    }

    [Fact]
    public void AnInvalidSet_IsNotPublished()
    {
        var set = Set(published: false);
        set.Criteria = [];
        Assert.NotEmpty(set.Publish(DateTimeOffset.UtcNow));
        Assert.False(set.IsPublished);
        Assert.Throws<AssessmentRuleException>(() => set.NewEdition(2));
    }
}
