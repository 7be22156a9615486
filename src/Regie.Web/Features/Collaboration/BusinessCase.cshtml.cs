using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Collaboration.BusinessCase;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

/// <summary>The business case of one initiative: settings, lines, totals, cash flow and net present value.</summary>
[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed partial class BusinessCaseModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public IReadOnlyList<BusinessCaseLine> Lines { get; private set; } = [];
    public BusinessCaseResult Result { get; private set; } = null!;
    public bool CanManage { get; private set; }
    [BindProperty] public SettingsInput Settings { get; set; } = new();
    [BindProperty] public LineInput Line { get; set; } = new();
    /// <summary>What is stored now, shown next to the user's input after a concurrent change.</summary>
    public string? ConflictDetails { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? edit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Settings = SettingsInput.From(Initiative, Result.Settings);
        if (edit is { } lineId && Lines.FirstOrDefault(l => l.Id == lineId && !l.IsArchived) is { } line) Line = LineInput.From(line);
        else Line = new LineInput { FromYear = Result.Settings.StartYear };
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (format is not ("xlsx" or "pdf")) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        var active = Lines.Where(l => !l.IsArchived).ToList();
        return format == "pdf"
            ? BusinessCaseExport.Pdf(Initiative, active, Result, clock.GetUtcNow())
            : BusinessCaseExport.Excel(Initiative, active, Result, clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostSettingsAsync(Guid id, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Line = new LineInput { FromYear = Result.Settings.StartYear };
        ClearOther(nameof(Settings));
        if (Initiative.Version != Settings.Version) return SettingsConflict(Initiative);
        Settings.Validate(ModelState);
        if (!ModelState.IsValid) return Page();

        Settings.ApplyTo(Initiative);
        if (!await db.SaveIfUnchangedAsync(Initiative, Settings.Version, ct))
        {
            await LoadAsync(id, ct);
            return SettingsConflict(Initiative);
        }
        TempData["Status"] = "De uitgangspunten van de business case zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    private PageResult SettingsConflict(Initiative stored)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("de uitgangspunten van deze business case"));
        ConflictDetails = $"Eerste jaar {stored.StartYear}, looptijd {stored.HorizonYears} jaar, disconteringsvoet {Money.Percent(stored.DiscountRatePercent)}.";
        Settings.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return false;
        Initiative = initiative;
        Lines = await db.BusinessCaseLines.Where(l => l.InitiativeId == id)
            .OrderBy(l => l.Type).ThenBy(l => l.Phase).ThenBy(l => l.FromYear).ThenBy(l => l.Description).ToListAsync(ct);
        Result = BusinessCaseCalculator.Calculate(CaseSettings.From(initiative, clock.GetUtcNow().Year), Lines.Where(l => !l.IsArchived).Select(CaseLine.From));
        CanManage = await CanManageAsync();
        return true;
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded;

    /// <summary>The page holds two forms; only the posted one's errors belong on screen.</summary>
    private void ClearOther(string posted)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(posted + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }
}
