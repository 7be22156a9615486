using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Features.Needs.WorkingGroups;

public sealed partial class DetailsModel
{
    [BindProperty] public MemberInput Member { get; set; } = new();

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, ct) is not { } group) return NotFound();
        KeepErrorsOf("Member.");
        if (ModelState.IsValid && !await ActiveColleagues().AnyAsync(u => u.Id == Member.UserId, ct))
            ModelState.AddModelError("Member.UserId", "Kies een actieve collega van uw bestuur.");
        if (ModelState.IsValid && group.Members.Any(m => m.UserId == Member.UserId))
            ModelState.AddModelError("Member.UserId", "Deze collega is al lid van de werkgroep.");
        if (ModelState.IsValid && group.IsArchived)
            ModelState.AddModelError("Member.UserId", "Een gearchiveerde werkgroep krijgt geen nieuwe leden. Maak de werkgroep eerst weer actief.");
        if (!ModelState.IsValid) return await RedisplayAsync(id, ct);

        group.AddMember(Member.UserId!.Value, Member.Role, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De collega is toegevoegd aan de werkgroep.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid id, Guid userId, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, ct) is not { } group) return NotFound();
        if (group.Members.All(m => m.UserId != userId)) return NotFound();
        group.RemoveMember(userId);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De collega is uit de werkgroep gehaald.";
        return RedirectToPage(new { id });
    }
}
