using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Sharing;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty] public RuleInput Input { get; set; } = new();
    public RuleForm Form { get; private set; } = null!;

    public async Task OnGetAsync(Guid? supplier, CancellationToken ct)
    {
        Input.SupplierId = supplier;
        Form = await RuleForm.LoadAsync(db, Input, creating: true, ct);
    }

    /// <summary>The product field (and ECK iD option) for the supplier just chosen (htmx).</summary>
    public async Task<IActionResult> OnGetProductAsync([FromQuery(Name = "Input.SupplierId")] Guid? supplierId, CancellationToken ct)
    {
        var input = new RuleInput { SupplierId = supplierId };
        return Partial("_RuleProduct", new RuleForm(input, [], await SharingCatalog.PublishedProductsAsync(db, supplierId, ct), false, []));
    }

    /// <summary>Whether the ECK iD may be offered for the product just chosen (htmx).</summary>
    public async Task<IActionResult> OnGetEckAsync([FromQuery(Name = "Input.SupplierId")] Guid? supplierId, [FromQuery(Name = "Input.CatalogItemId")] Guid? itemId, CancellationToken ct) =>
        Partial("_EckOption", (await RuleForm.EckAllowedAsync(db, new RuleInput { SupplierId = supplierId, CatalogItemId = itemId }, ct), false));

    /// <summary>Without JavaScript: show the chosen supplier's products and whether the ECK iD may go, keeping the choices made.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Form = await RuleForm.LoadAsync(db, Input, creating: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var tree = await RuleScopes.TreeAsync(db, ct);
        var scopes = await Input.ValidateAsync(ModelState, db, null, tree, ct);
        if (!ModelState.IsValid)
        {
            Form = await RuleForm.LoadAsync(db, Input, creating: true, ct);
            return Page();
        }
        var rule = new SharingRule
        {
            BoardId = tenant.OrganizationId!.Value, SupplierId = Input.SupplierId!.Value, CatalogItemId = Input.CatalogItemId!.Value,
            Fields = Input.ChosenFields, UseEckId = Input.UseEckId,
        };
        rule.SetScopes(scopes);
        db.SharingRules.Add(rule);
        var describe = await RuleScopes.DescriberAsync(db, ct);
        db.AuditEntries.Add(RuleAudit.ScopesChanged(rule, null, describe(rule.Scopes), tenant, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);

        var check = AgreementCheck.For(rule, await RuleList.CurrentAgreementsAsync(db, ct), SharingCatalog.Today(clock));
        TempData["Status"] = check.Allowed
            ? "De deelregel is opgeslagen en actief: de leverancier kan de leerlinglijst nu ophalen."
            : $"De deelregel is opgeslagen, maar geblokkeerd: {check.Reason} Zolang dat zo is, krijgt de leverancier niets.";
        return RedirectToPage("Details", new { id = rule.Id });
    }
}
