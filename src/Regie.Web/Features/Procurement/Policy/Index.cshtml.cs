using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>The adopted policy in plain words, and the "which rule applies" check.</summary>
[Authorize(Policy = Capabilities.ViewProcurementPolicy)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    /// <summary>How long before the review date the page starts reminding.</summary>
    public const int ReviewNoticeDays = 60;

    public ProcurementPolicy? Adopted { get; private set; }
    public ProcurementPolicy? Draft { get; private set; }
    public ThresholdLookup? CurrentThreshold { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanManage { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    [BindProperty(SupportsGet = true)] public PolicyCheckInput Check { get; set; } = new();
    public PolicyCheckResult? CheckResult { get; private set; }

    public bool ShowsHistory => Tab == "wijzigingen";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The check's answer; the whole page without htmx, so it works without JavaScript.</summary>
    public async Task<IActionResult> OnGetCheckAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Check.Read(ModelState, Today) is { } check
            && await ThresholdTable.ForAsync(db, ContractKind.SuppliesAndServices, check.Start, ct) is { } threshold)
            CheckResult = new PolicyCheckResult(check.Category, check.Value, check.Steps, check.Start, threshold,
                PolicyRules.Advise(Adopted, check.Category, check.Value, threshold.Amount), Adopted is not null);
        return Request.IsHtmx() ? Partial("_PolicyCheckResult", this) : Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);
        Adopted = await PolicyEditions.AdoptedAsync(db, ct);
        Draft = await PolicyEditions.DraftAsync(db, ct);
        CurrentThreshold = await ThresholdTable.ForAsync(db, ContractKind.SuppliesAndServices, Today, ct);
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurementPolicy)).Succeeded;
    }

    public string? ReviewNotice => Adopted?.ReviewDate is not { } review ? null
        : review < Today ? $"De herzieningsdatum ({review:d MMMM yyyy}) is verstreken. Tijd om het beleid te herzien."
        : review <= Today.AddDays(ReviewNoticeDays) ? $"Het beleid moet uiterlijk {review:d MMMM yyyy} herzien zijn; dat is binnen {ReviewNoticeDays} dagen."
        : null;
}
