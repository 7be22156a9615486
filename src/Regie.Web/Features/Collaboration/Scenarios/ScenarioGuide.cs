namespace Regie.Web.Features.Collaboration.Scenarios;

/// <summary>Whether a party acts in a lifecycle phase.</summary>
public enum PhaseRole
{
    None = 0,
    Acts = 1,
    /// <summary>The party may take this phase on, if the agreements say so.</summary>
    Optional = 2,
}

public sealed record PhaseRoles(LifecyclePhase Phase, PhaseRole School, PhaseRole MarketParty);

/// <summary>
/// One of the five ways of working, as the guide describes it. Texts are ours; [[term]] marks a glossary word
/// that the page explains inline.
/// </summary>
public sealed record ScenarioGuide(
    Scenario Scenario,
    string Title,
    string Summary,
    IReadOnlyList<PhaseRoles> Phases,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Opportunities,
    IReadOnlyList<string> Risks,
    IReadOnlyList<string> Lessons,
    IReadOnlyList<AgreementTopic> KeyAgreements)
{
    public int Number => (int)Scenario;

    public static ScenarioGuide For(Scenario scenario) => ScenarioGuides.All[(int)scenario - 1];
}
