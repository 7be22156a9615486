using Regie.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Features.Collaboration.BusinessCase;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

/// <summary>Adding, editing, archiving and restoring lines: sub-records edited through form fields, not routes.</summary>
public sealed partial class BusinessCaseModel
{
    public async Task<IActionResult> OnPostSaveLineAsync(Guid id, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Settings = SettingsInput.From(Initiative, Result.Settings);
        ClearOther(nameof(Line));
        var line = Line.LineId is { } lineId ? Lines.FirstOrDefault(l => l.Id == lineId) : null;
        if (Line.LineId is not null && line is null) return NotFound();
        if (line is not null && line.Version != Line.Version) return LineConflict(line);
        Line.Validate(ModelState, Result.Settings);
        if (!ModelState.IsValid) return Page();

        line ??= db.BusinessCaseLines.Add(new BusinessCaseLine { InitiativeId = Initiative.Id, BoardId = Initiative.BoardId }).Entity;
        Line.ApplyTo(line);
        if (!await db.SaveIfUnchangedAsync(line, Line.LineId is null ? null : Line.Version, ct))
        {
            await LoadAsync(id, ct);
            return LineConflict(Lines.Single(l => l.Id == line.Id));
        }
        TempData["Status"] = $"De regel '{line.Description}' is opgeslagen.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostArchiveLineAsync(Guid id, Guid lineId, int version, CancellationToken ct) =>
        ChangeLineAsync(id, lineId, version, l => l.Archive(clock.GetUtcNow()), l => $"De regel '{l.Description}' is gearchiveerd en telt niet meer mee. U kunt hem terugzetten onder 'Gearchiveerde regels'.", ct);

    public Task<IActionResult> OnPostRestoreLineAsync(Guid id, Guid lineId, int version, CancellationToken ct) =>
        ChangeLineAsync(id, lineId, version, l => l.Restore(), l => $"De regel '{l.Description}' telt weer mee.", ct);

    private async Task<IActionResult> ChangeLineAsync(Guid id, Guid lineId, int version, Action<BusinessCaseLine> change, Func<BusinessCaseLine, string> done, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (await db.Initiatives.FindAsync([id], ct) is null) return NotFound();
        if (await db.BusinessCaseLines.SingleOrDefaultAsync(l => l.Id == lineId && l.InitiativeId == id, ct) is not { } line) return NotFound();
        if (line.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze regel intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(line);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done(line);
        return RedirectToPage(new { id });
    }

    private PageResult LineConflict(BusinessCaseLine stored)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze regel"));
        ConflictDetails = $"{Enums.Label(stored.Type)}: {stored.Description}, {Money.Euro(stored.Amount)} " +
            $"{(stored.Frequency == Frequency.OneOff ? $"in {stored.FromYear}" : $"per jaar vanaf {stored.FromYear}")}" +
            (stored.IsArchived ? " (gearchiveerd)" : "") + ".";
        Line.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
