using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Needs.Shared;

/// <summary>
/// Needs the three demo boards shared with their cooperative, worded differently per board, so the cooperative sees
/// two groups form (adaptive arithmetic practice, wifi in every classroom) and a few needs that stand alone.
/// </summary>
public static class SharingDemoData
{
    public const string ArithmeticWant = "oefensoftware die zich aanpast aan het niveau van de leerling bij rekenen";

    internal sealed record DemoNeed(string Board, string AsRole, string Want, string SoThat, Pillar Pillar, NeedPriority Priority, int SharedDaysAgo, int Schools);

    internal static readonly DemoNeed[] Needs =
    [
        new("41237", "leerkracht van groep 5", ArithmeticWant, "leerlingen op hun eigen niveau rekenen oefenen en ik zie waar ze vastlopen", Pillar.DigitalLearningMaterials, NeedPriority.Must, 40, 3),
        new("41237", "ict-coördinator", "betrouwbare wifi in elk klaslokaal", "digitale toetsen niet halverwege uitvallen", Pillar.IctInfrastructure, NeedPriority.Must, 35, 4),
        new("41237", "intern begeleider", "inzicht in de leesvorderingen van mijn groep", "ik op tijd extra begeleiding kan geven", Pillar.DigitalLearningMaterials, NeedPriority.Should, 20, 2),
        new("40615", "wiskundedocent in de brugklas", "een adaptief programma om rekenen te oefenen", "iedere leerling rekenen oefent op het eigen niveau", Pillar.DigitalLearningMaterials, NeedPriority.Should, 30, 2),
        new("40615", "teamleider onderbouw", "een stabiel draadloos netwerk met wifi in ieder klaslokaal", "lessen met laptops niet stilvallen", Pillar.IctInfrastructure, NeedPriority.Must, 28, 5),
        new("40615", "mentor", "scholing over privacy en de AVG", "ik weet welke gegevens van leerlingen ik mag delen", Pillar.Expertise, NeedPriority.Could, 12, 1),
        new("42981", "conciërge", "wifi die in alle klaslokalen werkt", "toetsen online kunnen worden afgenomen", Pillar.IctInfrastructure, NeedPriority.Should, 15, 3),
        new("42981", "leraar", "lesmateriaal over burgerschap dat past bij onze leerlingen", "zij leren wat democratie betekent", Pillar.DigitalLearningMaterials, NeedPriority.Could, 10, 2),
    ];

    public static async Task SeedAsync(RegieDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var boards = await db.Boards.Where(b => b.BoardNumber == "41237" || b.BoardNumber == "40615" || b.BoardNumber == "42981")
            .ToDictionaryAsync(b => b.BoardNumber, b => b.Id);
        var boardIds = boards.Values.ToList();
        var authors = await db.Users.Where(u => boardIds.Contains(u.OrganizationId)).OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.OrganizationId }).ToListAsync();
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => boardIds.Contains(s.BoardId)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.BoardId }).ToListAsync();

        foreach (var demo in Needs)
        {
            var boardId = boards[demo.Board];
            var author = authors.First(a => a.OrganizationId == boardId);
            var need = new Need
            {
                BoardId = boardId, AsRole = demo.AsRole, Want = demo.Want, SoThat = demo.SoThat, Pillar = demo.Pillar, Priority = demo.Priority,
                CreatedById = author.Id, CreatedByName = author.DisplayName,
            };
            need.Share(now.AddDays(-demo.SharedDaysAgo));
            need.Schools.AddRange(schools.Where(s => s.BoardId == boardId).Take(demo.Schools).Select(s => new NeedSchool { NeedId = need.Id, SchoolId = s.Id, BoardId = boardId }));
            db.Needs.Add(need);
        }
        await db.SaveChangesAsync();
    }
}
