using static Regie.Web.Features.Collaboration.LifecyclePhase;
using static Regie.Web.Features.Collaboration.Scenarios.PhaseRole;

namespace Regie.Web.Features.Collaboration.Scenarios;

/// <summary>The five scenarios in our own words, from the facts of the collaboration guide.</summary>
public static class ScenarioGuides
{
    private static PhaseRoles[] Phases(PhaseRole[] school, PhaseRole[] market) =>
        [new(IdeaAndPlan, school[0], market[0]), new(Development, school[1], market[1]), new(Maintenance, school[2], market[2]), new(Exploitation, school[3], market[3])];

    public static readonly IReadOnlyList<ScenarioGuide> All =
    [
        new(Scenario.CoProduction, "Samen ontwikkelen (co-productie)",
            "De school brengt een eerste idee in en werkt het samen met een marktpartij uit. Beide partijen bepalen de inhoud, zijn samen eigenaar van het middel en dragen samen de aansprakelijkheid en het financiële risico. De school denkt mee over wat het middel moet kunnen; de marktpartij bouwt het. Deze vorm past als de school kennis heeft die nergens anders te vinden is, of als het idee technisch zo riskant is dat een marktpartij het alleen tegen een hoge prijs helemaal op zich neemt.",
            Phases([Acts, Acts, Acts, Acts], [Acts, Acts, Acts, Acts]),
            [
                "U vindt een marktpartij die bij u past, bijvoorbeeld via een [[marktverkenning]] of [[marktconsultatie]] en door referenties op te vragen.",
                "U weet wat uw eigen deel van het werk vraagt aan tijd, geld en mensen, ook op de lange termijn. Een [[business-case|business case]] en een risicoanalyse maken dat zichtbaar.",
                "U legt afspraken over kwaliteit, inhoud en [[intellectueel-eigendom|intellectueel eigendom]] vast in een samenwerkingscontract, bij voorkeur met hulp van een jurist.",
                "U kunt na de oplevering een deel van het [[beheer]] en de ondersteuning op u nemen, zoals demonstraties en nieuwe inhoud.",
                "Beide partijen zijn bereid om bij onenigheid open te praten en water bij de wijn te doen.",
            ],
            [
                "U bepaalt voor een deel zelf hoe het middel eruitziet.",
                "U deelt mee in wat het middel later opbrengt.",
                "De eigen deskundigheid van de school komt volledig tot haar recht.",
                "De school draagt capaciteit, kennis en geld niet alleen.",
            ],
            [
                "Ideeën lopen op belangrijke punten uiteen of afspraken blijken op meer manieren uit te leggen; dat geeft wrijving.",
                "Een goed samenwerkingscontract vraagt veel juridische kennis.",
                "Een partner die even veel wil investeren en hetzelfde doel voor ogen heeft, is lastig te vinden.",
            ],
            [
                "Overzie bij een ingewikkeld project vooraf alles wat erbij komt kijken; vaak blijkt dan dat een grotere rol voor de marktpartij verstandiger is.",
                "Kies een partner die aanvult wat de school mist, zoals juridische kennis.",
                "Spreek vooraf af hoe u samenwerkt, wie waarvoor verantwoordelijk is en van wie het resultaat is.",
                "Plan heldere [[go-no-go-moment|go/no-go-momenten]] waarop beide partijen kunnen bijsturen of stoppen.",
                "Beschrijf wat u wilt bereiken en ontwerp de oplossing samen ([[outputgericht-werken|outputgericht werken]]).",
                "Overweeg een aparte stichting met school, marktpartij en onafhankelijke leden die de eindbeslissingen neemt.",
            ],
            [AgreementTopic.Process, AgreementTopic.Ownership, AgreementTopic.RevenueSplit, AgreementTopic.ExitMoments, AgreementTopic.CostAndRisk, AgreementTopic.Governance]),

        new(Scenario.SchoolIdea, "Idee van de school, uitvoering door een marktpartij",
            "Het idee komt van de school, maar een marktpartij bouwt, beheert en exploiteert het middel en betaalt de bouw en het beheer. Zo blijven de rollen helder gescheiden en doet elke partij waar zij goed in is. Hoe ver de aansprakelijkheid van de marktpartij gaat, en wie eigenaar is en wat opbrengsten oplevert, hangt af van wat u afspreekt.",
            Phases([Acts, None, None, None], [None, Acts, Acts, Acts]),
            [
                "U vindt een capabele marktpartij die zich graag bij uw idee aansluit, bijvoorbeeld via een [[marktverkenning]] of [[marktconsultatie]]. Ga na of u moet aanbesteden ([[aanbestedingsdrempel]]). Lukt het niet, dan bouwt u zelf verder of kiest u een bestaand alternatief.",
                "School en marktpartij formuleren samen één doel; zonder dat gaan het onderwijsbelang en het commerciële belang botsen.",
                "Alle afspraken staan op papier en de besluitvorming is ingericht: wie beslist waarover.",
                "De school heeft een eigen projectteam, want het idee ontwikkelt zich nog tijdens de bouw.",
                "U gedraagt zich als [[professioneel-opdrachtgeverschap|professioneel opdrachtgever]].",
            ],
            [
                "U hebt veel minder eigen kennis en capaciteit nodig.",
                "U kunt afspreken dat u meeprofiteert, bijvoorbeeld met korting als gebruiker.",
                "U draagt geen extra kosten en bent niet aansprakelijk als er iets misgaat.",
            ],
            [
                "De marktpartij kan het idee een eigen richting op sturen.",
                "De marktpartij heeft veel zeggenschap en kan besluiten nemen die u niet bevallen.",
                "Een partij vinden die in uw idee wil investeren is in de praktijk lastig.",
                "Het [[intellectueel-eigendom|intellectueel eigendom]] ligt meestal bij de marktpartij, tenzij u iets anders afspreekt.",
            ],
            [
                "Bepaal vooraf waar u met het middel naartoe wilt en wat dat vraagt; leg elke fase bij de partij die haar het best kan dragen.",
                "Kies een partner die ook in opvattingen bij de school past, en vraag bij de selectie hoe zij de samenwerking ziet.",
                "Neem [[go-no-go-moment|go/no-go-momenten]] op om onenigheid tijdens en na de bouw te voorkomen.",
                "Laat de school meeprofiteren van haar idee, bijvoorbeeld via een gebruikerskorting.",
            ],
            [AgreementTopic.Process, AgreementTopic.Ownership, AgreementTopic.RevenueSplit, AgreementTopic.OpenSource, AgreementTopic.ExitMoments, AgreementTopic.Duration, AgreementTopic.CostAndRisk, AgreementTopic.Governance]),

        new(Scenario.MarketIdea, "Idee van een marktpartij, inhoud van de school",
            "Een marktpartij heeft een idee en zoekt een school met inhoudelijke kennis. De marktpartij bouwt het raamwerk; de school helpt het in te vullen, bijvoorbeeld met lesinhoud of als lid van een klankbordgroep, en eventueel bij het beheer van die inhoud. In ruil kan de school korting of een vergoeding krijgen. Dit past als de school zelf geen ingewikkeld ict-project aankan en de marktpartij de kennis uit de praktijk mist.",
            Phases([None, Acts, Optional, None], [Acts, Acts, Acts, Acts]),
            [
                "U vindt een marktpartij die al aan een middel werkt dat bij uw visie past; anders zoekt u een bestaand alternatief.",
                "U spreekt af hoeveel tijd en middelen de school inzet en hoe de samenwerking verloopt.",
                "Technologie (het platform) en inhoud (het lesmateriaal) blijven duidelijk gescheiden.",
                "De school kan de kwaliteit van de inhoud beoordelen en die tijdens het [[beheer]] aanpassen of verwijderen, alleen of samen met de marktpartij.",
                "U maakt afspraken over vergoedingen en houdt via een klankbordgroep vinger aan de pols.",
            ],
            [
                "U hebt minder eigen kennis en capaciteit nodig.",
                "De school krijgt een vergoeding voor haar kennis.",
                "U bent niet verantwoordelijk voor de financiën en niet aansprakelijk voor het middel.",
                "De risico's liggen bij de marktpartij.",
            ],
            [
                "Wat het middel doet en hoe het werkt, bepaalt vooral de marktpartij; het resultaat kan anders uitvallen dan u hoopte.",
                "Een marktpartij vinden die met de school in zee wil, is lastig.",
                "Achteraf sluit het idee minder goed aan bij de school dan gedacht.",
                "De school gaat tijdens de samenwerking voorschrijven hoe het moet, wat de verhouding verstoort.",
            ],
            [
                "Formuleer vooraf uw ambitie en wat u aan tijd en inzet kunt bieden.",
                "Leg elkaars rol in ontwikkeling en beheer vast om teleurstelling te voorkomen.",
                "Spreek momenten en voorwaarden af om netjes uit elkaar te gaan.",
                "Bekijk eerder werk van de marktpartij en vraag andere scholen naar hun ervaring.",
                "Spreek vooraf af hoe de school wordt beloond: korting, of een deel van de opbrengst om de kosten te dekken.",
                "Houd uw inbreng functioneel ([[outputgericht-werken|outputgericht werken]]): zeg wat het moet opleveren, niet hoe het eruitziet.",
            ],
            [AgreementTopic.Process, AgreementTopic.RevenueSplit, AgreementTopic.ExitMoments, AgreementTopic.Ownership]),

        new(Scenario.Buy, "Inkopen bij een marktpartij",
            "Het middel, of iets dat er sterk op lijkt, bestaat al. De school legt haar ambitie en doelen vast, zoekt via een [[marktverkenning]] welke leveranciers het aanbieden en onderhandelt over de voorwaarden. Komt de opdracht over de hele looptijd boven de [[aanbestedingsdrempel]], dan volgt u de aanbestedingsregels; een aanbesteding kan ook nieuwe vormen van samenwerking mogelijk maken, zoals een innovatiepartnerschap.",
            Phases([None, None, Optional, None], [Acts, Acts, Acts, Acts]),
            [
                "U vraagt voorwaarden en offertes op, niet alleen over prijs en kwaliteit maar ook over eigendom, [[beheer]] en [[open-source|open source]].",
                "Na de keuze legt u afspraken over kosten, kwaliteit en voorwaarden duidelijk vast, inclusief wanneer en hoe u kunt opzeggen.",
                "U denkt na over wat u op de lange termijn met het middel wilt.",
            ],
            [
                "U krijgt een product dat vrijwel klaar is voor gebruik.",
                "De kwaliteit is vooraf te beoordelen.",
                "U weet waar u aan toe bent met het budget.",
                "De leverancier geeft garantie.",
            ],
            [
                "Het is moeilijk om vooraf precies te beschrijven wat u nodig hebt.",
                "Specifieke wensen maken een standaardproduct duur.",
                "Bij een aanbesteding gaat veel geld om, wat het financiële risico vergroot.",
                "Een aanbesteding duurt lang; intussen kunnen uw inzichten veranderen.",
            ],
            [
                "Beschrijf wat het middel moet kunnen en hoe u het wilt gebruiken; hoe meer u voorschrijft, hoe duurder het wordt.",
                "Doe een goede [[marktverkenning]] en maak een [[business-case|business case]].",
                "Vraag meerdere offertes: dat helpt bij prijs en keuze.",
                "Kijk bij voorkeur naar [[open-source|open source]], of spreek onderhoud en beheer goed af.",
                "Spreek een garantietermijn af en wijs iemand aan die het middel kent en met de leverancier kan overleggen.",
            ],
            [AgreementTopic.Ownership, AgreementTopic.OpenSource, AgreementTopic.Duration, AgreementTopic.CostAndRisk, AgreementTopic.Warranty]),

        new(Scenario.DoItYourself, "Zelf doen",
            "De school bedenkt, bouwt, beheert en exploiteert het middel helemaal zelf. Dat is alleen verstandig in heel bijzondere gevallen: de wens is uniek, de doelgroep zo klein dat geen marktpartij eraan kan verdienen, en de school heeft kennis die elders nauwelijks bestaat, zoals soms in het speciaal onderwijs. Er moet dan wel een gemeenschap van gebruikers zijn die de kwaliteit bewaakt en onderhoudt.",
            Phases([Acts, Acts, Acts, Acts], [None, None, None, None]),
            [
                "U hebt een grondige [[vraagverheldering]], [[marktverkenning]] en [[marktconsultatie]] gedaan; vaak blijkt dan dat een ander scenario beter past.",
                "U hebt een realistisch beeld van de inspanning, kennis, mensen en middelen voor ontwerp en bouw.",
                "U kunt een goede [[business-case|business case]] en risicoanalyse maken, met kosten én mogelijke opbrengsten.",
                "U kunt het [[beheer]] en de ondersteuning zelf doen: demonstraties, nieuwe inhoud, een handleiding en hulp bij installatieproblemen.",
                "U bent aansprakelijk voor inhoud en kwaliteit en hebt een gemeenschap die de kwaliteit op peil houdt.",
                "Let op subsidies: ze maken veel mogelijk, maar als ze stoppen moet u alles zelf betalen en regelen.",
            ],
            [
                "U ontwerpt het middel helemaal naar eigen inzicht.",
                "Mogelijke opbrengsten zijn voor u alleen.",
                "U kunt gemakkelijk stoppen en bent flexibel omdat u van niemand afhangt.",
                "Het middel blijft in eigen hand.",
            ],
            [
                "Het kost leraren veel tijd, die niet altijd doelmatig wordt besteed.",
                "U hebt veel deskundigheid nodig, ook voor beheer en [[exploitatie]].",
                "Alle kosten komen voor uw rekening.",
                "Juridische risico's, zoals de privacy van gebruikers en het verwijt van [[staatssteun]].",
                "De inspectie kan oordelen dat publiek geld verkeerd is besteed.",
                "Zonder marktkennis werkt u minder efficiënt, en het middel sluit mogelijk niet aan op vergelijkbare systemen.",
                "De kwaliteit is vaak lager.",
            ],
            [
                "Ontwikkel alleen zelf als uw situatie echt uniek is en geen marktpartij het tegen een redelijke prijs wil doen.",
                "Probeer marktpartijen alsnog te interesseren door de vraag te verbreden naar meer scholen.",
                "Kiest u toch hiervoor: werk samen met andere scholen om kennis en risico te delen, en ontwikkel in [[open-source|open source]] of open standaarden.",
                "Maak altijd een [[business-case|business case]] met scenario's voor doorontwikkeling en tel de eigen uren en andere snel vergeten kosten mee.",
                "Bouw voor eigen gebruik alleen eenvoudige middelen die makkelijk te maken en te beheren zijn.",
            ],
            [AgreementTopic.OpenSource, AgreementTopic.Ownership, AgreementTopic.CostAndRisk, AgreementTopic.Governance]),
    ];
}
