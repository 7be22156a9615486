using Microsoft.AspNetCore.Authorization;
using Regie.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The state changes of a project: publication with the invitations, stopping, archiving.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostPublishAsync(Guid id, int version, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded) return Forbid();
        if (await db.ProcurementProjects.FindAsync([id], ct) is not { } project) return NotFound();
        if (project.Version != version) return Stale(id);
        var now = clock.GetUtcNow();
        var problems = project.PublicationProblems(await FactsAsync(id, ct), now);
        if (problems.Count > 0)
        {
            TempData["Status"] = "Het traject is nog niet gepubliceerd. " + string.Join(" ", problems);
            return RedirectToPage(new { id });
        }
        var selected = await db.ProjectSuppliers.Where(s => s.ProjectId == id && s.Status == InvitationStatus.LongList && s.Selected).ToListAsync(ct);
        project.Publish(await FactsAsync(id, ct), now);
        foreach (var supplier in selected) supplier.Invite(now);
        if (!await db.SaveIfUnchangedAsync(project, version, ct)) return Stale(id);
        await mail.InvitationAsync(project, selected.Select(s => s.SupplierId).ToList(), BaseUrl, ct);
        TempData["Status"] = $"{project.Title} is gepubliceerd. {selected.Count} {(selected.Count == 1 ? "leverancier is" : "leveranciers zijn")} uitgenodigd per e-mail.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded) return Forbid();
        if (await db.ProcurementProjects.FindAsync([id], ct) is not { } project) return NotFound();
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ProcurementProject.ReasonMax)
        {
            TempData["Status"] = string.IsNullOrWhiteSpace(reason)
                ? "Vul de reden in waarom het traject stopt; die wordt bewaard en is later terug te lezen."
                : "De reden mag niet langer zijn dan 2.000 tekens.";
            return RedirectToPage(new { id });
        }
        return await ChangeAsync(project, version, p => p.Cancel(reason), $"{project.Title} is gestopt.", ct);
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded) return Forbid();
        if (await db.ProcurementProjects.FindAsync([id], ct) is not { } project) return NotFound();
        return await ChangeAsync(project, version, p => p.Archive(clock.GetUtcNow()), $"{project.Title} is gearchiveerd.", ct);
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded) return Forbid();
        if (await db.ProcurementProjects.FindAsync([id], ct) is not { } project) return NotFound();
        return await ChangeAsync(project, version, p => p.Restore(), $"{project.Title} is weer lopend.", ct);
    }

    private async Task<IActionResult> ChangeAsync(ProcurementProject project, int version, Action<ProcurementProject> change, string done, CancellationToken ct)
    {
        if (project.Version != version) return Stale(project.Id);
        try
        {
            change(project);
        }
        catch (InvalidOperationException)
        {
            TempData["Status"] = "Dat kan niet in deze fase van het traject.";
            return RedirectToPage(new { id = project.Id });
        }
        if (!await db.SaveIfUnchangedAsync(project, version, ct)) return Stale(project.Id);
        TempData["Status"] = done;
        return RedirectToPage(new { id = project.Id });
    }

    private RedirectToPageResult Stale(Guid id)
    {
        TempData["Status"] = "Iemand anders heeft dit traject intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
        return RedirectToPage(new { id });
    }

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}";
}
