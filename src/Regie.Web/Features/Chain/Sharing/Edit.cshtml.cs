using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Sharing;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class EditModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty] public RuleInput Input { get; set; } = new();
    public RuleForm Form { get; private set; } = null!;
    public SharingRule Rule { get; private set; } = null!;
    public string Title { get; private set; } = "";
    /// <summary>After a conflict: what is stored now, in words.</summary>
    public string? CurrentScopes { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } rule) return NotFound();
        Input = RuleInput.From(rule);
        return await ShowAsync(rule, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } rule) return NotFound();
        if (rule.Version != Input.Version) return await ConflictAsync(rule, ct);
        var scopes = await Input.ValidateAsync(ModelState, db, rule, await RuleScopes.TreeAsync(db, ct), ct);
        if (!ModelState.IsValid) return await ShowAsync(rule, ct);

        var describe = await RuleScopes.DescriberAsync(db, ct);
        var before = describe(rule.Scopes);
        rule.Fields = Input.ChosenFields;
        rule.UseEckId = Input.UseEckId;
        var (added, gone) = rule.SetScopes(scopes);
        db.SharingScopes.AddRange(added);
        db.SharingScopes.RemoveRange(gone);
        var after = describe(rule.Scopes);
        if (before != after)
        {
            // Only link rows changed: the rule itself must still count as changed, so its version guards the edit.
            db.Entry(rule).State = EntityState.Modified;
            db.AuditEntries.Add(RuleAudit.ScopesChanged(rule, before, after, tenant, clock.GetUtcNow()));
        }
        if (!await db.SaveIfUnchangedAsync(rule, Input.Version, ct))
            return await ConflictAsync(await FindAsync(id, ct) ?? rule, ct);
        TempData["Status"] = "De wijzigingen aan de deelregel zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private Task<SharingRule?> FindAsync(Guid id, CancellationToken ct) =>
        db.SharingRules.Include(r => r.Scopes).FirstOrDefaultAsync(r => r.Id == id, ct);

    private async Task<PageResult> ShowAsync(SharingRule rule, CancellationToken ct)
    {
        Rule = rule;
        var supplier = (await SharingCatalog.SupplierNamesAsync(db, [rule.SupplierId], ct)).GetValueOrDefault(rule.SupplierId, "Onbekende leverancier");
        var product = (await SharingCatalog.ProductTitlesAsync(db, [rule.CatalogItemId], ct)).GetValueOrDefault(rule.CatalogItemId, "Onbekend product");
        Title = $"{supplier}, {product}";
        Input.SupplierId = rule.SupplierId;
        Input.CatalogItemId = rule.CatalogItemId;
        Form = await RuleForm.LoadAsync(db, Input, creating: false, ct);
        return Page();
    }

    /// <summary>Someone saved first: keep the user's choices on screen, show what is stored now, overwrite nothing.</summary>
    private async Task<PageResult> ConflictAsync(SharingRule stored, CancellationToken ct)
    {
        CurrentScopes = $"{(await RuleScopes.DescriberAsync(db, ct))(stored.Scopes)}. {SharedFieldLabels.Describe(stored.Fields)}.";
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze deelregel"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await ShowAsync(stored, ct);
    }
}
