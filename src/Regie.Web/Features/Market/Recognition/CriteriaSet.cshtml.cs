using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Recognition;

/// <summary>One criteria set: edited while unpublished, frozen once published, changed through a new edition.</summary>
[Authorize(Policy = Capabilities.AssessRecognition)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)]
public sealed class CriteriaSetModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public CriteriaSet Set { get; private set; } = null!;
    [BindProperty] public CriteriaSetInput Input { get; set; } = new();
    public string? Tab { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? tab, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } set) return NotFound();
        Set = set;
        Tab = tab == "wijzigingen" ? tab : null;
        Input = CriteriaSetInput.From(set);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } set) return NotFound();
        Set = set;
        Input.WithBlankRows();
        if (set.IsPublished) return Refuse("Deze criteriaset is gepubliceerd en ligt vast. Maak een nieuwe editie om iets te veranderen.");
        if (set.Version != Input.Version) return Conflict(set);
        if (!Input.TryApply(set, ModelState)) return Page();
        if (!await db.SaveIfUnchangedAsync(set, Input.Version, ct)) return Conflict((await FindAsync(id, ct))!);
        TempData["Status"] = "De criteriaset is opgeslagen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, int version, CancellationToken ct) =>
        await ChangeAsync(id, version, set =>
        {
            var problems = set.Publish(clock.GetUtcNow());
            foreach (var problem in problems) ModelState.AddModelError("", problem.Message);
            return problems.Count == 0 ? $"'{set.Name}' (editie {set.Edition}) is gepubliceerd en ligt nu vast. Iedereen kan de criteria lezen." : null;
        }, ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, set => { set.Archive(clock.GetUtcNow()); return "De criteriaset is gearchiveerd; er kunnen geen nieuwe beoordelingen mee starten."; }, ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, set => { set.Restore(); return "De criteriaset is teruggezet."; }, ct);

    public async Task<IActionResult> OnPostNewEditionAsync(Guid id, int version, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } set) return NotFound();
        Set = set;
        Input = CriteriaSetInput.From(set);
        if (set.Version != version) return Conflict(set);
        var siblings = await Own().Where(s => s.Name == set.Name && s.Purpose == set.Purpose).ToListAsync(ct);
        if (siblings.FirstOrDefault(s => !s.IsPublished && !s.IsArchived) is { } open)
        {
            TempData["Status"] = $"Editie {open.Edition} is nog niet gepubliceerd; werk daarin verder.";
            return RedirectToPage(new { id = open.Id });
        }
        try
        {
            var next = set.NewEdition(siblings.Max(s => s.Edition) + 1);
            db.CriteriaSets.Add(next);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = $"Editie {next.Edition} is aangemaakt als concept. Pas hem aan en publiceer hem; editie {set.Edition} blijft gelden voor lopende beoordelingen.";
            return RedirectToPage(new { id = next.Id });
        }
        catch (AssessmentRuleException e)
        {
            return Refuse(e.Message);
        }
    }

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Func<CriteriaSet, string?> change, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } set) return NotFound();
        Set = set;
        Input = CriteriaSetInput.From(set);
        if (set.Version != version) return Conflict(set);
        string? done;
        try
        {
            done = change(set);
        }
        catch (AssessmentRuleException e)
        {
            return Refuse(e.Message);
        }
        if (done is null) return Page();
        if (!await db.SaveIfUnchangedAsync(set, version, ct)) return Conflict((await FindAsync(id, ct))!);
        TempData["Status"] = done;
        return RedirectToPage(new { id });
    }

    /// <summary>CriteriaSet is not tenant-filtered: the committee edits its own organization's sets only.</summary>
    private IQueryable<CriteriaSet> Own() => db.CriteriaSets.Where(s => s.OrganizationId == tenant.OrganizationId);

    private Task<CriteriaSet?> FindAsync(Guid id, CancellationToken ct) => Own().SingleOrDefaultAsync(s => s.Id == id, ct);

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    private PageResult Conflict(CriteriaSet stored)
    {
        Set = stored;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze criteriaset"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
