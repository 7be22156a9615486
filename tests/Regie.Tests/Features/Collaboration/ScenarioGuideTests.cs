using System.Text.RegularExpressions;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Collaboration.Glossary;
using Regie.Web.Features.Collaboration.Scenarios;
using static Regie.Web.Features.Collaboration.Scenarios.PhaseRole;

namespace Regie.Tests.Features.Collaboration;

public sealed partial class ScenarioGuideTests
{
    // Per scenario: school and market party in idee & plan, ontwikkeling, beheer, exploitatie.
    public static TheoryData<Scenario, PhaseRole[], PhaseRole[]> Roles => new()
    {
        { Scenario.CoProduction, [Acts, Acts, Acts, Acts], [Acts, Acts, Acts, Acts] },
        { Scenario.SchoolIdea, [Acts, None, None, None], [None, Acts, Acts, Acts] },
        { Scenario.MarketIdea, [None, Acts, Optional, None], [Acts, Acts, Acts, Acts] },
        { Scenario.Buy, [None, None, Optional, None], [Acts, Acts, Acts, Acts] },
        { Scenario.DoItYourself, [Acts, Acts, Acts, Acts], [None, None, None, None] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_scenario_puts_the_parties_in_the_right_phases(Scenario scenario, PhaseRole[] school, PhaseRole[] market)
    {
        var guide = ScenarioGuide.For(scenario);

        Assert.Equal(scenario, guide.Scenario);
        Assert.Equal(Enum.GetValues<LifecyclePhase>(), guide.Phases.Select(p => p.Phase));
        Assert.Equal(school, guide.Phases.Select(p => p.School));
        Assert.Equal(market, guide.Phases.Select(p => p.MarketParty));
        Assert.All([guide.Conditions, guide.Opportunities, guide.Risks, guide.Lessons, guide.KeyAgreements.Select(a => a.ToString()).ToList()], list => Assert.NotEmpty(list));
    }

    [Fact]
    public void Every_marked_term_in_the_guide_has_a_glossary_entry()
    {
        var texts = ScenarioGuides.All.SelectMany(g => new[] { g.Summary }.Concat(g.Conditions).Concat(g.Opportunities).Concat(g.Risks).Concat(g.Lessons))
            .Concat(FlowchartQuestions.All.Select(q => q.Explanation)).Append(FlowchartQuestions.PartnershipExplanation);

        var keys = texts.SelectMany(t => Marker().Matches(t).Select(m => m.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.NotNull(GlossaryTerms.Find(key)));
    }

    [Fact]
    public void Marked_text_renders_an_encoded_disclosure_per_term()
    {
        var html = TermHtml.WithTerms("Doe een [[marktverkenning]] <nu> en maak een [[business-case|business case]].").ToString()!;

        Assert.Contains("&lt;nu&gt;", html);
        Assert.Contains("<details class=\"regie-term\"><summary>marktverkenning", html);
        Assert.Contains("<summary>business case", html);
        Assert.Equal("Doe een marktverkenning <nu> en maak een business case.", TermHtml.Plain("Doe een [[marktverkenning]] <nu> en maak een [[business-case|business case]]."));
    }

    [GeneratedRegex(@"\[\[([^\]|]+)")]
    private static partial Regex Marker();
}
