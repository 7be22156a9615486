using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>Changes made from the overview: the reserve, removing and restoring lines, archiving the plan.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostReserveAsync(Guid id, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, null, ct)) return NotFound();
        if (!CanEditLines) return Refused("De reserve kan alleen in de nieuwste conceptversie worden aangepast.");
        if (Shown.Version != Reserve.Version) return ReserveConflict(Shown);
        Reserve.Validate(ModelState);
        if (!ModelState.IsValid) return Page();

        Reserve.ApplyTo(Shown);
        if (!await db.SaveIfUnchangedAsync(Shown, Reserve.Version, ct))
        {
            await LoadAsync(id, null, ct);
            return ReserveConflict(Shown);
        }
        TempData["Status"] = $"De reserve voor onvoorzien is opgeslagen: {PlanLabels.Reserve(Shown.ReserveKind, Shown.ReserveValue)}.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostRemoveLineAsync(Guid id, Guid lineId, int version, CancellationToken ct) =>
        ChangeLineAsync(id, lineId, version, l => l.Remove(clock.GetUtcNow()),
            l => $"De regel '{l.Description}' is uit versie {Shown.Number} gehaald. Eerdere versies houden hun eigen regel.", ct);

    public Task<IActionResult> OnPostRestoreLineAsync(Guid id, Guid lineId, int version, CancellationToken ct) =>
        ChangeLineAsync(id, lineId, version, l => l.Restore(), l => $"De regel '{l.Description}' telt weer mee.", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangePlanAsync(id, version, p => p.Archive(clock.GetUtcNow()), p => $"Het plan '{p.Title}' is gearchiveerd. U vindt het terug onder 'Gearchiveerde plannen'.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangePlanAsync(id, version, p => p.Restore(), p => $"Het plan '{p.Title}' is weer actief.", ct);

    private async Task<IActionResult> ChangeLineAsync(Guid id, Guid lineId, int version, Action<InvestmentPlanLine> change, Func<InvestmentPlanLine, string> done, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, null, ct)) return NotFound();
        if (await db.InvestmentPlanLines.SingleOrDefaultAsync(l => l.Id == lineId && l.PlanVersionId == Shown.Id, ct) is not { } line) return NotFound();
        if (!CanEditLines) return Refused("Regels kunnen alleen in de nieuwste conceptversie worden gewijzigd.");
        return await SaveAsync(line, version, change, done(line), ct);
    }

    private async Task<IActionResult> ChangePlanAsync(Guid id, int version, Action<InvestmentPlan> change, Func<InvestmentPlan, string> done, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (await db.InvestmentPlans.FindAsync([id], ct) is not { } plan) return NotFound();
        return await SaveAsync(plan, version, change, done(plan), ct);
    }

    private async Task<IActionResult> SaveAsync<T>(T record, int version, Action<T> change, string done, CancellationToken ct) where T : class, IVersioned
    {
        var id = RouteData.Values["id"];
        if (record.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft dit intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(record);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        if (!await db.SaveIfUnchangedAsync(record, version, ct))
            TempData["Status"] = "Iemand anders heeft dit intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
        else
            TempData["Status"] = done;
        return RedirectToPage(new { id });
    }

    private RedirectToPageResult Refused(string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id = Plan.Id });
    }

    private PageResult ReserveConflict(InvestmentPlanVersion stored)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("de reserve van deze versie"));
        ConflictDetails = $"Reserve voor onvoorzien: {PlanLabels.Reserve(stored.ReserveKind, stored.ReserveValue)}.";
        Reserve.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageInvestmentPlans)).Succeeded;
}
