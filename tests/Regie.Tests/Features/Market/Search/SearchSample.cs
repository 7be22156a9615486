using System.Collections.Concurrent;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Search;

/// <summary>
/// A fixed Dutch catalogue of 28 published items (plus a concept and an archived one), seeded once per test run.
/// Every description carries <see cref="Marker"/>, a word nothing else in the database has, so a search for it
/// sees exactly this sample whatever other tests publish.
/// </summary>
public sealed class SearchSample
{
    private static readonly ConcurrentDictionary<RegieApp, Lazy<Task<SearchSample>>> Samples = new();

    private SearchSample(string marker, IReadOnlyList<CatalogItem> published, CatalogItem concept, CatalogItem archived)
    {
        Marker = marker;
        Published = published;
        Concept = concept;
        Archived = archived;
    }

    public string Marker { get; }
    public IReadOnlyList<CatalogItem> Published { get; }
    public CatalogItem Concept { get; }
    public CatalogItem Archived { get; }

    public CatalogItem Named(string title) => Published.Single(i => i.Title == title);

    public static Task<SearchSample> OfAsync(RegieApp app) => Samples.GetOrAdd(app, a => new(() => SeedAsync(a))).Value;

    /// <summary>A word of consonants only: the stemmer leaves it alone and no Dutch text contains it.</summary>
    public static string NewMarker()
    {
        const string consonants = "bcdfghjklmnpqrvwxz";
        return "zq" + new string(Enumerable.Range(0, 8).Select(_ => consonants[Random.Shared.Next(consonants.Length)]).ToArray());
    }

    private static async Task<SearchSample> SeedAsync(RegieApp app)
    {
        var marker = NewMarker();
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leveranciers Proef {TestData.Next()}" });
        var now = DateTimeOffset.UtcNow;
        var published = Items(marker, supplier).ToList();
        for (var i = 0; i < published.Count; i++)
        {
            var item = published[i];
            item.Compliance = Facts(i);
            if (i % 5 == 0) item.ApplyRatings(3 + i, 2.5 + (i % 10) * 0.25);
            if (item.Title == "Rekenwonder") item.ApplyRecognition("Bewezen effectief", DateOnly.FromDateTime(now.UtcDateTime).AddYears(1));
            var missing = item.Publish(now);
            if (missing.Count > 0) throw new InvalidOperationException($"{item.Title}: {string.Join(", ", missing)}");
        }
        var concept = Item(marker, supplier, "Rekenen Conceptversie", "Nog niet klaar", "Rekenen voor later.", ItemKind.LearningMaterial, SchoolSectors.Po,
            ["rekenen-wiskunde"], ["groep-3"], InnovationCategories.None, PricingModel.PerPupilPerYear, 4m);
        concept.Compliance = Facts(0);
        var archived = Item(marker, supplier, "Rekenen Archiefversie", "Niet meer leverbaar", "Rekenen van vroeger.", ItemKind.LearningMaterial, SchoolSectors.Po,
            ["rekenen-wiskunde"], ["groep-3"], InnovationCategories.None, PricingModel.PerPupilPerYear, 4m);
        archived.Compliance = Facts(0);
        archived.Publish(now);
        archived.Archive(now);
        await app.WithDbAsync(async db =>
        {
            db.CatalogItems.AddRange(published);
            db.CatalogItems.AddRange(concept, archived);
            return await db.SaveChangesAsync();
        }, supplier);
        return new SearchSample(marker, published, concept, archived);
    }

    private static ComplianceFacts Facts(int i) => new()
    {
        PrivacyCovenantSigned = i % 2 == 0,
        ProcessingAgreementAvailable = i % 3 != 0,
        EckIdSupported = i % 3 == 0,
        UwlrSupported = i % 4 == 0,
        SingleSignOn = i % 2 == 1 ? Regie.Web.Features.Market.Catalog.SingleSignOnOptions.Entree : Regie.Web.Features.Market.Catalog.SingleSignOnOptions.None,
        Accessibility = i % 4 == 1 ? WcagLevel.AA : WcagLevel.A,
        DataLocation = i % 7 == 6 ? DataLocation.OutsideEuEea : DataLocation.EuEea,
        Certifications = i % 5 == 0 ? ["iso-27001"] : [],
        Verified = i % 6 == 0 ? [ComplianceFact.PrivacyCovenant] : [],
    };

    private static IEnumerable<CatalogItem> Items(string m, Supplier s)
    {
        const ItemKind lm = ItemKind.LearningMaterial;
        const PricingModel pupil = PricingModel.PerPupilPerYear;
        yield return Item(m, s, "Rekenwonder", "Adaptief rekenen oefenen voor groep 3 tot en met 8.", "Oefenstof die zich aanpast aan elke leerling.", lm, SchoolSectors.Po,
            ["rekenen-wiskunde"], ["groep-3", "groep-4", "groep-5", "groep-6", "groep-7", "groep-8"], InnovationCategories.Adaptive, pupil, 4.50m);
        yield return Item(m, s, "Tafeltrainer", "Oefent de tafels van vermenigvuldiging.", "Korte dagelijkse oefeningen met directe feedback.", lm, SchoolSectors.Po,
            ["rekenen-wiskunde"], ["groep-4", "groep-5"], InnovationCategories.Games, pupil, 3.00m);
        yield return Item(m, s, "Cijferkracht", "Een methode met echte situaties.", "Leerlingen rekenen met prijzen, afstanden en tijden uit hun eigen omgeving.", lm, SchoolSectors.Po,
            ["wereldorientatie"], ["groep-6", "groep-7"], InnovationCategories.CrossCurricular, pupil, 8.00m);
        yield return Item(m, s, "Geïntegreerd Taalhuis", "Taal, lezen en spelling in één geïntegreerde leerlijn.", "Thema's verbinden woordenschat en begrijpend lezen.", lm, SchoolSectors.Po,
            ["nederlands", "lezen"], ["groep-5", "groep-6", "groep-7", "groep-8"], InnovationCategories.CrossCurricular, pupil, 12.00m);
        yield return Item(m, s, "Spellingsterk", "Spelling oefenen met korte dictees.", "Dictees die de fouten van de leerling opnieuw aanbieden.", lm, SchoolSectors.Po,
            ["spelling"], ["groep-4", "groep-5", "groep-6"], InnovationCategories.Adaptive, pupil, 7.50m);
        yield return Item(m, s, "Leesroute", "Begrijpend lezen met actuele teksten.", "Elke week nieuwe teksten over het nieuws.", lm, SchoolSectors.Po,
            ["lezen"], ["groep-6", "groep-7", "groep-8"], InnovationCategories.None, pupil, 6.00m);
        yield return Item(m, s, "Engels Online", "Engelse luister- en spreekopdrachten.", "Opdrachten met gesproken feedback.", lm, SchoolSectors.Vo,
            ["engels"], ["havo-1", "havo-2", "havo-3"], InnovationCategories.TwentyFirstCenturySkills, pupil, 18.00m);
        yield return Item(m, s, "Geschiedenis Tijdlijn", "Een interactieve tijdlijn voor de onderbouw.", "Bronnen en kaarten per tijdvak.", lm, SchoolSectors.Vo,
            ["geschiedenis"], ["vwo-1", "vwo-2", "vwo-3"], InnovationCategories.None, pupil, 26.00m);
        yield return Item(m, s, "Klassenlaptop Robuust", "Een stevige laptop voor de klas.", "Met valbescherming en lange accuduur.", ItemKind.Device, SchoolSectors.Po | SchoolSectors.Vo,
            [], [], InnovationCategories.None, PricingModel.OneOff, 350.00m);
        yield return Item(m, s, "Netwerkwacht", "Beheer van het schoolnetwerk.", "Bewaking en onderhoud van wifi en bekabeling.", ItemKind.Infrastructure, SchoolSectors.Po | SchoolSectors.Vo,
            [], [], InnovationCategories.None, PricingModel.PerLicencePerYear, 1200.00m);
        yield return Item(m, s, "Didactiekdag Digitaal", "Een studiedag over digitale didactiek.", "Voor teams die meer uit hun leermiddelen willen halen.", ItemKind.Service, SchoolSectors.Po,
            [], [], InnovationCategories.None, PricingModel.PerDay, 950.00m, ServiceType.ProfessionalDevelopment);
        yield return Item(m, s, "Privacyloket Advies", "Advies over privacy en leermiddelen.", "Hulp bij verwerkersovereenkomsten en privacybijsluiters.", ItemKind.Service, SchoolSectors.Po | SchoolSectors.Vo,
            [], [], InnovationCategories.None, PricingModel.PerHour, 120.00m, ServiceType.Advice);
        yield return Item(m, s, "Toetsplatform Vooruit", "Toetsen en voortgang op één plek.", "Toets rekenen en taal en zie de groei per leerling.", ItemKind.Software, SchoolSectors.Po | SchoolSectors.Vo,
            [], [], InnovationCategories.ProgressInformation, pupil, 9.00m);
        yield return Item(m, s, "Reken Rally", "Een spel vol sommen.", "Racen langs sommen op niveau.", lm, SchoolSectors.Po,
            ["rekenen-wiskunde"], ["groep-6", "groep-7", "groep-8"], InnovationCategories.Games, pupil, 5.00m);
        yield return Item(m, s, "Burgerschap in de Buurt", "Projecten in de wijk.", "Leerlingen onderzoeken hun eigen buurt.", lm, SchoolSectors.So,
            ["burgerschap"], ["groep-7", "groep-8"], InnovationCategories.TwentyFirstCenturySkills, pupil, 2.00m);
        yield return Item(m, s, "Natuurlab", "Proefjes voor de bovenbouw.", "De leerling meet, weegt en rekent uit hoeveel water een plant nodig heeft.", lm, SchoolSectors.Po,
            ["natuur-techniek"], ["groep-7", "groep-8"], InnovationCategories.None, pupil, 10.00m);
        yield return Item(m, s, "Programmeren met Robots", "Leren programmeren met kleine robots.", "Van eerste opdracht tot eigen project.", lm, SchoolSectors.Po,
            ["digitale-geletterdheid"], ["groep-5", "groep-6"], InnovationCategories.TwentyFirstCenturySkills, pupil, 25.00m);
        yield return Item(m, s, "Mbo Rekenen Basis", "Rekenen voor de beroepspraktijk.", "Sommen uit de werkplaats en de winkel.", lm, SchoolSectors.Mbo,
            ["rekenen-wiskunde"], ["mbo-2"], InnovationCategories.None, pupil, 15.00m);
        yield return Item(m, s, "Woordenschat Plus", "Nieuwe woorden leren met plaatjes.", "Voor jonge kinderen en nieuwkomers.", lm, SchoolSectors.Po,
            ["nederlands"], ["groep-3", "groep-4"], InnovationCategories.None, pupil, 4.99m);
        yield return Item(m, s, "Muziekmaker", "Componeren in de klas.", "Maak samen een lied.", lm, SchoolSectors.Po,
            ["muziek"], ["groep-5"], InnovationCategories.None, pupil, 3.50m);
        yield return Item(m, s, "Examentrainer Wiskunde", "Oefenen voor het examen.", "Oude examenopgaven met uitleg.", lm, SchoolSectors.Vo,
            ["rekenen-wiskunde"], ["havo-4", "havo-5", "vwo-5", "vwo-6"], InnovationCategories.None, pupil, 19.00m);
        yield return Item(m, s, "Schoolapp Ouders", "Berichten en agenda voor ouders.", "Ouders zien de reken- en taalresultaten van hun kind.", ItemKind.Software, SchoolSectors.Po,
            [], [], InnovationCategories.None, PricingModel.PerLicencePerYear, 800.00m);
        yield return Item(m, s, "Wifi-scan Compleet", "Een meting van het draadloze netwerk.", "Rapport met verbeterpunten per lokaal.", ItemKind.Infrastructure, SchoolSectors.Vo,
            [], [], InnovationCategories.None, PricingModel.OneOff, 1500.00m);
        yield return Item(m, s, "Coachpunt", "Begeleiding van leerkrachten in de klas.", "Een coach kijkt mee en geeft tips.", ItemKind.Service, SchoolSectors.Po,
            [], [], InnovationCategories.None, PricingModel.PerHour, 95.00m, ServiceType.Support);
        yield return Item(m, s, "Frans Actief", "Frans spreken vanaf de eerste les.", "Dialogen en woordenlijsten.", lm, SchoolSectors.Vo,
            ["frans"], ["vmbo-1", "vmbo-2"], InnovationCategories.None, pupil, 11.00m);
        yield return Item(m, s, "Duits Direct", "Duits voor het vmbo.", "Korte lessen met luisteroefeningen.", lm, SchoolSectors.Vo,
            ["duits"], ["vmbo-3"], InnovationCategories.None, pupil, 8.00m);
        yield return Item(m, s, "Atlas Wereldwijs", "Een digitale atlas.", "Kaarten met lagen voor klimaat en bevolking.", lm, SchoolSectors.Po | SchoolSectors.Vo,
            ["aardrijkskunde"], ["groep-6", "groep-7", "groep-8", "havo-1"], InnovationCategories.None, pupil, 6.50m);
        yield return Item(m, s, "Sociaal Sterk", "Lessen over samenwerken en gevoelens.", "Met filmpjes en rollenspellen.", lm, SchoolSectors.Po,
            ["sociaal-emotioneel"], ["groep-1", "groep-2"], InnovationCategories.None, pupil, 2.50m);
    }

    public static CatalogItem Item(string marker, Supplier supplier, string title, string summary, string description, ItemKind kind, SchoolSectors sectors,
        List<string> subjects, List<string> levels, InnovationCategories innovation, PricingModel pricing, decimal price, ServiceType? serviceType = null) => new()
    {
        SupplierId = supplier.Id, SupplierName = supplier.Name, Title = title, Summary = summary, Description = $"{description} {marker}",
        Kind = kind, ServiceType = serviceType, Sectors = sectors, Subjects = subjects, Levels = levels, Innovation = innovation,
        PricingModel = pricing, PriceExclVat = price, TrialAvailable = price < 10m, MinimumTermMonths = price > 20m ? 24 : null,
    };
}
