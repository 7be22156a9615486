using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Needs.Shared;

namespace Regie.Web.Features.Needs.WorkingGroups;

/// <summary>A working group of board 41237 on arithmetic practice, with three members, its need and a first meeting.</summary>
public static class WorkingGroupsDemoData
{
    public static async Task SeedAsync(RegieDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var boardId = await db.Boards.Where(b => b.BoardNumber == "41237").Select(b => b.Id).SingleAsync();
        var users = await db.Users.Where(u => u.OrganizationId == boardId).ToDictionaryAsync(u => u.Email!, u => u);

        var group = new WorkingGroup
        {
            BoardId = boardId, Name = "Rekenen op maat",
            Mandate = "Zoekt uit welke digitale oefenstof voor rekenen past bij onze scholen en probeert die uit in twee groepen. " +
                      "Mag zelf een proefperiode van een half jaar afspreken tot € 2.500; een keuze voor alle scholen legt zij voor aan het bestuur.",
        };
        group.AddMember(users["ict@demo.regie.nl"].Id, "Voorzitter", now);
        group.AddMember(users["leraar@demo.regie.nl"].Id, "Proefgroep 5", now);
        group.AddMember(users["schoolleider@demo.regie.nl"].Id, null, now);
        db.WorkingGroups.Add(group);

        var need = await db.Needs.IgnoreQueryFilters().SingleAsync(n => n.BoardId == boardId && n.Want == SharingDemoData.ArithmeticWant);
        need.LinkToWorkingGroup(group.Id);
        db.MeetingNotes.Add(new MeetingNote
        {
            BoardId = boardId, WorkingGroupId = group.Id, AuthorName = users["ict@demo.regie.nl"].DisplayName,
            MeetingDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-14)),
            Text = "Eerste overleg. De leraren van groep 5 vertelden waar leerlingen bij het oefenen vastlopen: te makkelijke sommen voor sterke rekenaars en te weinig herhaling voor wie het nog niet beheerst. " +
                   "We hebben afgesproken eerst te beschrijven wat het programma moet doen, niet welk programma het wordt.",
            Decisions = "Twee groepen 5 proberen vanaf de herfstvakantie een half jaar adaptieve oefenstof. De ict-coördinator vraagt de coöperatie of andere besturen hetzelfde zoeken.",
        });
        await db.SaveChangesAsync();
    }
}
