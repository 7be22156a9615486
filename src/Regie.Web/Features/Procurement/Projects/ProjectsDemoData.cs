using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>
/// Demo projects for board 41237: one open for offers with the two demo suppliers invited, a published answer and
/// clarification note 1; one in preparation, started from the board's needs.
/// </summary>
public static class ProjectsDemoData
{
    public const string OpenTitle = "Adaptieve oefenomgeving rekenen groep 3 tot en met 8";
    public const string PreparingTitle = "Eén overzicht van de resultaten per leerling";

    public static async Task SeedAsync(RegieDbContext db)
    {
        var boardId = await db.Boards.IgnoreQueryFilters().Where(b => b.BoardNumber == "41237").Select(b => b.Id).SingleAsync();
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.OrganizationId == boardId).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var purchaserName = await db.Users.IgnoreQueryFilters().Where(u => u.Email == "inkoper@demo.regie.nl").Select(u => u.DisplayName).SingleAsync();
        var suppliers = await db.Organizations.OfType<Supplier>().Where(s => s.Name == "Leerwijzer Educatief B.V." || s.Name == "Digidact Uitgevers").ToListAsync();
        var items = await db.CatalogItems.Where(i => i.Title == "Rekenroute" || i.Title == "Wiskunde Plus").Select(i => new { i.Id, i.SupplierId }).ToListAsync();
        var needs = await db.Needs.IgnoreQueryFilters().Where(n => n.BoardId == boardId && n.Pillar == Pillar.DigitalLearningMaterials)
            .Select(n => new { n.Id, n.Want }).ToListAsync();
        var arithmetic = needs.Where(n => n.Want.Contains("rekenen")).Select(n => n.Id).Take(1).ToList();
        var overview = needs.Where(n => n.Want.Contains("op één plek")).Select(n => n.Id).Take(1).ToList();
        var now = DateTimeOffset.UtcNow;
        var purchaser = users.GetValueOrDefault("inkoper@demo.regie.nl");

        var open = new ProcurementProject
        {
            BoardId = boardId, Reference = $"INK-{now.Year}-001", Title = OpenTitle, Category = PurchaseCategory.LearningMaterials,
            Description = "Een digitale oefenomgeving waarin leerlingen van groep 3 tot en met 8 rekenen oefenen op hun eigen niveau, en waarin leraren direct zien wie vastloopt. Voor alle negen scholen, ongeveer 1.900 leerlingen.",
            Origin = ProjectOrigin.Needs, Procedure = ProcedureKind.MultipleQuotes, ProcedureStart = DateOnly.FromDateTime(now.UtcDateTime),
            Estimate =
            [
                new(EstimateLineKind.Base, "Licenties voor 1.900 leerlingen", 0m, 2_000m, 48),
                new(EstimateLineKind.Base, "Implementatie en training van de teams", 6_000m, 0m, null),
                new(EstimateLineKind.Renewal, "Verlenging met één jaar", 0m, 2_000m, 12),
            ],
            QuestionsDeadline = now.AddDays(10), OfferDeadline = now.AddDays(24), PriceWeightPercent = 30, TcoYears = 5,
            EvaluatorIds = new[] { "inkoper@demo.regie.nl", "ict@demo.regie.nl", "schoolleider@demo.regie.nl" }.Select(users.GetValueOrDefault).Where(id => id != Guid.Empty).ToList(),
            Conditions =
            [
                new(ConditionTopics.Privacy, ConditionStatus.Met, "Verwerkersovereenkomst volgens het model van het Privacyconvenant."),
                new(ConditionTopics.Portability, ConditionStatus.Met, "Resultaten exporteerbaar als CSV en via de Edukoppeling-standaard."),
                new(ConditionTopics.OpenStandards, ConditionStatus.Open, null),
                new(ConditionTopics.Duration, ConditionStatus.Met, "Vier jaar, daarna jaarlijks opzegbaar per 1 augustus."),
            ],
            CreatedById = purchaser, CreatedAt = now.AddDays(-14), PublishedAt = now.AddDays(-7), Status = ProjectStatus.Open,
        };
        open.Needs.AddRange(arithmetic.Select(id => new ProjectNeed { BoardId = boardId, ProjectId = open.Id, NeedId = id }));

        var preparing = new ProcurementProject
        {
            BoardId = boardId, Reference = $"INK-{now.Year}-002", Title = PreparingTitle, Category = PurchaseCategory.Software,
            Description = "Intern begeleiders en leraren zien de resultaten van alle digitale leermiddelen per leerling op één plek, zodat het groepsoverleg over de leerling gaat en niet over overzichten.",
            Origin = ProjectOrigin.Needs, Procedure = ProcedureKind.MultipleQuotes, ProcedureStart = DateOnly.FromDateTime(now.UtcDateTime.AddMonths(2)),
            Estimate = [new(EstimateLineKind.Base, "Abonnement voor negen scholen", 4_500m, 1_100m, null)],
            CreatedById = purchaser, CreatedAt = now.AddDays(-3),
        };
        preparing.Needs.AddRange(overview.Select(id => new ProjectNeed { BoardId = boardId, ProjectId = preparing.Id, NeedId = id }));

        Requirement Line(ProcurementProject project, RequirementKind kind, string code, int order, string text, decimal weight = 0, List<Guid>? traced = null) => new()
        {
            BoardId = boardId, ProjectId = project.Id, Kind = kind, Code = code, Order = order, Text = text, Weight = weight, NeedIds = traced ?? [],
        };
        db.ProcurementProjects.AddRange(open, preparing);
        db.Requirements.AddRange(
            Line(open, RequirementKind.KnockOut, "E1", 1, "Leerlingen kunnen op school en thuis oefenen, met hetzelfde account.", traced: arithmetic),
            Line(open, RequirementKind.KnockOut, "E2", 2, "Persoonsgegevens van leerlingen blijven binnen de Europese Economische Ruimte."),
            Line(open, RequirementKind.Wish, "W1", 3, "De oefenstof past zich na elke opgave aan het niveau van de leerling aan.", 40, arithmetic),
            Line(open, RequirementKind.Wish, "W2", 4, "De leraar ziet tijdens de les welke leerlingen vastlopen en op welk onderdeel.", 35, arithmetic),
            Line(open, RequirementKind.Wish, "W3", 5, "Resultaten gaan zonder overtypen naar het leerlingvolgsysteem.", 25),
            Line(preparing, RequirementKind.KnockOut, "E1", 1, "Resultaten van ten minste drie verschillende leermiddelen zijn per leerling samen te zien.", traced: overview));

        foreach (var supplier in suppliers)
            db.ProjectSuppliers.Add(new ProjectSupplier
            {
                BoardId = boardId, ProjectId = open.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, Status = InvitationStatus.Invited,
                InvitedAt = open.PublishedAt, CatalogItemIds = items.Where(i => i.SupplierId == supplier.Id).Select(i => i.Id).ToList(),
            });

        var asker = suppliers.FirstOrDefault(s => s.Name == "Digidact Uitgevers");
        var question = new ProjectQuestion
        {
            BoardId = boardId, ProjectId = open.Id, SupplierId = asker?.Id, Number = 1, Reference = "Programma van eisen, W3",
            Text = "Welk leerlingvolgsysteem gebruiken de scholen, en via welke standaard moeten de resultaten worden aangeleverd?",
            Answer = "Alle negen scholen gebruiken hetzelfde leerlingvolgsysteem. Resultaten leveren via de gangbare onderwijsstandaard voor uitwisseling van toetsresultaten volstaat; een eigen koppeling is niet nodig.",
            AskedAt = now.AddDays(-5), PublishedAt = now.AddDays(-4), NoteNumber = 1,
        };
        var announcement = new ProjectQuestion
        {
            BoardId = boardId, ProjectId = open.Id, Kind = QuestionKind.Announcement, Number = 2,
            Text = "Op verzoek van de scholen is W1 verduidelijkt: ‘aanpassen’ betekent dat de moeilijkheid van de volgende opgave afhangt van de vorige antwoorden.",
            AskedAt = now.AddDays(-3), PublishedAt = now.AddDays(-3), NoteNumber = 1,
        };
        db.ProjectQuestions.AddRange(question, announcement);
        db.ClarificationNotes.Add(new ClarificationNote
        {
            BoardId = boardId, ProjectId = open.Id, Number = 1, IssuedAt = now.AddDays(-2), IssuedBy = purchaserName,
            Entries = [.. new[] { question, announcement }.Select(q => new ClarificationEntry(q.Number, q.Kind, q.Reference, q.Text, q.Answer, true))],
        });
        await db.SaveChangesAsync();
    }
}
