using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>A plan's versions: adopt the draft, start the next version from the adopted one, compare a version with the one before.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)] // a pasted 5 MB text gets the length message, not a form-reading error
public sealed class VersionsModel(
    RegieDbContext db, SchoolDirectory directory, PlanOverviews overviews, IAuthorizationService authorization, TenantContext tenant, TimeProvider clock) : PageModel
{
    public sealed record VersionRow(InvestmentPlanVersion Version, int Lines, decimal Total);

    public InvestmentPlan Plan { get; private set; } = null!;
    public IReadOnlyList<VersionRow> Rows { get; private set; } = [];
    public VersionDifference? Difference { get; private set; }
    public int? Compared { get; private set; }
    public bool CanManage { get; private set; }

    [BindProperty, Display(Name = "Reden voor de nieuwe versie"), Required(ErrorMessage = "Vul de reden voor de nieuwe versie in, bijvoorbeeld 'Jaarlijkse herziening na de evaluatie'."),
     StringLength(2000, ErrorMessage = "De reden mag niet langer zijn dan 2.000 tekens.")]
    public string Reason { get; set; } = "";

    public InvestmentPlanVersion Newest => Rows[^1].Version;

    public async Task<IActionResult> OnGetAsync(Guid id, int? compare, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (compare is { } number && Rows.Any(r => r.Version.Number == number) && Rows.Any(r => r.Version.Number == number - 1))
        {
            Compared = number;
            Difference = await CompareAsync(Rows.Single(r => r.Version.Number == number - 1).Version, Rows.Single(r => r.Version.Number == number).Version, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAdoptAsync(Guid id, int version, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        var draft = Newest;
        if (Plan.IsArchived || !draft.IsDraft) return Done("Alleen de nieuwste conceptversie van een actief plan kan worden vastgesteld.");
        if (draft.Version != version) return Done("Iemand anders heeft deze versie intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.");
        foreach (var row in Rows.Where(r => r.Version.Status == PlanVersionStatus.Adopted)) row.Version.Supersede();
        draft.Adopt(tenant.UserName, clock.GetUtcNow());
        if (!await db.SaveIfUnchangedAsync(draft, version, ct))
            return Done("Iemand anders heeft deze versie intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.");
        return Done($"Versie {draft.Number} is vastgesteld door {draft.AdoptedBy}. Wijzigingen komen voortaan in een nieuwe versie.");
    }

    public async Task<IActionResult> OnPostNewVersionAsync(Guid id, int version, CancellationToken ct)
    {
        if (!await CanManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        var adopted = Newest;
        if (Plan.IsArchived || adopted.Status != PlanVersionStatus.Adopted) return Done("Een nieuwe versie begint bij de vastgestelde nieuwste versie; er is al een conceptversie.");
        if (adopted.Version != version) return Done("Iemand anders heeft deze versie intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.");
        if (!ModelState.IsValid) return Page();

        var next = adopted.StartNext(Reason.Trim());
        db.InvestmentPlanVersions.Add(next);
        var lines = await db.InvestmentPlanLines.AsNoTracking().Where(l => l.PlanVersionId == adopted.Id && l.ArchivedAt == null).ToListAsync(ct);
        db.InvestmentPlanLines.AddRange(lines.Select(l => l.CopyTo(next.Id)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else started the next version at the same moment: the unique version number keeps it to one.
            db.ChangeTracker.Clear();
            return Done("Iemand anders is net een nieuwe versie begonnen. Bekijk de actuele versies.");
        }
        TempData["Status"] = $"Versie {next.Number} is begonnen als concept, met de {lines.Count:N0} regels van versie {adopted.Number}.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<VersionDifference> CompareAsync(InvestmentPlanVersion before, InvestmentPlanVersion after, CancellationToken ct)
    {
        var schools = await directory.ForCurrentBoardAsync(db, ct);
        var names = schools.Find(new() { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
        var ids = new[] { before.Id, after.Id };
        var lines = await db.InvestmentPlanLines.AsNoTracking().Where(l => ids.Contains(l.PlanVersionId)).ToListAsync(ct);
        var beforeTotals = (await overviews.ForVersionAsync(db, Plan, before, schools, ct)).Totals;
        var afterTotals = (await overviews.ForVersionAsync(db, Plan, after, schools, ct)).Totals;
        return VersionComparison.Compare(
            lines.Where(l => l.PlanVersionId == before.Id), lines.Where(l => l.PlanVersionId == after.Id), beforeTotals, afterTotals,
            PlanCalculator.Reserve(before.ReserveKind, before.ReserveValue, beforeTotals.Purchases),
            PlanCalculator.Reserve(after.ReserveKind, after.ReserveValue, afterTotals.Purchases),
            id => id is { } s ? names.GetValueOrDefault(s, "Onbekende school") : PlanLabels.WholeBoard);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.InvestmentPlans.FindAsync([id], ct) is not { } plan) return false;
        Plan = plan;
        var versions = await db.InvestmentPlanVersions.Where(v => v.PlanId == id).OrderBy(v => v.Number).ToListAsync(ct);
        if (versions.Count == 0) return false;
        var schools = await directory.ForCurrentBoardAsync(db, ct);
        var rows = new List<VersionRow>(versions.Count);
        foreach (var version in versions)
        {
            var totals = (await overviews.ForVersionAsync(db, plan, version, schools, ct)).Totals;
            rows.Add(new VersionRow(version, totals.Lines, totals.Costs + PlanCalculator.Reserve(version.ReserveKind, version.ReserveValue, totals.Purchases)));
        }
        Rows = rows;
        CanManage = await CanManageAsync();
        return true;
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageInvestmentPlans)).Succeeded;

    private RedirectToPageResult Done(string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id = Plan.Id });
    }
}
