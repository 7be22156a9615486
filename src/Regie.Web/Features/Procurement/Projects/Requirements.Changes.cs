using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>Changes to the programme of requirements; only while the project is prepared, so every supplier reads the same.</summary>
public sealed partial class RequirementsModel
{
    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        var weight = Requirement.Validate(ModelState, Project.Needs.Select(n => n.NeedId).ToList());
        if (!ModelState.IsValid) return Page();
        var kind = Requirement.Kind!.Value;
        var existing = await db.Requirements.Where(r => r.ProjectId == id).Select(r => new { r.Kind, r.Order }).ToListAsync(ct);
        var requirement = new Requirement
        {
            BoardId = Project.BoardId, ProjectId = id, Kind = kind,
            Code = Projects.Requirement.CodeFor(kind, existing.Count(r => r.Kind == kind)),
            Order = existing.Count == 0 ? 1 : existing.Max(r => r.Order) + 1,
        };
        Requirement.ApplyTo(requirement, weight);
        db.Requirements.Add(requirement);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{requirement.Code} is toegevoegd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        if (await FindAsync(id, Requirement.RequirementId, ct) is not { } requirement) return NotFound();
        Requirement.Kind = requirement.Kind;
        EditId = requirement.Id;
        var weight = Requirement.Validate(ModelState, Project.Needs.Select(n => n.NeedId).ToList());
        if (!ModelState.IsValid) return Page();
        Requirement.ApplyTo(requirement, weight);
        if (!await db.SaveIfUnchangedAsync(requirement, Requirement.Version, ct)) return Stale(id);
        TempData["Status"] = $"{requirement.Code} is bijgewerkt.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, Guid requirementId, int version, CancellationToken ct) =>
        await ChangeAsync(id, requirementId, version, r => r.Archive(clock.GetUtcNow()), r => $"{r.Code} is gearchiveerd; u kunt het terugzetten.", ct);

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, Guid requirementId, int version, CancellationToken ct) =>
        await ChangeAsync(id, requirementId, version, r => r.Restore(), r => $"{r.Code} staat weer in het programma van eisen.", ct);

    /// <summary>Swaps the line with its neighbour above ("op") or below ("neer").</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid requirementId, string? direction, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        var lines = await db.Requirements.Where(r => r.ProjectId == id && r.ArchivedAt == null).OrderBy(r => r.Order).ToListAsync(ct);
        var index = lines.FindIndex(r => r.Id == requirementId);
        if (index < 0) return NotFound();
        var other = direction == "op" ? index - 1 : index + 1;
        if (other >= 0 && other < lines.Count)
        {
            (lines[index].Order, lines[other].Order) = (lines[other].Order, lines[index].Order);
            if (lines[index].Order == lines[other].Order) lines[index].Order += direction == "op" ? -1 : 1;
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Guid requirementId, int version, Action<Requirement> change, Func<Requirement, string> done, CancellationToken ct)
    {
        if (await RefuseAsync(id, ct) is { } refusal) return refusal;
        if (await FindAsync(id, requirementId, ct) is not { } requirement) return NotFound();
        if (requirement.Version != version) return Stale(id);
        try { change(requirement); }
        catch (InvalidOperationException) { return RedirectToPage(new { id }); }
        if (!await db.SaveIfUnchangedAsync(requirement, version, ct)) return Stale(id);
        TempData["Status"] = done(requirement);
        return RedirectToPage(new { id });
    }

    private Task<Requirement?> FindAsync(Guid projectId, Guid? requirementId, CancellationToken ct) =>
        db.Requirements.SingleOrDefaultAsync(r => r.Id == requirementId && r.ProjectId == projectId, ct);

    /// <summary>Not found for another board's project, forbidden without the right, a message once the project is published.</summary>
    private async Task<IActionResult?> RefuseAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanManage) return Forbid();
        if (CanChange) return null;
        TempData["Status"] = "Het programma van eisen ligt vast sinds de publicatie. Een aanvulling of verduidelijking deelt u met alle leveranciers als mededeling bij ‘Vragen en nota's’.";
        return RedirectToPage(new { id });
    }

    private RedirectToPageResult Stale(Guid id)
    {
        TempData["Status"] = "Iemand anders heeft deze regel intussen gewijzigd. Bekijk de actuele tekst en probeer het opnieuw.";
        return RedirectToPage(new { id });
    }
}
