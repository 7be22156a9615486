namespace Regie.Web.Features.Collaboration.Glossary;

/// <summary>A word from the collaboration guide with our own short explanation.</summary>
public sealed record GlossaryTerm(string Key, string Term, string Explanation)
{
    /// <summary>The anchor of the term on the glossary page.</summary>
    public string Anchor => "term-" + Key;
}

/// <summary>The words of the collaboration guide a busy reader may not know, explained in plain Dutch.</summary>
public static class GlossaryTerms
{
    public static readonly IReadOnlyList<GlossaryTerm> Terms =
    [
        new("aanbestedingsdrempel", "aanbestedingsdrempel",
            "Het bedrag waarboven u een opdracht Europees moet aanbesteden. U telt daarvoor alle kosten over de hele levensduur mee, dus ook beheer en exploitatie over vier jaar. Een opdracht opknippen of elk jaar verlengen om onder de drempel te blijven mag niet. Ook onder de drempel koopt u open en eerlijk in."),
        new("beheer", "beheer",
            "Alles wat nodig is om een middel na de oplevering bruikbaar te houden: storingen oplossen, updates voor nieuwe versies van besturingssystemen, beveiliging, vragen van gebruikers beantwoorden en de inhoud actueel houden."),
        new("business-case", "business case",
            "Een doorrekening van wat het middel over de hele levensduur kost en oplevert, per fase: idee en plan, ontwikkeling, beheer en exploitatie. Tel ook de uren mee die collega's er naast hun gewone werk in steken; die verborgen kosten worden vaak vergeten."),
        new("co-productie", "co-productie",
            "School en marktpartij bedenken, bouwen, beheren en exploiteren het middel samen. Ze zijn samen eigenaar en delen de aansprakelijkheid en het financiële risico."),
        new("exploitatie", "exploitatie",
            "Het middel in de markt zetten en er inkomsten mee verwerven, bijvoorbeeld door licenties aan andere scholen te verkopen. Wie exploiteert, draagt ook de kosten van verkoop en ondersteuning."),
        new("go-no-go-moment", "go/no-go-moment",
            "Een vooraf afgesproken moment waarop beide partijen aan de hand van vooraf vastgelegde criteria besluiten of het project doorgaat, bijgestuurd wordt of stopt."),
        new("intellectueel-eigendom", "intellectueel eigendom",
            "Het recht op wat bedacht en gemaakt is, zoals software, ontwerpen en lesmateriaal. Zonder afspraak ligt het meestal bij de partij die het middel bouwt. Leg vast wat de school mag gebruiken en wat zij ervoor terugkrijgt, zodat ze later niet afhankelijk wordt."),
        new("marktconsultatie", "marktconsultatie",
            "Marktpartijen gericht vragen of en hoe uw ambitie met hun producten of kennis te realiseren is, voordat u de opdracht vastlegt. Zo hoort u wat haalbaar is en wat het ongeveer kost."),
        new("marktverkenning", "marktverkenning",
            "Nagaan welke producten en leveranciers er al zijn die uw vraag (deels) beantwoorden. Dat kan met eigen zoekwerk of met hulp van een gespecialiseerd bureau. Kijk ook of een onderdeel van een bestaand product volstaat."),
        new("open-source", "open source",
            "Software waarvan de broncode vrij te gebruiken en aan te passen is. Het maakt u minder afhankelijk van één leverancier, maar is meestal niet goedkoper: de kosten liggen alleen op een andere plek."),
        new("outputgericht-werken", "outputgericht werken",
            "Aan een marktpartij vragen wát u wilt bereiken, niet hoe zij het moet bouwen. Dus 'ik wil zien hoe mijn leerlingen ervoor staan' in plaats van 'ik wil een knop met een cijferlijst'."),
        new("staatssteun", "staatssteun",
            "Voordeel dat een overheid of een met publiek geld bekostigde organisatie aan een onderneming geeft en dat de concurrentie verstoort. Als een school een middel met onderwijsgeld bouwt en op de markt brengt, kan dat als staatssteun worden gezien."),
        new("vraagverheldering", "vraagverheldering",
            "Samen met collega's, en vaak met marktpartijen, scherp krijgen wat u precies nodig hebt en waarom, voordat u naar oplossingen kijkt. Het kost tijd, maar een helder begin scheelt later veel."),
        new("professioneel-opdrachtgeverschap", "professioneel opdrachtgeverschap",
            "Als school de rol van opdrachtgever goed invullen: heldere afspraken over kosten en resultaat, een gestructureerd proces met voortgangs- en go/no-go-momenten, projectleiding en één vast inhoudelijk aanspreekpunt."),
    ];

    private static readonly Dictionary<string, GlossaryTerm> ByKey = Terms.ToDictionary(t => t.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>A term by its key or by the word itself ("business case", "business-case").</summary>
    public static GlossaryTerm? Find(string keyOrTerm) =>
        ByKey.GetValueOrDefault(keyOrTerm.Trim().Replace(' ', '-').Replace('/', '-'));
}
