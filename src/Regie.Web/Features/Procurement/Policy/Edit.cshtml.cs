using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>The draft edition: start it, edit it, adopt it. Only one draft exists at a time.</summary>
[Authorize(Policy = Capabilities.ManageProcurementPolicy)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)] // an over-long text gets the length message, not a form-reading error
public sealed class EditModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty] public PolicyInput Input { get; set; } = new();
    public ProcurementPolicy Draft { get; private set; } = null!;
    public ProcurementPolicy? Adopted { get; private set; }
    public ThresholdLookup? CurrentThreshold { get; private set; }
    /// <summary>What is stored now, shown beside the user's input after someone else saved first.</summary>
    public ProcurementPolicy? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return RedirectToPage("Index");
        Input = PolicyInput.From(Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostStartDraftAsync(CancellationToken ct)
    {
        if (tenant.OrganizationId is not { } boardId) return Forbid();
        await PolicyEditions.StartDraftAsync(db, boardId, Today, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Draft.Version != Input.Version) return Conflict(Draft);
        if (!Input.TryApplyTo(Draft, ModelState)) return Invalid();
        if (!await db.SaveIfUnchangedAsync(Draft, Input.Version, ct)) return Conflict(await StoredDraftAsync(ct));
        TempData["Status"] = $"Het concept (editie {Draft.Edition}) is opgeslagen.";
        return RedirectToPage();
    }

    /// <summary>Saves what is on screen and adopts it in one step, so what is adopted is exactly what the user saw.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Draft.Version != Input.Version) return Conflict(Draft);
        if (!Input.TryApplyTo(Draft, ModelState)) return Invalid();
        if (!await PolicyEditions.AdoptAsync(db, Draft, Input.Version, tenant.UserName, clock.GetUtcNow(), ct))
            return Conflict(await StoredDraftAsync(ct));
        TempData["Status"] = $"Editie {Draft.Edition} van het inkoopbeleid is vastgesteld en geldt nu.";
        return RedirectToPage("Index");
    }

    /// <summary>A multiple-quotes limit at or above the threshold is allowed, but the law still applies from the threshold.</summary>
    public bool MultipleReachesThreshold => CurrentThreshold is { } threshold
        && Market.Catalog.Amounts.TryParse(Input.MultipleQuotesMax, out var multiple) && multiple >= threshold.Amount;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Adopted = await PolicyEditions.AdoptedAsync(db, ct);
        CurrentThreshold = await ThresholdTable.ForAsync(db, ContractKind.SuppliesAndServices, Today, ct);
        if (await PolicyEditions.DraftAsync(db, ct) is not { } draft) return false;
        Draft = draft;
        return true;
    }

    private async Task<ProcurementPolicy> StoredDraftAsync(CancellationToken ct) =>
        await db.ProcurementPolicies.AsNoTracking().SingleAsync(p => p.Id == Draft.Id, ct);

    private PageResult Invalid()
    {
        Input.CompleteFrom(Draft);
        return Page();
    }

    private PageResult Conflict(ProcurementPolicy stored)
    {
        Input.CompleteFrom(stored);
        Stored = stored;
        Draft = stored;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit concept van het inkoopbeleid"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
