using Bogus;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Bench;

/// <summary>
/// Realistic Dutch catalogue items for benchmarks: a kind, subjects and levels that fit its sectors, a title from a
/// word list per subject or product type, a summary and a description stitched from sentences with slots, and
/// prices and compliance facts in proportions a real market might show. Fills the app's own <see cref="CatalogItem"/>,
/// so its search text and stems are computed by the app's code.
/// </summary>
public static class DutchCatalog
{
    private static readonly Dictionary<string, string[]> Brands = new()
    {
        ["rekenen-wiskunde"] = ["Rekenroute", "Rekensprint", "Breukenlab", "Tafeltrainer", "Wiskundewerkplaats", "Sommenstart", "Meetkunde in beeld", "Cijferkracht", "Rekenmaatje", "Getallenlijn"],
        ["nederlands"] = ["Taalkompas", "Woordenschat Online", "Taalzee", "Zinsbouwers", "Grammaticagids", "Schrijfatelier", "Taalstroom"],
        ["lezen"] = ["Leesleeuw", "Boekenbrug", "Begrijpend Lezen Plus", "Leesvenster", "Voorleeshoek", "Leesladder", "Tekstverkenners"],
        ["spelling"] = ["Spellingspoor", "Werkwoordwijzer", "Dictee Digitaal", "Spelsterk", "Woordwacht"],
        ["engels"] = ["English Express", "Word Quest", "Speak Up", "Grammar Garage", "Engels Actief", "Hello Holland"],
        ["frans"] = ["Bonjour Frans", "Frans Direct", "Parlons"],
        ["duits"] = ["Duits Direct", "Sprechen Sie", "Wortschatz Trainer"],
        ["aardrijkskunde"] = ["Wereldatlas Interactief", "Topotrainer", "Landschappen van Nederland", "Klimaat en Aarde", "Kaartlezers"],
        ["geschiedenis"] = ["Tijdreizigers", "Canon in de klas", "Tijdvakken", "Verleden Verteld"],
        ["biologie"] = ["Levend Lab", "Celcentrale", "Natuurnet", "Lichaam in beeld"],
        ["natuur-techniek"] = ["Techniektoren", "Proefjesplein", "Maakplaats", "Onderzoekers"],
        ["natuurkunde"] = ["Krachtveld", "Energielab", "Natuurkunde Interactief"],
        ["scheikunde"] = ["Stofwisselaars", "Molecuulmeester", "Reactielab"],
        ["economie"] = ["Geldzaken", "Marktplein", "Economie Actueel"],
        ["wereldorientatie"] = ["Wereldwijs", "Blik op de wereld", "Ontdekroute"],
        ["burgerschap"] = ["Samenleven", "Democratie in de klas", "Meedoen"],
        ["digitale-geletterdheid"] = ["Codekracht", "Mediawijs", "Programmeerpad", "Digiwijzer", "Robotica in de klas", "Datadetectives"],
        ["kunst-cultuur"] = ["Cultuurkoffer", "Kunstkijkers", "Creatief Atelier"],
        ["muziek"] = ["Muziekmatrix", "Zing Mee", "Ritmeroute"],
        ["bewegingsonderwijs"] = ["Beweegwijs", "Gymvolgsysteem", "Sportkompas"],
        ["levensbeschouwing"] = ["Levensvragen", "Verhalen van Geloof"],
        ["loopbaanorientatie"] = ["Loopbaankompas", "Beroepenverkenner", "Mijn Toekomst"],
        ["sociaal-emotioneel"] = ["Kiva Klas", "Groepskracht", "Gevoelswijzer", "Samen Sterk"],
    };

    private static readonly string[] TitleVariants =
        ["", "", "", " Plus", " Online", " Junior", " Basis", " 3.0", " Digitaal", " Start", " Pro", " onderbouw", " bovenbouw", " Compact", " Extra"];

    private static readonly string[] Devices =
        ["Chromebook", "Laptop", "Tablet", "Digibord", "Touchscreen", "Documentcamera", "Koptelefoonset", "Laadkar", "3D-printer", "Microbit-set", "Robotset", "Presentatiescherm"];
    private static readonly string[] DeviceModels = ["Education", "11 inch", "14 inch", "Basis", "Pro", "Klasseneditie", "Duurzaam", "met stylus", "65 inch", "75 inch"];
    private static readonly string[] Software =
        ["Leerlingvolgsysteem", "Elektronische leeromgeving", "Roosterplanner", "Toetsplatform", "Ouderportaal", "Schooladministratie", "Identiteitsbeheer", "Mediatheeksysteem", "Portfolio-app", "Communicatie-app", "Huiswerkplanner", "Absentieregistratie"];
    private static readonly string[] Infrastructure =
        ["Glasvezelaansluiting", "Wifi-netwerk", "Netwerkbeheer", "Firewall", "Cloudopslag", "Beheerde werkplek", "Mobiel apparaatbeheer", "Back-updienst", "Printbeheer", "Netwerkmonitoring"];
    private static readonly string[] ServiceTopics =
        ["digitale geletterdheid", "de AVG en privacy", "adaptief leren", "mediawijsheid", "programmeren", "formatief evalueren met ict", "informatiebeveiliging", "het ict-beleidsplan", "lezen met digitale middelen", "rekenen met software", "digitaal toetsen", "veilig internetgebruik"];
    private static readonly Dictionary<ServiceType, string[]> ServiceNames = new()
    {
        [ServiceType.ProfessionalDevelopment] = ["Training", "Cursus", "Studiedag", "Leergang", "Teamcoaching", "Workshop"],
        [ServiceType.Advice] = ["Advies over", "Begeleiding bij", "Scan van", "Quickscan"],
        [ServiceType.Support] = ["Helpdesk voor", "Ondersteuning bij", "Functioneel beheer van"],
        [ServiceType.Research] = ["Effectonderzoek naar", "Evaluatie van", "Onderzoek naar"],
    };

    private static readonly string[] Features =
        ["directe feedback", "adaptieve oefeningen", "een dashboard voor de leraar", "voortgangsrapportages", "uitlegfilmpjes", "gesproken instructie",
         "differentiatie op drie niveaus", "een koppeling met het leerlingvolgsysteem", "oefentoetsen", "printbare werkbladen", "samenwerkopdrachten",
         "een app voor thuis", "beloningen die motiveren", "herhaling op maat", "een handleiding voor ouders", "opdrachten voor sterke leerlingen"];

    /// <summary>Sentences for descriptions, per kind of item; slots in braces are filled per item.</summary>
    private static readonly string[] DigitalSentences =
    [
        "Leerlingen werken in hun eigen tempo aan {subject}, terwijl de leraar in één overzicht ziet wie extra uitleg nodig heeft.",
        "Het materiaal sluit aan op de kerndoelen en wordt gebruikt op scholen in onder meer {city}.",
        "Inloggen gaat via {sso}, zodat leerlingen geen extra wachtwoord hoeven te onthouden.",
        "De leraar zet opdrachten klaar voor de hele groep, een instructiegroep of één leerling.",
        "Resultaten komen automatisch terug in het leerlingvolgsysteem van de school.",
        "Bij de start krijgt het team een korte training en een duidelijke handleiding.",
        "Elke les begint met een korte instructie en eindigt met een controlevraag.",
        "Leerlingen die vastlopen krijgen een hint of een uitlegfilmpje.",
        "Voor {level} zijn er extra opdrachten die verder gaan dan de basisstof.",
        "De inhoud is samen met leraren uit {city} ontwikkeld en wordt ieder jaar bijgewerkt.",
        "Ouders kunnen thuis meekijken met wat hun kind heeft geoefend.",
        "Het programma werkt op Chromebooks, tablets en laptops, ook met een trage verbinding.",
        "Toetsen worden automatisch nagekeken, zodat er meer tijd overblijft voor begeleiding.",
        "De leerlijn {subject} is opgebouwd in kleine stappen met veel herhaling.",
        "Scholen kunnen het eerst een maand gratis uitproberen.",
        "De gegevens van leerlingen blijven binnen de Europese Unie.",
        "Er zijn aparte versies voor {level} met passende teksten en afbeeldingen.",
        "De leraar kan lessen aanpassen of eigen opdrachten toevoegen.",
        "Het product voldoet aan de eisen van het privacyconvenant en er is een verwerkersovereenkomst beschikbaar.",
        "Voorleesfuncties en grote letters maken de stof toegankelijk voor leerlingen met dyslexie.",
        "Spelelementen houden leerlingen gemotiveerd zonder af te leiden van de leerstof.",
        "Leerlingen leren samenwerken, onderzoeken en hun werk presenteren.",
    ];
    private static readonly string[] HardwareSentences =
    [
        "Het apparaat is stevig gebouwd en gaat een volledige schooldag mee op één acculading.",
        "Beheer gebeurt centraal, zodat de ict-coördinator niet elke machine apart hoeft in te stellen.",
        "Updates worden buiten lestijd geïnstalleerd.",
        "Het netwerk is berekend op dertig apparaten per lokaal tegelijk.",
        "Een vaste contactpersoon helpt bij vragen over installatie en gebruik.",
        "Storingen worden binnen één werkdag opgepakt.",
        "Installatie op scholen in {city} en omgeving gebeurt door eigen monteurs.",
        "Bij een defect krijgt de school binnen twee werkdagen een vervangend exemplaar.",
        "Geschikt voor gebruik in {level}, ook door jonge kinderen.",
        "De garantie loopt vier jaar en dekt ook valschade.",
        "Het geheel is energiezuinig en gemaakt van gerecycled materiaal.",
        "Leerlingen loggen in via {sso}, ook op gedeelde apparaten.",
    ];
    private static readonly string[] ServiceSentences =
    [
        "De trainer komt naar de school en stemt het programma af op het team.",
        "Na afloop ontvangt elke deelnemer een bewijs van deelname.",
        "Het onderzoek levert een rapport op met concrete aanbevelingen voor bestuur en scholen.",
        "We werkten eerder voor besturen in onder meer {city}.",
        "Een vaste adviseur is het aanspreekpunt van begin tot eind.",
        "Het traject is geschikt voor teams in {level}.",
        "Vooraf bespreken we met de schoolleiding wat het team wil bereiken.",
        "Tussen de bijeenkomsten proberen leraren het geleerde uit in hun eigen klas.",
        "Vragen worden op werkdagen binnen vier uur beantwoord.",
        "De kosten worden per uur of per dagdeel afgerekend, zonder verrassingen achteraf.",
    ];

    /// <summary>What the lessons of a subject are about; one sentence of a learning material's description names two.</summary>
    private static readonly Dictionary<string, string[]> SubjectTopics = new()
    {
        ["rekenen-wiskunde"] = ["breuken", "de tafels", "hoofdrekenen", "meten en meetkunde", "procenten", "verhoudingen", "klokkijken", "geld rekenen"],
        ["nederlands"] = ["woordenschat", "grammatica", "stellen", "spreken en luisteren", "zinsontleding"],
        ["lezen"] = ["begrijpend lezen", "technisch lezen", "leesbevordering", "voorlezen", "informatieve teksten"],
        ["spelling"] = ["werkwoorden", "categoriewoorden", "dictee", "hoofdletters en leestekens"],
        ["engels"] = ["woordenschat", "grammatica", "luistervaardigheid", "spreekvaardigheid"],
        ["aardrijkskunde"] = ["topografie", "kaartlezen", "klimaat", "landschappen", "bevolking"],
        ["geschiedenis"] = ["de tijdvakken", "de canon", "de Gouden Eeuw", "de Tweede Wereldoorlog"],
        ["digitale-geletterdheid"] = ["programmeren", "mediawijsheid", "robotica", "veilig internetgebruik", "computational thinking"],
    };

    private static readonly string[] SsoNames = ["Entree", "Basispoort", "SURFconext", "Microsoft", "Google"];
    private static readonly string[] ExportFormats = ["CSV", "xAPI", "QTI", "Excel", "JSON", "PDF"];

    private static readonly Dictionary<SchoolSectors, string[]> LevelsBySector = new()
    {
        [SchoolSectors.Po] = [.. Enumerable.Range(1, 8).Select(g => $"groep-{g}")],
        [SchoolSectors.So] = [.. Enumerable.Range(1, 8).Select(g => $"groep-{g}")],
        [SchoolSectors.Vo] = [.. Enumerable.Range(1, 4).Select(y => $"vmbo-{y}"), .. Enumerable.Range(1, 5).Select(y => $"havo-{y}"), .. Enumerable.Range(1, 6).Select(y => $"vwo-{y}")],
        [SchoolSectors.Mbo] = [.. Enumerable.Range(1, 4).Select(n => $"mbo-{n}")],
    };

    /// <summary>Subjects weighted the way a market has them: many rekenen, taal and lezen products, few for levensbeschouwing.</summary>
    private static readonly (string Key, int Weight)[] SubjectWeights =
    [
        ("rekenen-wiskunde", 14), ("nederlands", 10), ("lezen", 10), ("spelling", 7), ("engels", 8), ("aardrijkskunde", 5),
        ("geschiedenis", 5), ("biologie", 4), ("natuur-techniek", 4), ("digitale-geletterdheid", 7), ("wereldorientatie", 3),
        ("frans", 2), ("duits", 2), ("natuurkunde", 2), ("scheikunde", 2), ("economie", 2), ("burgerschap", 3),
        ("kunst-cultuur", 2), ("muziek", 2), ("bewegingsonderwijs", 1), ("levensbeschouwing", 1), ("loopbaanorientatie", 2),
        ("sociaal-emotioneel", 3),
    ];

    /// <summary>The words the search benchmark looks for: each occurs in the generated titles, summaries or descriptions.</summary>
    public static readonly string[] QueryWords =
    [
        "rekenen", "taal", "lezen", "engels", "aardrijkskunde", "spelling", "breuken", "woordenschat", "tafels", "begrijpend lezen",
        "chromebook", "privacy", "programmeren", "toetsen", "leerlingvolgsysteem", "wifi", "training", "topografie", "digibord",
        "adaptief", "mediawijsheid", "geschiedenis", "dyslexie", "feedback", "werkbladen", "uitlegfilmpjes", "leesladder",
        "ouderportaal", "robotica", "burgerschap", "tablet", "netwerk", "werkwoorden", "grammatica", "kerndoelen", "studiedag",
        "voorleesfunctie", "rekensprint", "natuur", "techniek", "oefentoetsen", "klimaat", "dictee", "helpdesk", "onderzoek",
    ];

    public static readonly IReadOnlyList<string> SubjectKeys = SubjectWeights.Select(s => s.Key).ToList();
    private static readonly string[] SubjectKeysArray = [.. SubjectKeys];
    // Bogus wants chances that add up to 1.
    private static readonly float[] SubjectChances = SubjectWeights.Select(s => s.Weight / (float)SubjectWeights.Sum(w => w.Weight)).ToArray();

    /// <summary>Fills a new item of the given supplier; the caller publishes it.</summary>
    public static CatalogItem NewItem(Faker f, Guid supplierId, string supplierName, string reference, DateTimeOffset createdAt)
    {
        var kind = f.Random.WeightedRandom(
            [ItemKind.LearningMaterial, ItemKind.Software, ItemKind.Service, ItemKind.Device, ItemKind.Infrastructure],
            [0.50f, 0.18f, 0.16f, 0.10f, 0.06f]);
        var sectors = Sectors(f);
        var subjects = kind switch
        {
            ItemKind.LearningMaterial => Subjects(f, f.Random.WeightedRandom([1, 2, 3], [0.7f, 0.22f, 0.08f])),
            ItemKind.Software or ItemKind.Service when f.Random.Bool(0.3f) => Subjects(f, 1),
            _ => [],
        };
        var levels = kind == ItemKind.LearningMaterial || f.Random.Bool(0.2f) ? Levels(f, sectors) : [];
        ServiceType? serviceType = kind == ItemKind.Service ? f.PickRandom<ServiceType>() : null;
        var subjectLabel = subjects.Count > 0 ? CodeLists.SubjectLabel(subjects[0]).ToLowerInvariant() : f.PickRandom("de basisvakken", "het hele curriculum", "vakoverstijgend werken");
        var levelPhrase = LevelPhrase(levels, sectors);

        var item = new CatalogItem
        {
            SupplierId = supplierId,
            SupplierReference = reference,
            Kind = kind,
            ServiceType = serviceType,
            Sectors = sectors,
            Subjects = subjects,
            Levels = levels,
            Innovation = Flags<InnovationCategories>(f, 0.2f),
            BuildingBlocks = Blocks(f, kind),
            Website = $"https://www.{Slug(supplierName)}.nl/aanbod/{reference.ToLowerInvariant()}",
            TrialAvailable = f.Random.Bool(0.4f),
            VatRate = kind == ItemKind.LearningMaterial && f.Random.Bool(0.5f) ? 9m : 21m,
            Compliance = Compliance(f, kind),
            CreatedAt = createdAt,
            UpdatedAt = createdAt.AddDays(f.Random.Number(0, 200)),
            Version = 1,
        };
        Price(f, item);
        // Set the texts last: each setter recomputes SearchText and SearchStems from all of them.
        item.SupplierName = supplierName;
        item.Title = Title(f, kind, serviceType, subjects);
        item.Summary = Summary(f, kind, subjectLabel, levelPhrase);
        item.Description = Description(f, kind, subjects, subjectLabel, levelPhrase);
        return item;
    }

    private static SchoolSectors Sectors(Faker f)
    {
        var sectors = f.Random.WeightedRandom(
            [SchoolSectors.Po, SchoolSectors.Vo, SchoolSectors.Po | SchoolSectors.So, SchoolSectors.Vo | SchoolSectors.Mbo, SchoolSectors.Mbo, SchoolSectors.Po | SchoolSectors.Vo, SchoolSectors.So],
            [0.38f, 0.27f, 0.12f, 0.08f, 0.07f, 0.06f, 0.02f]);
        return sectors;
    }

    private static List<string> Subjects(Faker f, int count)
    {
        var result = new List<string>(count);
        while (result.Count < count)
        {
            var key = f.Random.WeightedRandom(SubjectKeysArray, SubjectChances);
            if (!result.Contains(key)) result.Add(key);
        }
        return result;
    }

    private static List<string> Levels(Faker f, SchoolSectors sectors)
    {
        var candidates = LevelsBySector.Where(p => sectors.HasFlag(p.Key)).SelectMany(p => p.Value).Distinct().ToList();
        // A contiguous run of years, the way methods are sold (groep 3-5, havo 1-3).
        var start = f.Random.Number(0, candidates.Count - 1);
        var length = f.Random.Number(1, Math.Min(4, candidates.Count - start));
        return candidates.Skip(start).Take(length).ToList();
    }

    private static string LevelPhrase(List<string> levels, SchoolSectors sectors) => levels.Count switch
    {
        0 => sectors.HasFlag(SchoolSectors.Po) ? "het primair onderwijs" : sectors.HasFlag(SchoolSectors.Vo) ? "het voortgezet onderwijs" : "het mbo",
        1 => CodeLists.LevelLabel(levels[0]).ToLowerInvariant(),
        _ => $"{CodeLists.LevelLabel(levels[0]).ToLowerInvariant()} tot en met {CodeLists.LevelLabel(levels[^1]).ToLowerInvariant()}",
    };

    private static string Title(Faker f, ItemKind kind, ServiceType? serviceType, List<string> subjects) => kind switch
    {
        ItemKind.LearningMaterial => f.PickRandom(Brands[subjects[0]]) + f.PickRandom(TitleVariants),
        ItemKind.Device => $"{f.PickRandom(Devices)} {f.PickRandom(DeviceModels)}",
        ItemKind.Software => subjects.Count > 0 && f.Random.Bool() ? $"{f.PickRandom(Software)} {f.PickRandom(Brands[subjects[0]])}" : $"{f.PickRandom(Software)}{f.PickRandom(TitleVariants)}",
        ItemKind.Infrastructure => $"{f.PickRandom(Infrastructure)}{f.PickRandom(TitleVariants)}",
        _ => $"{f.PickRandom(ServiceNames[serviceType!.Value])} {f.PickRandom(ServiceTopics)}",
    };

    private static string Summary(Faker f, ItemKind kind, string subject, string level)
    {
        var what = kind switch
        {
            ItemKind.LearningMaterial => $"Digitale lesmethode voor {subject} in {level}",
            ItemKind.Device => $"Apparaat voor gebruik in de klas in {level}",
            ItemKind.Software => $"Software voor scholen in {level}",
            ItemKind.Infrastructure => $"Infrastructuur voor scholen in {level}",
            _ => $"Dienst voor teams in {level}",
        };
        var features = f.PickRandom(Features, 2).ToList();
        return $"{what}, met {features[0]} en {features[1]}.";
    }

    private static string Description(Faker f, ItemKind kind, List<string> subjects, string subject, string level)
    {
        var pool = kind switch
        {
            ItemKind.Device or ItemKind.Infrastructure => HardwareSentences,
            ItemKind.Service => ServiceSentences,
            _ => DigitalSentences,
        };
        var sentences = f.PickRandom(pool, f.Random.Number(3, 6)).ToList();
        if (subjects.Count > 0 && SubjectTopics.TryGetValue(subjects[0], out var topics))
        {
            var two = f.PickRandom(topics, 2).ToList();
            sentences.Insert(1, $"Aan bod komen onder meer {two[0]} en {two[1]}.");
        }
        return string.Join(' ', sentences.Select(s => s
            .Replace("{subject}", subject, StringComparison.Ordinal)
            .Replace("{level}", level, StringComparison.Ordinal)
            .Replace("{city}", f.Address.City(), StringComparison.Ordinal)
            .Replace("{sso}", f.PickRandom(SsoNames), StringComparison.Ordinal)));
    }

    private static void Price(Faker f, CatalogItem item)
    {
        (item.PricingModel, item.PriceExclVat) = item.Kind switch
        {
            ItemKind.LearningMaterial => (PricingModel.PerPupilPerYear, Money(f, 2, 45)),
            ItemKind.Software => f.Random.Bool() ? (PricingModel.PerPupilPerYear, Money(f, 1, 20)) : (PricingModel.PerLicencePerYear, Money(f, 150, 6000)),
            ItemKind.Device => (PricingModel.OneOff, Money(f, 120, 2500)),
            ItemKind.Infrastructure => f.Random.Bool() ? (PricingModel.PerLicencePerYear, Money(f, 500, 25000)) : (PricingModel.OneOff, Money(f, 1000, 60000)),
            _ => f.Random.Bool(0.6f) ? (PricingModel.PerHour, Money(f, 65, 160)) : (PricingModel.PerDay, Money(f, 450, 1400)),
        };
        item.MinimumTermMonths = item.PricingModel is PricingModel.PerPupilPerYear or PricingModel.PerLicencePerYear ? f.PickRandom(12, 12, 24, 36) : null;
        item.OneOffCostsExclVat = f.Random.Bool(0.2f) ? Money(f, 50, 1500) : null;
    }

    private static decimal Money(Faker f, int min, int max) => Math.Round(f.Random.Decimal(min, max), 2);

    private static BuildingBlocks Blocks(Faker f, ItemKind kind) => kind switch
    {
        ItemKind.LearningMaterial => BuildingBlocks.Content | (f.Random.Bool(0.5f) ? BuildingBlocks.Progress : 0) | (f.Random.Bool(0.3f) ? BuildingBlocks.Assessment : 0),
        ItemKind.Software => f.PickRandom(BuildingBlocks.Assessment, BuildingBlocks.Progress, BuildingBlocks.Planning, BuildingBlocks.Communication, BuildingBlocks.Administration, BuildingBlocks.IdentityAccess),
        ItemKind.Device or ItemKind.Infrastructure => BuildingBlocks.DevicesNetwork,
        _ => BuildingBlocks.None,
    };

    private static T Flags<T>(Faker f, float chance) where T : struct, Enum
    {
        var value = 0;
        foreach (var flag in Enum.GetValues<T>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Where(v => v != 0))
            if (f.Random.Bool(chance)) value |= flag;
        return (T)Enum.ToObject(typeof(T), value);
    }

    private static ComplianceFacts Compliance(Faker f, ItemKind kind)
    {
        var digital = kind is ItemKind.LearningMaterial or ItemKind.Software;
        var covenant = digital && f.Random.Bool(0.7f);
        var agreement = digital && f.Random.Bool(0.75f);
        var facts = new ComplianceFacts
        {
            PrivacyCovenantSigned = covenant,
            ProcessingAgreementAvailable = agreement,
            PrivacySheet = agreement && f.Random.Bool(0.6f) ? Sheet(f) : null,
            EckIdSupported = digital && f.Random.Bool(0.35f),
            UwlrSupported = digital && f.Random.Bool(0.25f),
            SingleSignOn = digital ? Flags<SingleSignOnOptions>(f, 0.3f) : SingleSignOnOptions.None,
            LtiSupported = digital && f.Random.Bool(0.15f),
            ExportFormats = digital ? f.PickRandom(ExportFormats, f.Random.Number(0, 3)).ToList() : [],
            Accessibility = digital ? f.PickRandom<WcagLevel>() : WcagLevel.Unknown,
            DataLocation = f.Random.WeightedRandom([DataLocation.EuEea, DataLocation.OutsideEuEea], [0.88f, 0.12f]),
            Certifications = f.Random.Bool(0.4f) ? f.PickRandom(CodeLists.Certifications.Select(c => c.Key), f.Random.Number(1, 2)).ToList() : [],
        };
        // The platform has checked some of what suppliers state.
        var verifiable = Enum.GetValues<ComplianceFact>().Where(facts.Has).ToList();
        return f.Random.Bool(0.3f) && verifiable.Count > 0
            ? facts with { Verified = f.PickRandom(verifiable, f.Random.Number(1, verifiable.Count)).ToList(), VerifiedAt = DateTimeOffset.UtcNow.AddDays(-f.Random.Number(1, 300)), VerifiedBy = "Moderator Benchmark" }
            : facts;
    }

    private static PrivacySheet Sheet(Faker f) => new()
    {
        PersonalData = [new("leerling", ["naam", "klas", "resultaten"]), new("leraar", ["naam", "e-mailadres"])],
        Purposes = ["het leveren van de leermiddelen", "het volgen van de voortgang"],
        Retention = f.PickRandom("tot het einde van het schooljaar", "één jaar na beëindiging van de overeenkomst", "zes maanden na het laatste gebruik"),
        SubProcessors = [new(f.PickRandom("Hosting Noord B.V.", "CloudWerk B.V.", "Datacentrum Zuid"), "Nederland", "hosting")],
        ProcessingLocation = f.PickRandom("Nederland", "Duitsland", "Ierland"),
        SecurityCertifications = f.Random.Bool() ? ["ISO 27001"] : [],
        BreachNotificationHours = f.PickRandom(24, 36, 48),
    };

    public static string Slug(string name) =>
        new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
