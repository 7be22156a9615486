using Microsoft.AspNetCore.Mvc;

namespace Regie.Web.Features.Needs.WorkingGroups;

public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostLinkNeedAsync(Guid id, Guid? needId, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (await db.WorkingGroups.FindAsync([id], ct) is not { } group) return NotFound();
        KeepErrorsOf("needId");
        if (group.IsArchived)
        {
            ModelState.AddModelError("needId", "Aan een gearchiveerde werkgroep koppelt u geen behoeften. Maak de werkgroep eerst weer actief.");
            return await RedisplayAsync(id, ct);
        }
        if (needId is null)
        {
            ModelState.AddModelError("needId", "Kies een behoefte om te koppelen.");
            return await RedisplayAsync(id, ct);
        }
        // The tenant filter makes another board's need simply not found.
        if (await db.Needs.FindAsync([needId.Value], ct) is not { } need) return NotFound();
        if (need.WorkingGroupId is { } other && other != group.Id)
        {
            ModelState.AddModelError("needId", "Deze behoefte hoort al bij een andere werkgroep. Ontkoppel haar daar eerst.");
            return await RedisplayAsync(id, ct);
        }
        need.LinkToWorkingGroup(group.Id);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De behoefte is gekoppeld aan de werkgroep.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlinkNeedAsync(Guid id, Guid needId, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (await db.WorkingGroups.FindAsync([id], ct) is null) return NotFound();
        if (await db.Needs.FindAsync([needId], ct) is not { } need || need.WorkingGroupId != id) return NotFound();
        need.LinkToWorkingGroup(null);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De behoefte is losgekoppeld van de werkgroep.";
        return RedirectToPage(new { id });
    }
}
