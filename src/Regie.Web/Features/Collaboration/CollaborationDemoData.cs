using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Collaboration;

/// <summary>Demo initiatives for board 41237: one walked to scenario 2 with agreements under way, one that ended in buying.</summary>
public static class CollaborationDemoData
{
    public const string ReadingTitle = "Digitale oefenomgeving voor begrijpend lezen";

    public static async Task SeedAsync(RegieDbContext db)
    {
        var boardId = await db.Boards.IgnoreQueryFilters().Where(b => b.BoardNumber == "41237").Select(b => b.Id).SingleAsync();

        var reading = new Initiative
        {
            BoardId = boardId, Title = ReadingTitle, StartYear = 2026,
            Ambition = "Leerlingen in groep 5 tot en met 8 oefenen begrijpend lezen met teksten die aansluiten bij hun eigen niveau en interesses, en leraren zien per leerling welke leesstrategie nog aandacht vraagt. Over twee jaar scoort 80% van de leerlingen op of boven het streefniveau.",
            Scope = "Wel: de oefenomgeving, de koppeling met het leerlingvolgsysteem en teksten voor groep 5 tot en met 8. Niet: technisch lezen en de vernieuwing van de omgeving na vier jaar.",
        };
        reading.Answer(FlowchartStep.IdeaIsNew, true, "De leesspecialisten van drie scholen zochten een omgeving die oefenteksten kiest op niveau én interesse; dat combineert geen enkele methode die wij kennen.");
        reading.Answer(FlowchartStep.MarketLacksIt, true, "Gesprekken met vier uitgevers en een middag zoeken leverden alleen losse oefenprogramma's op, zonder terugkoppeling per leesstrategie.");
        reading.Answer(FlowchartStep.ConsultationConfirms, true, "Bij de marktconsultatie in maart gaven twee partijen aan dat hun product dit niet kan zonder nieuwe ontwikkeling.");
        reading.Answer(FlowchartStep.NotBuildingItself, true, "De business case laat zien dat beheer en doorontwikkeling jaarlijks meer kosten dan het bestuur aan eigen ontwikkelaars kan vrijmaken; de technische risico's horen bij een marktpartij.");
        reading.ChoosePartnership(Partnership.SchoolIdea, "Het concept komt van onze leesspecialisten; een uitgever bouwt, beheert en verkoopt het, en wij krijgen korting als eerste gebruiker.");

        var planner = new Initiative
        {
            BoardId = boardId, Title = "Planner voor oudergesprekken", StartYear = 2026,
            Ambition = "Ouders plannen zelf een gesprek met de leerkracht op een moment dat hen past, zodat leerkrachten minder tijd kwijt zijn aan roosteren.",
            Scope = "Wel: tien-minutengesprekken en voortgangsgesprekken. Niet: gesprekken met externe hulpverleners.",
        };
        planner.Answer(FlowchartStep.IdeaIsNew, true, "Het idee kwam uit de ouderraad.");
        planner.Answer(FlowchartStep.MarketLacksIt, false, "Uit de marktverkenning bleek dat drie leveranciers van ouderapps dit al aanbieden.");

        db.Initiatives.AddRange(reading, planner);
        db.AgreementItems.AddRange(
            new AgreementItem { BoardId = boardId, InitiativeId = reading.Id, Topic = AgreementTopic.Process, Agreement = "Elke zes weken een sprintdemo voor de leesspecialisten; de projectleider van het bestuur is het vaste aanspreekpunt.", Owner = "Projectleider bestuursbureau", DueDate = new DateOnly(2026, 3, 1), Done = true },
            new AgreementItem { BoardId = boardId, InitiativeId = reading.Id, Topic = AgreementTopic.Ownership, Agreement = "De uitgever krijgt het intellectueel eigendom van de software; de teksten die onze leraren schrijven blijven van het bestuur.", Owner = "Bestuurder", DueDate = new DateOnly(2026, 4, 1), Done = true },
            new AgreementItem { BoardId = boardId, InitiativeId = reading.Id, Topic = AgreementTopic.RevenueSplit, Agreement = "Voorstel: 40% korting op de licenties voor onze scholen gedurende vijf jaar.", Owner = "Inkoper", DueDate = new DateOnly(2026, 5, 15) },
            new AgreementItem { BoardId = boardId, InitiativeId = reading.Id, Topic = AgreementTopic.ExitMoments, Owner = "Ict-coördinator", DueDate = new DateOnly(2026, 5, 15) });
        await db.SaveChangesAsync();
    }
}
