using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.DemoData;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>
/// The platform's published criteria set for digital learning materials, one decided recognition (its badge shows on the item)
/// and one assessment that commissie@ has scored and commissie2@ has not. Nothing when the catalogue has no published items.
/// </summary>
public static class RecognitionDemoData
{
    public const string SetName = "Erkenning digitale leermiddelen";

    public static CriteriaSet LearningMaterialsSet(Guid organizationId) => new()
    {
        OrganizationId = organizationId, Purpose = AssessmentPurpose.Recognition, Name = SetName, Edition = 1, RequiredAssessors = 2,
        Description = "Met deze criteria bekijkt de erkenningscommissie of een digitaal leermiddel doet wat het belooft, veilig met leerlinggegevens omgaat en voor alle leerlingen bruikbaar is. Hoe sterker het bewijs van effect, hoe hoger het niveau van erkenning.",
        Criteria =
        [
            new("doel", "Helder doel en doelgroep", "Voor wie het leermiddel bedoeld is (sector, leerjaar, niveau) en wat leerlingen of leraren ermee bereiken, staat duidelijk beschreven.", 1),
            new("onderbouwing", "Onderbouwing", "Uitgelegd is waarom de aanpak zou moeten werken, met een uitgewerkte didactische visie of verwijzingen naar onderzoek.", 1),
            new("effect", "Bewijs van effect", "Hoe sterk is aangetoond dat het werkt: van ervaringen van gebruikers, via metingen voor en na gebruik, tot onderzoek met een vergelijkingsgroep.", 2),
            new("uitvoerbaarheid", "Uitvoerbaarheid in de klas", "Leraren kunnen er zonder veel extra voorbereiding mee werken; handleiding, scholing en ondersteuning zijn beschikbaar.", 1),
            new("privacy", "Privacy en beveiliging", "Er is een verwerkersovereenkomst, er worden niet meer leerlinggegevens gebruikt dan nodig en de beveiliging is aantoonbaar op orde.", 1.5m, KnockOutBelow: 2),
            new("toegankelijkheid", "Toegankelijkheid", "Leerlingen met een beperking kunnen het gebruiken; de leverancier toont aan dat het voldoet aan de WCAG-richtlijnen.", 1),
        ],
        Scale = new(1, 4, new()
        {
            [1] = "Onvoldoende: ontbreekt of overtuigt niet",
            [2] = "Matig: aanwezig, met duidelijke gaten",
            [3] = "Voldoende: op orde",
            [4] = "Sterk: overtuigend en goed gedocumenteerd",
        }),
        OutcomeRules =
        [
            new("Erkend – sterke aanwijzingen voor effect", 80, 3, 36),
            new("Erkend – goed onderbouwd", 65, null, 36),
            new("Erkend – goed beschreven", 50, null, 24),
        ],
    };

    public static async Task SeedAsync(RegieDbContext db)
    {
        var items = await db.CatalogItems.Where(i => i.Status == ItemStatus.Published).OrderBy(i => i.Title).Take(2).ToListAsync();
        if (items.Count == 0) return;
        var platformId = await db.Platforms.Where(p => p.Name == DemoSeeder.PlatformName).Select(p => p.Id).SingleAsync();
        var members = await db.Users.Where(u => u.Email == "commissie@demo.regie.nl" || u.Email == "commissie2@demo.regie.nl")
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        var (first, second) = (members[0], members[1]);

        var now = DateTimeOffset.UtcNow;
        var set = LearningMaterialsSet(platformId);
        set.Publish(now.AddDays(-90));
        db.CriteriaSets.Add(set);

        var decided = Assessment.Start(set, platformId, RecognitionSubject.Kind, items[0].Id, items[0].Title);
        decided.SaveDraft(set, first.Id, first.DisplayName, Scores(4, 3, 3, 3, 3, 2, "Na het lezen van het dossier van de leverancier"));
        decided.Submit(set, first.Id, now.AddDays(-40));
        decided.SaveDraft(set, second.Id, second.DisplayName, Scores(4, 3, 2, 3, 3, 3, "Na een lesbezoek en het lezen van het dossier"));
        decided.Submit(set, second.Id, now.AddDays(-38));
        decided.AgreeOn(set, Scores(4, 3, 3, 3, 3, 3, "Samen vastgesteld"));
        var decidedOn = RecognitionSubject.Today(TimeProvider.System).AddDays(-30);
        var outcome = decided.Decide(set,
            "Het leermiddel heeft een helder omschreven doel en doelgroep en een goed uitgewerkte didactische onderbouwing. Een meting voor en na gebruik op vier scholen laat vooruitgang zien; onderzoek met een vergelijkingsgroep ontbreekt nog, daarom geen hoger niveau. Privacy en toegankelijkheid zijn op orde.",
            "Erkenningscommissie", now.AddDays(-30), decidedOn);
        items[0].ApplyRecognition(outcome.Level, outcome.ValidUntil(decidedOn));
        db.Assessments.Add(decided);

        if (items.Count > 1)
        {
            var open = Assessment.Start(set, platformId, RecognitionSubject.Kind, items[1].Id, items[1].Title);
            open.SaveDraft(set, first.Id, first.DisplayName, Scores(3, 2, 2, 3, 3, 2, "Eerste indruk op basis van het dossier"));
            open.Submit(set, first.Id, now.AddDays(-2));
            db.Assessments.Add(open);
        }
        await db.SaveChangesAsync();
    }

    private static List<CriterionScore> Scores(int doel, int onderbouwing, int effect, int uitvoerbaarheid, int privacy, int toegankelijkheid, string basis) =>
    [
        new("doel", doel, $"{basis}: doel en doelgroep zijn concreet beschreven per leerjaar."),
        new("onderbouwing", onderbouwing, $"{basis}: de didactische keuzes zijn uitgelegd en verwijzen naar onderzoek naar oefenen met directe feedback."),
        new("effect", effect, $"{basis}: er is een meting voor en na gebruik, zonder vergelijkingsgroep."),
        new("uitvoerbaarheid", uitvoerbaarheid, $"{basis}: leraren werken er na een korte instructie zelfstandig mee."),
        new("privacy", privacy, $"{basis}: verwerkersovereenkomst en privacybijsluiter zijn aanwezig; gegevens blijven in de EU."),
        new("toegankelijkheid", toegankelijkheid, $"{basis}: een toegankelijkheidsverklaring is er; enkele onderdelen zijn nog niet met het toetsenbord te bedienen."),
    ];
}
