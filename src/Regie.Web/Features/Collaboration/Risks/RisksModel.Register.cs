using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Features.Collaboration.Risks;

namespace Regie.Web.Features.Collaboration;

/// <summary>Adding, editing, archiving and restoring risks.</summary>
public sealed partial class RisksModel
{
    public async Task<IActionResult> OnPostSaveRiskAsync(Guid id, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        ClearOther(nameof(Risk));
        var risk = Risk.RiskId is { } riskId ? Risks.FirstOrDefault(r => r.Id == riskId) : null;
        if (Risk.RiskId is not null && risk is null) return NotFound();
        if (risk is not null && risk.Version != Risk.Version)
        {
            Risk.Version = risk.Version;
            return Conflict(RiskRegister.Describe(risk));
        }
        Risk.Validate(ModelState);
        if (!ModelState.IsValid) return Page();

        risk ??= db.Risks.Add(new Risk { InitiativeId = Initiative.Id, BoardId = Initiative.BoardId }).Entity;
        Risk.ApplyTo(risk);
        return await SaveAsync(id, risk, Risk.RiskId is null ? null : Risk.Version, $"Het risico '{risk.Title}' is opgeslagen.", RiskRegister.Describe, ct);
    }

    public Task<IActionResult> OnPostArchiveRiskAsync(Guid id, Guid riskId, int version, CancellationToken ct) =>
        ChangeRiskAsync(id, riskId, version, r => r.Archive(clock.GetUtcNow()), r => $"Het risico '{r.Title}' is gearchiveerd. U vindt het terug onder 'Gearchiveerde risico's'.", ct);

    public Task<IActionResult> OnPostRestoreRiskAsync(Guid id, Guid riskId, int version, CancellationToken ct) =>
        ChangeRiskAsync(id, riskId, version, r => r.Restore(), r => $"Het risico '{r.Title}' staat weer in het register.", ct);

    private async Task<IActionResult> ChangeRiskAsync(Guid id, Guid riskId, int version, Action<Risk> change, Func<Risk, string> done, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (await db.Initiatives.FindAsync([id], ct) is null) return NotFound();
        if (await db.Risks.SingleOrDefaultAsync(r => r.Id == riskId && r.InitiativeId == id, ct) is not { } risk) return NotFound();
        if (risk.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft dit risico intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(risk);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done(risk);
        return RedirectToPage(new { id });
    }
}
