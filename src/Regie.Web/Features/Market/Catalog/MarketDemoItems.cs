using static Regie.Web.Features.Market.Catalog.BuildingBlocks;
using static Regie.Web.Features.Market.Catalog.InnovationCategories;
using static Regie.Web.Features.Market.Catalog.ItemKind;
using static Regie.Web.Features.Market.Catalog.PricingModel;
using static Regie.Web.Features.Market.Catalog.SchoolSectors;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>The demo market's items, per supplier.</summary>
public static class MarketDemoItems
{
    private const string Leerwijzer = "Leerwijzer Educatief B.V.";
    private const string Klasnet = "Klasnet ICT Diensten";
    private const string Digidact = "Digidact Uitgevers";
    private const string Schoolplein = "Schoolplein Software";
    private const string Noord = "Onderwijsadvies Noord";

    private static string[] Groups(int from, int to) => Enumerable.Range(from, to - from + 1).Select(g => $"groep-{g}").ToArray();
    private static string[] Years(string track, int from, int to) => Enumerable.Range(from, to - from + 1).Select(y => $"{track}-{y}").ToArray();
    private static int[] Goals(int from, int to) => Enumerable.Range(from, to - from + 1).ToArray();
    private static readonly string[] None = [];

    public static readonly IReadOnlyList<DemoItem> All =
    [
        // Leerwijzer Educatief: adaptive learning material for primary schools.
        new(Leerwijzer, "Rekenroute", "Adaptief rekenen voor groep 3 tot en met 8: elke leerling oefent op zijn eigen niveau.",
            "De leraar ziet per les wie vastloopt en op welk onderdeel. Het programma past de opgaven aan na elk antwoord en herhaalt wat nog niet zit.",
            LearningMaterial, [Po, So], ["rekenen-wiskunde"], Groups(3, 8), Goals(23, 33), [Adaptive, ProgressInformation], [Content, Assessment, Progress],
            PerPupilPerYear, "18,50", MinimumTermMonths: 12, Trial: true),
        new(Leerwijzer, "Taalsprong", "Taal en spelling in korte dagelijkse oefeningen, met uitleg in filmpjes.",
            "Woordenschat, spelling en taalverzorging komen elke week terug. Kinderen die extra uitdaging aankunnen, krijgen verrijkingsopdrachten.",
            LearningMaterial, [Po], ["nederlands", "spelling"], Groups(4, 8), [9, 10, 11, 12], [Adaptive], [Content, Progress],
            PerPupilPerYear, "16,00", MinimumTermMonths: 12),
        new(Leerwijzer, "Leesleeuw", "Begrijpend lezen met actuele teksten op drie niveaus.",
            "Elke week verschijnen nieuwe teksten over het nieuws, geschreven voor groep 5 tot en met 8. Vragen oefenen de leesstrategieën.",
            LearningMaterial, [Po], ["lezen", "nederlands"], Groups(5, 8), [4, 5, 6, 7, 9, 10], [CrossCurricular], [Content],
            PerPupilPerYear, "9,75", Trial: true),
        new(Leerwijzer, "Rekenroute Thuis", "Extra oefenen met Rekenroute buiten schooltijd, gekoppeld aan de lessen in de klas.",
            "Ouders zien wat hun kind oefent. De leraar bepaalt welke onderdelen thuis klaarstaan.",
            LearningMaterial, [Po], ["rekenen-wiskunde"], Groups(3, 8), [27, 28, 29], [Adaptive], [Content],
            PerLicencePerYear, "4,50"),
        new(Leerwijzer, "Klokhuis Kennisbank", "Wereldoriëntatie in thema's, met bronnen, kaarten en opdrachten om samen te onderzoeken.",
            "Aardrijkskunde, geschiedenis en natuur komen samen in thema's van zes weken. Elk thema eindigt met een presentatie van de groep.",
            LearningMaterial, [Po], ["wereldorientatie", "aardrijkskunde", "geschiedenis", "natuur-techniek"], Groups(5, 8), Goals(39, 53),
            [CrossCurricular, TwentyFirstCenturySkills], [Content], PerPupilPerYear, "11,25"),
        new(Leerwijzer, "Engels Start", "Engels voor groep 1 tot en met 8 met liedjes, spelletjes en native speakers op video.",
            "De lessen duren twintig minuten en vragen geen voorbereiding. In de bovenbouw oefenen kinderen lezen en schrijven in het Engels.",
            LearningMaterial, [Po], ["engels"], Groups(1, 8), Goals(13, 16), [Games], [Content],
            PerPupilPerYear, "7,50"),
        new(Leerwijzer, "Rekenroute Toetsen", "Methodeonafhankelijke rekentoetsen met een analyse per leerling en per groep.",
            "De toetsen meten waar een leerling staat ten opzichte van de kerndoelen. De analyse wijst aan welke onderdelen herhaling nodig hebben.",
            LearningMaterial, [Po], ["rekenen-wiskunde"], Groups(3, 8), Goals(23, 26), [ProgressInformation], [Assessment, Progress],
            PerPupilPerYear, "3,95"),
        new(Leerwijzer, "Spellingspel", "Spelling oefenen als spel, met wekelijkse uitdagingen voor de hele groep.",
            "Kinderen verdienen punten voor de groep. Het spel volgt de spellingcategorieën van de meeste methodes.",
            LearningMaterial, [Po], ["spelling"], Groups(4, 7), [11], [Games, Adaptive], [Content],
            PerLicencePerYear, "2,25", Trial: true),

        // Klasnet ICT Diensten: devices, connectivity and support.
        new(Klasnet, "Chromebook Onderwijs 11", "Stevig Chromebook met rubberen rand en een batterij voor een hele schooldag.",
            "Geleverd met beheer, verzekering tegen vallen en een vervangtoestel binnen twee werkdagen.",
            Device, [Po, So], None, None, [], [], [DevicesNetwork], OneOff, "329,00", OneOff: "15,00"),
        new(Klasnet, "Windows-laptop Bovenbouw", "Laptop voor het voortgezet onderwijs, geschikt voor programmeren en beeldbewerking.",
            "Met vier jaar garantie en een opslagkar voor dertig laptops als optie.",
            Device, [Vo, Mbo], None, None, [], [], [DevicesNetwork], OneOff, "549,00"),
        new(Klasnet, "Tablet Onderbouw", "Tablet met hoes en koptelefoon voor kleuters en de onderbouw.",
            "Apps worden centraal klaargezet, zodat de leraar niets hoeft te installeren.",
            Device, [Po], None, Groups(1, 4), [], [], [DevicesNetwork], OneOff, "279,00"),
        new(Klasnet, "Wifi Schoolbreed", "Dekkend wifi-netwerk in het hele gebouw, inclusief meting vooraf en beheer.",
            "We meten eerst hoe het gebouw het signaal doorlaat en plaatsen dan de toegangspunten. Storingen lossen we op afstand op.",
            ItemKind.Infrastructure, [Po, Vo, So, Mbo], None, None, [], [], [DevicesNetwork], PerLicencePerYear, "95,00", MinimumTermMonths: 36, OneOff: "2.450,00"),
        new(Klasnet, "Glasvezel Onderwijs", "Snelle glasvezelverbinding met een vaste capaciteit voor de hele school.",
            "Inclusief aanleg, een reserveverbinding via 5G en bewaking dag en nacht.",
            ItemKind.Infrastructure, [Po, Vo, So, Mbo], None, None, [], [], [DevicesNetwork], PerLicencePerYear, "1.140,00", MinimumTermMonths: 36),
        new(Klasnet, "Devicebeheer op afstand", "Beheer van laptops, Chromebooks en tablets vanuit één omgeving.",
            "Updates, apps en instellingen zetten we per groep klaar. Verloren apparaten worden op afstand vergrendeld.",
            Software, [Po, Vo, So, Mbo], None, None, [], [], [DevicesNetwork, IdentityAccess], PerLicencePerYear, "12,00"),
        new(Klasnet, "ICT-ondersteuning op locatie", "Een vaste ICT-medewerker die wekelijks op school is.",
            "Voor storingen, kleine reparaties en hulp aan leraren. Buiten die dagen is een helpdesk bereikbaar.",
            Service, [Po, So], None, None, [], [], [DevicesNetwork], PerDay, "495,00", Service: ServiceType.Support),
        new(Klasnet, "Netwerkscan", "Eenmalig onderzoek naar de staat van het netwerk, met een advies op maat.",
            "U krijgt een rapport met wat goed gaat, wat risico loopt en wat het kost om het op te lossen.",
            Service, [Po, Vo, So, Mbo], None, None, [], [], [DevicesNetwork], OneOff, "1.250,00", Service: ServiceType.Advice),
        new(Klasnet, "Digibord Interactief 75", "Interactief touchscreen van 75 inch op een verrijdbare standaard.",
            "Werkt zonder aparte computer en deelt het scherm van elk apparaat in de klas.",
            Device, [Po, Vo, So], None, None, [], [], [DevicesNetwork], OneOff, "2.195,00", OneOff: "250,00"),

        // Digidact Uitgevers: methods for secondary schools.
        new(Digidact, "Wiskunde Plus", "Wiskundemethode voor vmbo, havo en vwo met digitale oefenstof en toetsen.",
            "Elke paragraaf heeft basis- en verdiepingsopgaven. De toetsen geven direct een analyse per leerdoel.",
            LearningMaterial, [Vo], ["rekenen-wiskunde"], [.. Years("vmbo", 1, 4), .. Years("havo", 1, 5), .. Years("vwo", 1, 6)], [],
            [Adaptive, ProgressInformation], [Content, Assessment], PerPupilPerYear, "42,00", MinimumTermMonths: 12),
        new(Digidact, "English Today", "Engels voor de onderbouw met luister- en spreekopdrachten en een digitale woordtrainer.",
            "Leerlingen nemen hun eigen spreekopdrachten op. De leraar geeft feedback in dezelfde omgeving.",
            LearningMaterial, [Vo], ["engels"], [.. Years("vmbo", 1, 2), .. Years("havo", 1, 3), .. Years("vwo", 1, 3)], [],
            [TwentyFirstCenturySkills], [Content, Assessment], PerPupilPerYear, "36,50"),
        new(Digidact, "Geschiedenis Verbonden", "Geschiedenis in tien tijdvakken met bronnen, tijdlijnen en debatopdrachten.",
            "Bij elk tijdvak horen bronopdrachten en een onderzoeksvraag die leerlingen in groepjes uitwerken.",
            LearningMaterial, [Vo], ["geschiedenis"], [.. Years("havo", 1, 3), .. Years("vwo", 1, 3)], [],
            [CrossCurricular], [Content], PerPupilPerYear, "31,00"),
        new(Digidact, "Aardrijkskunde Wereldwijs", "Aardrijkskunde met interactieve kaarten en actuele casussen.",
            "Leerlingen werken met echte data over klimaat, bevolking en economie.",
            LearningMaterial, [Vo], ["aardrijkskunde"], [.. Years("vmbo", 1, 4), .. Years("havo", 1, 3)], [],
            [CrossCurricular], [Content], PerPupilPerYear, "29,50"),
        new(Digidact, "Biologie in Beeld", "Biologie met 3D-modellen, practica en animaties.",
            "De practica zijn ook thuis te doen met spullen die leerlingen al hebben.",
            LearningMaterial, [Vo], ["biologie"], [.. Years("havo", 1, 5), .. Years("vwo", 1, 6)], [],
            [], [Content], PerPupilPerYear, "33,00"),
        new(Digidact, "Nederlands Helder", "Nederlands voor vmbo met lezen, schrijven en spreken in herkenbare situaties.",
            "De opdrachten sluiten aan bij stages en beroepen, zodat leerlingen zien waarvoor ze het leren.",
            LearningMaterial, [Vo], ["nederlands", "lezen"], Years("vmbo", 1, 4), [], [TwentyFirstCenturySkills], [Content, Assessment],
            PerPupilPerYear, "34,00"),
        new(Digidact, "Toetsplatform Digidact", "Toetsen maken, afnemen en analyseren, ook met eigen vragen.",
            "Vragen uit alle Digidact-methodes staan klaar; u kunt ze aanpassen of eigen vragen toevoegen.",
            Software, [Vo, Mbo], None, None, [], [ProgressInformation], [Assessment, Progress], PerPupilPerYear, "6,50"),
        new(Digidact, "Economie Dichtbij", "Economie voor havo en vwo aan de hand van het nieuws van de week.",
            "Elke week een nieuwe casus met vragen op drie niveaus.",
            LearningMaterial, [Vo], ["economie"], [.. Years("havo", 4, 5), .. Years("vwo", 4, 6)], [], [], [Content],
            PerPupilPerYear, "27,00"),
        new(Digidact, "Burgerschap Actief", "Burgerschap in projecten: leerlingen onderzoeken een vraagstuk in hun eigen buurt.",
            "Met handleidingen voor de mentor en een portfolio waarin leerlingen hun werk bewaren.",
            LearningMaterial, [Vo, Mbo], ["burgerschap"], [.. Years("vmbo", 3, 4), .. Years("mbo", 2, 4)], [],
            [CrossCurricular, TwentyFirstCenturySkills], [Content], PerPupilPerYear, "14,00"),

        // Schoolplein Software: administration, progress and communication.
        new(Schoolplein, "Schoolplein LVS", "Leerlingvolgsysteem met toetsresultaten, observaties en groepsplannen op één plek.",
            "Resultaten van methodes en toetsen komen binnen via UWLR. Intern begeleiders maken groepsoverzichten in een paar klikken.",
            Software, [Po, So], None, Groups(1, 8), [], [ProgressInformation], [Progress, Administration], PerPupilPerYear, "8,25", MinimumTermMonths: 12),
        new(Schoolplein, "Schoolplein Rooster", "Roosters en vervanging plannen, met een app voor leerlingen en leraren.",
            "Wijzigingen staan direct in de app. Het programma rekent uit welke vervanging het minst verstoort.",
            Software, [Vo, Mbo], None, None, [], [], [Planning], PerPupilPerYear, "3,10"),
        new(Schoolplein, "Schoolplein Ouders", "Eén app voor berichten, gesprekken plannen en ziekmelden.",
            "Ouders kiezen zelf welke meldingen ze krijgen. Berichten worden automatisch vertaald.",
            Software, [Po, Vo, So], None, None, [], [], [Communication], PerPupilPerYear, "2,40"),
        new(Schoolplein, "Schoolplein Administratie", "Leerlingadministratie met koppeling naar DUO en de boekhouding.",
            "Inschrijvingen, uitschrijvingen en telgegevens gaan in één keer naar DUO.",
            Software, [Po, Vo, So], None, None, [], [], [Administration], PerPupilPerYear, "5,60", MinimumTermMonths: 24),
        new(Schoolplein, "Schoolplein Toegang", "Eén keer inloggen voor alle leermiddelen, met beheer van accounts per groep.",
            "Nieuwe leerlingen krijgen automatisch de juiste toegang. Werkt met Entree en Basispoort.",
            Software, [Po, Vo, So], None, None, [], [], [IdentityAccess], PerPupilPerYear, "1,20"),
        new(Schoolplein, "Schoolplein Portfolio", "Digitaal portfolio waarin leerlingen hun werk en ontwikkeling laten zien.",
            "Leerlingen voegen foto's, filmpjes en teksten toe; ouders kijken mee.",
            Software, [Po, So], None, Groups(3, 8), [], [TwentyFirstCenturySkills], [Progress, Communication], PerPupilPerYear, "3,80"),
        new(Schoolplein, "Invoeringsbegeleiding Schoolplein", "Begeleiding bij de overstap naar Schoolplein, van gegevens overzetten tot training.",
            "We zetten de gegevens uit het oude systeem over en trainen de intern begeleiders.",
            Service, [Po, Vo, So], None, None, [], [], [Administration, Progress], PerDay, "875,00", Service: ServiceType.Support),

        // Onderwijsadvies Noord: professional development, advice and research.
        new(Noord, "Digitale geletterdheid in de klas", "Training van vier bijeenkomsten voor het hele team.",
            "Leraren leren lessen geven over mediawijsheid, programmeren en informatievaardigheden, en maken een eigen leerlijn.",
            Service, [Po, So], ["digitale-geletterdheid"], None, [], [TwentyFirstCenturySkills], [], PerDay, "1.450,00", Service: ServiceType.ProfessionalDevelopment, Vat: 0m),
        new(Noord, "Coaching ICT-coördinator", "Persoonlijke coaching voor de ICT-coördinator, in de school of online.",
            "Samen maken we een ICT-plan dat past bij de visie van de school en de begroting.",
            Service, [Po, Vo, So], None, None, [], [], [], PerHour, "115,00", Service: ServiceType.ProfessionalDevelopment, Vat: 0m),
        new(Noord, "Advies ICT-beleidsplan", "Een ICT-beleidsplan voor het bestuur, opgesteld met leraren, schoolleiders en bestuur.",
            "We beginnen bij de behoeften van leraren en eindigen met een plan met keuzes, kosten en planning.",
            Service, [Po, Vo, So], None, None, [], [], [], PerDay, "1.100,00", Service: ServiceType.Advice),
        new(Noord, "Privacyscan leermiddelen", "Onderzoek van alle leermiddelen van de school op privacy en verwerkersovereenkomsten.",
            "U krijgt een overzicht per leermiddel en een lijst met wat er nog geregeld moet worden.",
            Service, [Po, Vo, So], None, None, [], [], [Administration], OneOff, "2.750,00", Service: ServiceType.Advice),
        new(Noord, "Effectonderzoek leermiddel", "Onderzoek of een leermiddel op uw scholen doet wat het belooft.",
            "Met een vooraf afgesproken meting en vergelijkingsgroep. Het rapport is bruikbaar voor het bestuur en de MR.",
            Service, [Po, Vo], None, None, [], [], [], OneOff, "6.500,00", Service: ServiceType.Research, Vat: 0m),
        new(Noord, "Studiedag Adaptief Leren", "Studiedag over werken met adaptieve leermiddelen zonder de regie als leraar te verliezen.",
            "Met voorbeelden uit de praktijk en tijd om de eigen lessen te herontwerpen.",
            Service, [Po, So], ["rekenen-wiskunde", "nederlands"], None, [], [Adaptive], [], PerDay, "1.650,00", Service: ServiceType.ProfessionalDevelopment, Vat: 0m),
        new(Noord, "Leernetwerk Programmeren", "Een jaar lang leernetwerk voor leraren die programmeren willen geven.",
            "Vijf bijeenkomsten op wisselende scholen, met lesmateriaal dat deelnemers direct kunnen gebruiken.",
            Service, [Po, Vo], ["digitale-geletterdheid"], None, [], [TwentyFirstCenturySkills, Games], [], PerLicencePerYear, "395,00", Service: ServiceType.ProfessionalDevelopment, Vat: 0m),

        // Two concepts Leerwijzer is still working on.
        new(Leerwijzer, "Rekenroute Kleuters", "Spelenderwijs tellen en meten voor groep 1 en 2.",
            "Nog in ontwikkeling: de eerste thema's worden dit jaar getest op proefscholen.",
            LearningMaterial, [Po], ["rekenen-wiskunde"], Groups(1, 2), [27, 33], [Games], [Content], PerPupilPerYear, "6,00", Publish: false),
        new(Leerwijzer, "Schrijfatelier", "Verhalen en verslagen schrijven met feedback van de leraar in de tekst.",
            "Nog in ontwikkeling.",
            LearningMaterial, [Po], [], Groups(5, 8), [8], [], [Content], PerPupilPerYear, "", Publish: false),
    ];
}
