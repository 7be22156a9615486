using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>Adding, selecting, inviting and removing suppliers on the long list.</summary>
public sealed partial class SuppliersModel
{
    /// <summary>Puts the item's supplier on the long list, or adds the item to the supplier already there.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid itemId, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        var item = await db.CatalogItems.AsNoTracking().Where(i => i.Id == itemId && i.Status == ItemStatus.Published)
            .Select(i => new { i.Id, i.SupplierId, i.SupplierName, i.Title }).SingleOrDefaultAsync(ct);
        if (item is null) return NotFound();
        var entry = await db.ProjectSuppliers.SingleOrDefaultAsync(s => s.ProjectId == id && s.SupplierId == item.SupplierId, ct);
        if (entry is null)
        {
            entry = new ProjectSupplier { BoardId = Project.BoardId, ProjectId = id, SupplierId = item.SupplierId, SupplierName = item.SupplierName };
            db.ProjectSuppliers.Add(entry);
        }
        else if (entry.Status is InvitationStatus.Removed)
        {
            TempData["Status"] = $"{entry.SupplierName} is eerder van de lijst gehaald ({entry.Note}).";
            return RedirectToPage(new { id });
        }
        if (!entry.CatalogItemIds.Contains(item.Id)) entry.CatalogItemIds = [.. entry.CatalogItemIds, item.Id];
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{entry.SupplierName} staat op de longlist met {item.Title}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSelectAsync(Guid id, Guid supplierEntryId, int version, bool selected, CancellationToken ct) =>
        await ChangeAsync(id, supplierEntryId, version, s => s.MarkForInvitation(selected),
            s => selected ? $"{s.SupplierName} wordt uitgenodigd bij de publicatie." : $"{s.SupplierName} wordt niet uitgenodigd.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid supplierEntryId, int version, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            if (await RefuseAsync(id, ct) is { } refusal) return refusal;
            TempData["Status"] = string.IsNullOrWhiteSpace(reason) ? "Vul de reden in waarom de leverancier van de lijst gaat." : "De reden mag niet langer zijn dan 1.000 tekens.";
            return RedirectToPage(new { id });
        }
        return await ChangeAsync(id, supplierEntryId, version, s => s.Remove(reason), s => $"{s.SupplierName} is van de lijst gehaald.", ct);
    }

    /// <summary>A later invitation while the tender is open; the supplier then reads everything published so far.</summary>
    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid supplierEntryId, int version, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        if (!Project.IsOpen) return RedirectToPage(new { id });
        var result = await ChangeAsync(id, supplierEntryId, version, s => s.Invite(clock.GetUtcNow()), s => $"{s.SupplierName} is uitgenodigd per e-mail.", ct, loaded: true);
        var invited = await db.ProjectSuppliers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == supplierEntryId && s.ProjectId == id, ct);
        if (invited is { Status: InvitationStatus.Invited })
            await mail.InvitationAsync(Project, [invited.SupplierId], $"{Request.Scheme}://{Request.Host}", ct);
        return result;
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Guid entryId, int version, Action<ProjectSupplier> change, Func<ProjectSupplier, string> done,
        CancellationToken ct, bool loaded = false)
    {
        if (!loaded && await RefuseAsync(id, ct) is { } refusal) return refusal;
        if (await db.ProjectSuppliers.SingleOrDefaultAsync(s => s.Id == entryId && s.ProjectId == id, ct) is not { } entry) return NotFound();
        if (entry.Version != version) return Stale(id);
        try { change(entry); }
        catch (InvalidOperationException) { TempData["Status"] = "Dat kan niet bij deze status van de leverancier."; return RedirectToPage(new { id }); }
        if (!await db.SaveIfUnchangedAsync(entry, version, ct)) return Stale(id);
        TempData["Status"] = done(entry);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> RefuseAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanManage) return Forbid();
        if (!Project.IsArchived && Project.Status is ProjectStatus.Preparing or ProjectStatus.Open) return null;
        TempData["Status"] = "De leverancierslijst ligt vast in deze fase van het traject.";
        return RedirectToPage(new { id });
    }

    private RedirectToPageResult Stale(Guid id)
    {
        TempData["Status"] = "Iemand anders heeft deze leverancier intussen gewijzigd. Bekijk de actuele stand en probeer het opnieuw.";
        return RedirectToPage(new { id });
    }
}
