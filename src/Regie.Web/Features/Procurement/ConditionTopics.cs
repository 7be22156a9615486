using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement;

/// <summary>One point of the conditions checklist; <see cref="LocksIn"/> marks the points that decide whether the board can leave.</summary>
public sealed record ConditionTopic(string Key, string Title, string Explanation, bool LocksIn);

/// <summary>
/// The points the sector's model purchase conditions ask a board to settle before it signs, explained in our own words.
/// Keys are stored on projects and contracts; never rename one.
/// </summary>
public static class ConditionTopics
{
    public const string Privacy = "privacy";
    public const string Security = "beveiliging";
    public const string Portability = "overdraagbaarheid";
    public const string ServiceLevel = "dienstverlening";
    public const string Acceptance = "acceptatie";
    public const string Warranty = "garantie";
    public const string Duration = "looptijd";
    public const string Rights = "gebruiksrechten";
    public const string OpenStandards = "open-standaarden";

    public static readonly IReadOnlyList<ConditionTopic> All =
    [
        new(Privacy, "Verwerkersovereenkomst (privacy)",
            "Als de leverancier persoonsgegevens van leerlingen of medewerkers verwerkt, leggen we in een verwerkersovereenkomst vast wat hij ermee mag en hoe hij ze beschermt.", false),
        new(Security, "Informatiebeveiliging",
            "Welke beveiligingsmaatregelen de leverancier neemt, hoe hij een datalek meldt en hoe hij dat aantoont, bijvoorbeeld met een certificaat of een audit.", false),
        new(Portability, "Gegevens meenemen en hulp bij vertrek",
            "Bij het einde van het contract krijgen we al onze gegevens in een gangbaar formaat terug, zodat een ander systeem ze kan inlezen, en de leverancier helpt bij de overstap.", true),
        new(ServiceLevel, "Dienstverlening en bereikbaarheid tijdens schooltijd",
            "Afspraken over beschikbaarheid, reactie- en oplostijden en een helpdesk die bereikbaar is op de uren dat er les wordt gegeven.", false),
        new(Acceptance, "Acceptatiecriteria",
            "Waaraan de levering moet voldoen voordat we haar goedkeuren en betalen, en wat er gebeurt als ze daar niet aan voldoet.", false),
        new(Warranty, "Garantietermijn",
            "Hoe lang de leverancier na levering gebreken kosteloos herstelt of vervangt.", false),
        new(Duration, "Looptijd en uitstapmomenten",
            "Hoe lang het contract loopt, of en hoe vaak het verlengd kan worden, en op welke momenten we kunnen opzeggen zonder boete.", true),
        new(Rights, "Intellectueel eigendom en gebruiksrechten",
            "Wie eigenaar is van wat er voor ons gemaakt wordt, en wat we ermee mogen doen, ook nadat het contract is afgelopen.", true),
        new(OpenStandards, "Open standaarden en open source",
            "Het product werkt met open standaarden (en waar mogelijk open source), zodat het met andere systemen samenwerkt en we niet aan één leverancier vastzitten.", true),
    ];

    public static ConditionTopic? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>The status of every topic, open where nothing was recorded yet.</summary>
    public static IReadOnlyList<(ConditionTopic Topic, ConditionCheck Check)> Checklist(IEnumerable<ConditionCheck> checks)
    {
        var byKey = checks.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last());
        return All.Select(t => (t, byKey.GetValueOrDefault(t.Key) ?? new ConditionCheck(t.Key, ConditionStatus.Open, null))).ToList();
    }
}
