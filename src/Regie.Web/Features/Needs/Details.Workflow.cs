using Regie.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Needs;

/// <summary>Status, sharing, working group and archive: each a guarded method on <see cref="Need"/>.</summary>
public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostStartHandlingAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.StartHandling(), "De behoefte is in behandeling genomen.", ct);

    public async Task<IActionResult> OnPostTakeUpAsync(Guid id, int version, Guid? initiativeId, CancellationToken ct)
    {
        if (!await AllowedAsync(Capabilities.ManageNeeds)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (initiativeId is not { } chosen || Initiatives.All(i => i.Id != chosen))
        {
            ModelState.AddModelError("initiativeId", "Kies het initiatief waarin de behoefte wordt opgepakt.");
            return Invalid();
        }
        return await ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.TakeUp(chosen), "De behoefte is opgepakt in een initiatief.", ct);
    }

    public Task<IActionResult> OnPostCompleteAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.Complete(), "De behoefte is afgerond.", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        if (!await AllowedAsync(Capabilities.ManageNeeds)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        RejectionReason = reason;
        if (string.IsNullOrWhiteSpace(reason))
            ModelState.AddModelError(nameof(RejectionReason), "Schrijf op waarom de behoefte wordt afgewezen; de indiener leest dit.");
        else if (reason.Trim().Length > 2000)
            ModelState.AddModelError(nameof(RejectionReason), $"De reden mag niet langer zijn dan 2.000 tekens; ze is nu {reason.Trim().Length:N0} tekens.");
        if (!ModelState.IsValid) return Invalid();
        return await ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.Reject(reason!), "De behoefte is afgewezen.", ct);
    }

    public async Task<IActionResult> OnPostShareAsync(Guid id, int version, CancellationToken ct)
    {
        if (!await AllowedAsync(Capabilities.ShareNeeds)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanShare) return Forbid();
        return await ChangeAsync(id, version, Capabilities.ShareNeeds, n => n.Share(clock.GetUtcNow()), "De behoefte is gedeeld met de coöperatie.", ct);
    }

    public Task<IActionResult> OnPostStopSharingAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, Capabilities.ShareNeeds, n => n.StopSharing(), "De coöperatie ziet de behoefte niet meer.", ct);

    public async Task<IActionResult> OnPostLinkGroupAsync(Guid id, int version, Guid? workingGroupId, CancellationToken ct)
    {
        if (!await AllowedAsync(Capabilities.ManageNeeds)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (workingGroupId is { } group && WorkingGroups.All(g => g.Id != group))
        {
            ModelState.AddModelError("workingGroupId", "Kies een werkgroep van uw bestuur.");
            return Invalid();
        }
        return await ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.LinkToWorkingGroup(workingGroupId),
            workingGroupId is null ? "De behoefte hoort niet meer bij een werkgroep." : "De behoefte is aan de werkgroep gekoppeld.", ct);
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.Archive(clock.GetUtcNow()), "De behoefte is gearchiveerd.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, Capabilities.ManageNeeds, n => n.Restore(), "De behoefte is weer actief.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, string capability, Action<Need> change, string done, CancellationToken ct)
    {
        if (!await AllowedAsync(capability)) return Forbid();
        if (await db.Needs.FindAsync([id], ct) is not { } need) return NotFound();
        if (need.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze behoefte intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(need);
        }
        catch (InvalidOperationException)
        {
            TempData["Status"] = "Dat kan niet in de huidige status van de behoefte. De pagina toont de actuele gegevens.";
            return RedirectToPage(new { id });
        }
        if (!await db.SaveIfUnchangedAsync(need, version, ct))
        {
            TempData["Status"] = "Iemand anders heeft deze behoefte intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        TempData["Status"] = done;
        return RedirectToPage(new { id });
    }
}
