using Bogus;
using Regie.Web.Features.Needs;

namespace Regie.Bench;

/// <summary>
/// Realistic Dutch needs for benchmarks: a topic, a role, one of several ways to say what and why, and now and then
/// a detail of the writer's own (a place, a group, a subject), the way different schools word the same wish.
/// </summary>
public static class DutchNeeds
{
    public sealed record Text(string AsRole, string Want, string SoThat, Pillar Pillar);

    private sealed record Topic(Pillar Pillar, string[] Wants, string[] Reasons);

    private static readonly string[] Roles =
        ["leraar", "leerkracht van groep 5", "intern begeleider", "ict-coördinator", "schoolleider", "mentor", "bouwcoördinator", "onderwijsassistent", "directeur", "leraar Nederlands"];

    private static readonly Topic[] Topics =
    [
        new(Pillar.DigitalLearningMaterials,
            ["adaptieve software om rekenen te oefenen", "een rekenprogramma dat zich aanpast aan het niveau van de leerling", "oefenstof voor rekenen op maat", "digitale rekenoefeningen met directe feedback"],
            ["leerlingen op hun eigen niveau oefenen", "ik zie waar leerlingen vastlopen met rekenen", "sterke rekenaars meer uitdaging krijgen"]),
        new(Pillar.IctInfrastructure,
            ["betrouwbare wifi in elk klaslokaal", "een stabiel draadloos netwerk in de hele school", "snelle wifi in alle lokalen en de gymzaal", "een netwerk dat dertig laptops tegelijk aankan"],
            ["digitale toetsen niet uitvallen", "lessen met laptops niet stilvallen", "de hele klas tegelijk online kan werken"]),
        new(Pillar.DigitalLearningMaterials,
            ["leesmateriaal dat past bij de interesse van de leerling", "digitale boeken voor begrijpend lezen", "een leesomgeving met voorleesfunctie"],
            ["leerlingen meer plezier in lezen krijgen", "zwakke lezers de tekst ook kunnen beluisteren", "het leesniveau omhoog gaat"]),
        new(Pillar.Expertise,
            ["scholing over privacy en de AVG", "een training over veilig omgaan met leerlinggegevens", "uitleg over wat wel en niet mag met gegevens van leerlingen"],
            ["ik weet welke gegevens ik mag delen", "we geen datalek veroorzaken", "ouders ons kunnen vertrouwen"]),
        new(Pillar.Expertise,
            ["scholing in digitale geletterdheid", "lessen over mediawijsheid voor het team", "een leerlijn programmeren en computational thinking"],
            ["leerlingen kritisch leren kijken naar wat ze online zien", "ik zelf zeker genoeg ben om het te onderwijzen", "we aansluiten bij de nieuwe kerndoelen"]),
        new(Pillar.IctInfrastructure,
            ["centraal beheer van de laptops en tablets", "apparaten die automatisch updates krijgen", "één plek om alle devices van de school te beheren"],
            ["de ict-coördinator minder tijd kwijt is aan beheer", "apparaten veilig en bijgewerkt blijven", "kapotte apparaten snel vervangen worden"]),
        new(Pillar.Vision,
            ["een gedeelde visie op ict in het onderwijs", "afspraken over schermtijd in de klas", "een plan voor de inzet van digitale middelen de komende vier jaar"],
            ["iedereen weet waarom we digitale middelen inzetten", "we bewuste keuzes maken bij inkoop", "ouders weten wat ze kunnen verwachten"]),
        new(Pillar.DigitalLearningMaterials,
            ["een leerlingvolgsysteem dat overzicht geeft over de vorderingen", "toetsresultaten die ik per leerling kan volgen", "inzicht in de ontwikkeling van mijn groep"],
            ["ik op tijd extra begeleiding kan geven", "oudergesprekken beter onderbouwd zijn", "we de zorg beter kunnen plannen"]),
        new(Pillar.IctInfrastructure,
            ["printers die gewoon werken", "een digibord dat direct opstart", "presentatieschermen in alle lokalen"],
            ["ik niet de halve les kwijt ben aan techniek", "leerlingen hun werk kunnen laten zien", "de les op tijd begint"]),
        new(Pillar.Expertise,
            ["tijd en begeleiding om nieuwe software te leren gebruiken", "een collega die ons helpt met digitale lesmaterialen", "een vaste ict-vraagbaak op school"],
            ["nieuwe middelen ook echt gebruikt worden", "ik niet afhankelijk ben van één collega", "de investering zich terugbetaalt"]),
        new(Pillar.DigitalLearningMaterials,
            ["aangepast lesmateriaal voor leerlingen met dyslexie", "software die teksten voorleest en woorden uitlegt", "hulpmiddelen voor leerlingen met een taalachterstand"],
            ["deze leerlingen zelfstandig kunnen werken", "iedere leerling mee kan doen", "de achterstand niet groter wordt"]),
        new(Pillar.Vision,
            ["een goede communicatie met ouders via één kanaal", "één app voor berichten, rooster en absentie", "minder losse systemen voor oudercontact"],
            ["ouders niet drie apps nodig hebben", "berichten niet verloren gaan", "we tijd besparen op administratie"]),
    ];

    private static readonly string[] Details =
        ["in groep 3", "in groep 7 en 8", "op onze locatie", "voor de onderbouw", "voor de bovenbouw", "bij wiskunde", "bij aardrijkskunde", "in de plusklas"];

    /// <summary>One need; a quarter of them carry a detail that makes the wording less alike.</summary>
    public static Text Next(Faker faker)
    {
        var topic = faker.PickRandom(Topics);
        var want = faker.PickRandom(topic.Wants);
        if (faker.Random.Bool(0.25f)) want += " " + faker.PickRandom(Details);
        if (faker.Random.Bool(0.1f)) want += " in " + faker.Address.City();
        return new Text(faker.PickRandom(Roles), want, faker.PickRandom(topic.Reasons), topic.Pillar);
    }
}
