using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Needs;

/// <summary>
/// Needs of the demo primary board, written by its demo users. Visie gets none on purpose, so the overview shows
/// what an unbalanced board looks like.
/// </summary>
public static class NeedsDemoData
{
    private const string BoardNumber = "41237";
    private const string Domain = "@demo.regie.nl";

    private sealed record Story(string Author, string AsRole, string Want, string SoThat, Pillar Pillar, NeedPriority Priority,
        NeedStatus Status, int[] Schools, string[] Endorsers, string? Comment = null, string? Reason = null, bool Shared = false);

    private static readonly Story[] Stories =
    [
        new("leraar", "leraar groep 5", "dat leerlingen rekenen oefenen op hun eigen niveau en ik direct zie wie vastloopt",
            "ik mijn instructie kan richten op de kinderen die dat nodig hebben", Pillar.DigitalLearningMaterials, NeedPriority.Must,
            NeedStatus.InProgress, [0, 1], ["ict", "schoolleider"], "Bij ons in groep 6 speelt precies hetzelfde.", Shared: true),
        new("leraar", "leraar groep 7", "leesteksten die aansluiten bij de actualiteit en bij het niveau van de groep",
            "leerlingen met plezier lezen en hun begrip groeit", Pillar.DigitalLearningMaterials, NeedPriority.Should,
            NeedStatus.Submitted, [0], ["bestuurder"]),
        new("schoolleider", "intern begeleider", "de resultaten van alle leermiddelen per leerling op één plek zien",
            "ik in het groepsoverleg niet vijf overzichten hoef te vergelijken", Pillar.DigitalLearningMaterials, NeedPriority.Must,
            NeedStatus.TakenUp, [], ["leraar", "ict"], Shared: true),
        new("ict", "leerling in de bovenbouw", "op elke plek in de school snel en zonder storing online kunnen werken",
            "een toets of opdracht niet halverwege mislukt", Pillar.IctInfrastructure, NeedPriority.Must,
            NeedStatus.InProgress, [1, 2], ["leraar", "schoolleider", "bestuurder"], "In het speellokaal valt de verbinding vaak weg."),
        new("ict", "ICT-coördinator", "dat nieuwe collega's op hun eerste werkdag kunnen inloggen op alles wat ze nodig hebben",
            "ze meteen aan de slag kunnen en ik minder tijd kwijt ben aan accounts", Pillar.IctInfrastructure, NeedPriority.Should,
            NeedStatus.Done, [], ["schoolleider"]),
        new("leraar", "leraar groep 3", "dat leerlingen hun werk zelf kunnen opslaan en later terugvinden",
            "ze verder kunnen waar ze gebleven waren", Pillar.IctInfrastructure, NeedPriority.Could,
            NeedStatus.Submitted, [2], []),
        new("schoolleider", "schoolleider", "dat leraren leren hoe ze digitale oefenstof slim in hun les verweven",
            "de middelen die we al hebben ook echt iets opleveren", Pillar.Expertise, NeedPriority.Must,
            NeedStatus.InProgress, [0, 1, 2], ["leraar", "bestuurder"], "Graag ook voor de onderbouw."),
        new("leraar", "leraar groep 8", "weten hoe ik leerlingen leer om betrouwbare informatie online te herkennen",
            "ze bij werkstukken kritisch omgaan met bronnen", Pillar.Expertise, NeedPriority.Should,
            NeedStatus.Submitted, [1], ["schoolleider"]),
        new("bestuurder", "bestuurder", "dat collega's van verschillende scholen ervaringen met leermiddelen uitwisselen",
            "niet elke school zelf het wiel uitvindt", Pillar.Expertise, NeedPriority.Could,
            NeedStatus.Submitted, [], ["ict"]),
        new("leraar", "leraar groep 4", "voor elke leerling een eigen tablet",
            "iedereen tegelijk kan oefenen", Pillar.IctInfrastructure, NeedPriority.Could,
            NeedStatus.Rejected, [0], [], Reason: "Dit beschrijft een apparaat, niet wat de leerlingen nodig hebben. Samen herschreven als de behoefte over tegelijk oefenen."),
        new("ict", "leraar", "dat een leerling met dyslexie teksten kan laten voorlezen in elk leermiddel",
            "ze zelfstandig mee kan doen met de les", Pillar.DigitalLearningMaterials, NeedPriority.Must,
            NeedStatus.Submitted, [1], ["leraar"]),
        new("schoolleider", "ouder", "op één plek zien wat mijn kind deze week heeft geleerd",
            "ik thuis kan helpen waar dat nodig is", Pillar.DigitalLearningMaterials, NeedPriority.Could,
            NeedStatus.Submitted, [2], []),
    ];

    public static async Task SeedAsync(RegieDbContext db)
    {
        // Seeding runs outside any request, so the tenant filter sees nothing; every read names the board itself.
        var board = await db.Boards.SingleAsync(b => b.BoardNumber == BoardNumber);
        var users = await db.Users.Where(u => u.OrganizationId == board.Id).ToDictionaryAsync(u => u.Email!);
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == board.Id && s.ArchivedAt == null)
            .OrderBy(s => s.Name).Select(s => s.Id).ToListAsync();
        var initiative = await db.Initiatives.IgnoreQueryFilters().Where(i => i.BoardId == board.Id).OrderBy(i => i.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync();
        var now = DateTimeOffset.UtcNow;

        foreach (var story in Stories)
        {
            var author = users[story.Author + Domain];
            var need = new Need
            {
                BoardId = board.Id, AsRole = story.AsRole, Want = story.Want, SoThat = story.SoThat, Pillar = story.Pillar,
                Priority = story.Priority, CreatedById = author.Id, CreatedByName = author.DisplayName,
            };
            foreach (var index in story.Schools.Where(i => i < schools.Count))
                need.Schools.Add(new NeedSchool { BoardId = board.Id, SchoolId = schools[index] });
            Walk(need, story, initiative);
            if (story.Shared && board.CooperativeId is not null) need.Share(now);
            db.Needs.Add(need);
            foreach (var endorser in story.Endorsers.Select(e => users[e + Domain]))
                db.NeedEndorsements.Add(new NeedEndorsement { BoardId = board.Id, NeedId = need.Id, UserId = endorser.Id, UserName = endorser.DisplayName, CreatedAt = now });
            if (story.Comment is { } text)
            {
                var commenter = users[(story.Endorsers.FirstOrDefault() ?? "ict") + Domain];
                db.NeedComments.Add(new NeedComment { BoardId = board.Id, NeedId = need.Id, AuthorId = commenter.Id, AuthorName = commenter.DisplayName, Text = text });
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Moves a demo need along the same guarded steps a user would take.</summary>
    private static void Walk(Need need, Story story, Guid? initiative)
    {
        if (story.Status == NeedStatus.Submitted) return;
        if (story.Status == NeedStatus.Rejected)
        {
            need.Reject(story.Reason!);
            return;
        }
        need.StartHandling();
        if (story.Status == NeedStatus.InProgress || initiative is null) return;
        need.TakeUp(initiative.Value);
        if (story.Status == NeedStatus.Done) need.Complete();
    }
}
