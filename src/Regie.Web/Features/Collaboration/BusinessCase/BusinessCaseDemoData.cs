using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>
/// A business case, four risks and two go/no-go moments for the demo reading initiative of board 41237.
/// Does nothing when that initiative is missing or already has a business case.
/// </summary>
public static class BusinessCaseDemoData
{
    public static async Task SeedAsync(RegieDbContext db)
    {
        var initiative = await db.Initiatives.IgnoreQueryFilters()
            .Where(i => i.Title == CollaborationDemoData.ReadingTitle && db.Boards.IgnoreQueryFilters().Any(b => b.Id == i.BoardId && b.BoardNumber == "41237"))
            .SingleOrDefaultAsync();
        if (initiative is null || await db.BusinessCaseLines.IgnoreQueryFilters().AnyAsync(l => l.InitiativeId == initiative.Id)) return;

        var (id, board, start) = (initiative.Id, initiative.BoardId, initiative.StartYear > 0 ? initiative.StartYear : 2026);
        BusinessCaseLine Line(LineType type, string description, decimal amount, int from, int? to = null, LifecyclePhase? phase = null, RevenueKind? kind = null, bool yearly = false) =>
            new() { InitiativeId = id, BoardId = board, Type = type, Description = description, Amount = amount, FromYear = from, ToYear = to, Phase = phase, RevenueKind = kind, Frequency = yearly ? Frequency.Yearly : Frequency.OneOff };
        BusinessCaseLine Hours(string description, decimal hours, decimal rate, LifecyclePhase phase, int from, int? to = null, bool yearly = false)
        {
            var line = Line(LineType.OwnHours, description, 0, from, to, phase, yearly: yearly);
            line.SetOwnHours(hours, rate);
            return line;
        }

        db.BusinessCaseLines.AddRange(
            Line(LineType.Cost, "Externe begeleiding bij vraagarticulatie en marktconsultatie", 8_500, start, phase: LifecyclePhase.IdeaAndPlan),
            Hours("Leesspecialisten werken het concept uit", 160, 55, LifecyclePhase.IdeaAndPlan, start),
            Line(LineType.Cost, "Eigen bijdrage aan de bouw van de oefenomgeving", 45_000, start, phase: LifecyclePhase.Development),
            Hours("Leraren schrijven en testen oefenteksten", 240, 52, LifecyclePhase.Development, start, start + 1, yearly: true),
            Line(LineType.Cost, "Onderhoud van de koppeling met het leerlingvolgsysteem", 4_000, start + 1, phase: LifecyclePhase.Maintenance, yearly: true),
            Hours("Ict-coördinator: beheer, accounts en vragen van leraren", 80, 50, LifecyclePhase.Maintenance, start + 1, yearly: true),
            Line(LineType.Cost, "Licenties voor elf scholen (catalogusprijs)", 16_000, start + 1, phase: LifecyclePhase.Exploitation, yearly: true),
            Line(LineType.Revenue, "Korting als eerste gebruiker: 40% op de licenties", 6_400, start + 1, kind: RevenueKind.UserDiscount, yearly: true),
            Line(LineType.Revenue, "Aandeel in de verkoop aan andere besturen", 3_000, start + 2, kind: RevenueKind.RevenueShare, yearly: true),
            Line(LineType.Subsidy, "Regionale innovatiesubsidie onderwijs", 30_000, start, start + 1, yearly: true));

        db.Risks.AddRange(
            new Risk
            {
                InitiativeId = id, BoardId = board, Title = "De uitgever stopt met de oefenomgeving", Category = RiskCategory.SupplierDependency,
                Probability = 2, Impact = 4, ImpactAmount = 60_000, Owner = RiskParty.Both,
                OwnerRationale = "De uitgever bepaalt of het product blijft; het bestuur bepaalt of het de teksten en data mee kan nemen.",
                Mitigation = "Broncode in escrow, teksten blijven eigendom van het bestuur en een exitregeling met een overgangsjaar.",
            },
            new Risk
            {
                InitiativeId = id, BoardId = board, Title = "Leesgegevens van leerlingen worden breder gebruikt dan afgesproken", Category = RiskCategory.Privacy,
                Probability = 2, Impact = 5, ImpactAmount = 40_000, Owner = RiskParty.School,
                OwnerRationale = "Het bestuur is verwerkingsverantwoordelijke en stelt de verwerkersovereenkomst op.",
                Mitigation = "Verwerkersovereenkomst volgens het model van de sector, DPIA vóór de start en alleen gepseudonimiseerde gegevens bij de uitgever.",
            },
            new Risk
            {
                InitiativeId = id, BoardId = board, Title = "Leraren hebben te weinig tijd om oefenteksten te schrijven", Category = RiskCategory.Capacity,
                Probability = 4, Impact = 3, ImpactAmount = 15_000, Owner = RiskParty.School,
                OwnerRationale = "Alleen de scholen kunnen uren van leraren vrijmaken.",
                Mitigation = "Uren vastleggen in het taakbeleid en een vaste schrijfmiddag per zes weken.",
            },
            new Risk
            {
                InitiativeId = id, BoardId = board, Title = "De koppeling met het leerlingvolgsysteem valt regelmatig uit", Category = RiskCategory.Technical,
                Probability = 3, Impact = 3, ImpactAmount = 20_000, Owner = RiskParty.MarketParty, Status = RiskStatus.Controlled,
                OwnerRationale = "De uitgever bouwt en beheert de koppeling en heeft contact met de leverancier van het volgsysteem.",
                Mitigation = "Beschikbaarheid en hersteltijd in de dienstverleningsovereenkomst, met een maandelijkse rapportage.",
            });

        var prototype = new GoNoGoMoment
        {
            InitiativeId = id, BoardId = board, Name = "Na het prototype", PlannedOn = new DateOnly(start, 6, 30),
            Criteria = "Leerlingen van twee proefklassen kunnen zelfstandig oefenen; leraren zien per leerling welke leesstrategie aandacht vraagt; de kosten blijven binnen de begroting.",
        };
        prototype.Decide(Decision.GoWithConditions, "College van bestuur", new DateOnly(start, 7, 2),
            "Door, mits de DPIA vóór de zomervakantie is afgerond en de uitgever de exitregeling tekent.");
        db.GoNoGoMoments.AddRange(prototype, new GoNoGoMoment
        {
            InitiativeId = id, BoardId = board, Name = "Na het eerste schooljaar", PlannedOn = new DateOnly(start + 1, 7, 1),
            Criteria = "Minstens 70% van de leerlingen in de proefscholen oefent wekelijks en de scores op begrijpend lezen gaan vooruit.",
        });
        await db.SaveChangesAsync();
    }
}
