using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Collaboration.Risks;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

/// <summary>The risk register and the go/no-go moments of one initiative.</summary>
[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed partial class RisksModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public IReadOnlyList<Risk> Risks { get; private set; } = [];
    public IReadOnlyList<GoNoGoMoment> Moments { get; private set; } = [];
    public bool CanManage { get; private set; }
    [BindProperty] public RiskInput Risk { get; set; } = new();
    [BindProperty] public MomentInput Moment { get; set; } = new();
    [BindProperty] public DecisionInput? Decision { get; set; }
    public string? ConflictDetails { get; private set; }

    public IEnumerable<Risk> ActiveRisks => Risks.Where(r => !r.IsArchived);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? editRisk, Guid? editMoment, Guid? decide, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ActiveRisks.FirstOrDefault(r => r.Id == editRisk) is { } risk) Risk = RiskInput.From(risk);
        if (Moments.FirstOrDefault(m => m.Id == editMoment) is { } moment) Moment = MomentInput.From(moment);
        if (Moments.FirstOrDefault(m => m.Id == decide) is { } decided) Decision = DecisionInput.From(decided);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        return ExportFile.Create(ActiveRisks.ToList(), RiskRegister.ExportColumns, exportFormat, "risico-s", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnGetExportMomentsAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        return ExportFile.Create(Moments, RiskRegister.MomentExportColumns, exportFormat, "go-no-go-momenten", clock.GetUtcNow());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return false;
        Initiative = initiative;
        Risks = await db.Risks.Where(r => r.InitiativeId == id).OrderByDescending(r => r.Probability * r.Impact).ThenBy(r => r.Title).ToListAsync(ct);
        Moments = await db.GoNoGoMoments.Where(m => m.InitiativeId == id).OrderBy(m => m.PlannedOn == null).ThenBy(m => m.PlannedOn).ThenBy(m => m.Name).ToListAsync(ct);
        CanManage = await CanManageAsync();
        return true;
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded;

    /// <summary>Saves one record with its expected version; a concurrent save gets the 409 page with what is stored now.</summary>
    private async Task<IActionResult> SaveAsync<T>(Guid id, T entity, int? expectedVersion, string done, Func<T, string> describe, CancellationToken ct)
        where T : class, IVersioned
    {
        var key = db.Entry(entity).Property("Id").CurrentValue;
        if (!await db.SaveIfUnchangedAsync(entity, expectedVersion, ct))
        {
            await LoadAsync(id, ct);
            return Conflict(describe((await db.Set<T>().FindAsync([key], ct))!));
        }
        TempData["Status"] = done;
        return RedirectToPage(new { id });
    }

    private PageResult Conflict(string stored)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit onderdeel"));
        ConflictDetails = stored;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The page holds several forms; only the posted one's errors belong on screen.</summary>
    private void ClearOther(string posted)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(posted + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }
}
