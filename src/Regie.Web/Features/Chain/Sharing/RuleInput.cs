using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>The sharing-rule form, shared by Create and Edit; supplier and product are chosen once, at creation.</summary>
public sealed class RuleInput
{
    [Display(Name = "Leverancier")] public Guid? SupplierId { get; set; }
    [Display(Name = "Product")] public Guid? CatalogItemId { get; set; }
    /// <summary>Schools shared whole, every group including groups added later.</summary>
    public List<Guid> SchoolIds { get; set; } = [];
    public List<Guid> GroupIds { get; set; } = [];
    [Display(Name = "Velden")] public List<SharedFields> Fields { get; set; } = [];
    [Display(Name = "ECK iD in plaats van eigen pseudoniem")] public bool UseEckId { get; set; }
    public int Version { get; set; }

    public static RuleInput From(SharingRule rule) => new()
    {
        SupplierId = rule.SupplierId, CatalogItemId = rule.CatalogItemId,
        SchoolIds = rule.Scopes.Where(s => s.GroupId is null).Select(s => s.SchoolId).ToList(),
        GroupIds = rule.Scopes.Where(s => s.GroupId is not null).Select(s => s.GroupId!.Value).ToList(),
        Fields = SharedFieldLabels.Choosable.Where(f => rule.Fields.HasFlag(f)).ToList(), UseEckId = rule.UseEckId, Version = rule.Version,
    };

    /// <summary>Checks the whole form and returns the scopes it asks for; <paramref name="existing"/> is null when creating.</summary>
    public async Task<List<(Guid SchoolId, Guid? GroupId)>> ValidateAsync(ModelStateDictionary state, RegieDbContext db, SharingRule? existing, List<SchoolChoice> tree, CancellationToken ct)
    {
        if (existing is null)
        {
            await SharingCatalog.CheckProductAsync(state, db, SupplierId, CatalogItemId, itemRequired: true, null, ct);
            if (state.IsValid && await db.SharingRules.AnyAsync(r => r.ArchivedAt == null && r.SupplierId == SupplierId && r.CatalogItemId == CatalogItemId, ct))
                state.AddModelError("Input.CatalogItemId", "Voor dit product bestaat al een deelregel. Pas die regel aan in plaats van een tweede te maken.");
        }
        var scopes = RuleScopes.Resolve(SchoolIds, GroupIds, tree, state);
        if (Fields.Any(f => !SharedFieldLabels.Choosable.Contains(f)))
            state.AddModelError("Input.Fields", "Kies alleen velden uit de lijst.");
        var supplier = existing?.SupplierId ?? SupplierId;
        var item = existing?.CatalogItemId ?? CatalogItemId;
        if (UseEckId && (supplier is null || item is null || !await EckAllowedAsync(db, supplier.Value, item.Value, ct)))
            state.AddModelError("Input.UseEckId", "Het ECK iD kan alleen gedeeld worden als een verwerkersovereenkomst voor dit product dat toestaat.");
        return scopes;
    }

    public SharedFields ChosenFields => SharedFieldLabels.Combine(Fields);

    /// <summary>Whether a current agreement for this supplier and product lets the ECK iD replace the supplier's own pseudonym.</summary>
    public static Task<bool> EckAllowedAsync(RegieDbContext db, Guid supplierId, Guid itemId, CancellationToken ct) =>
        db.ProcessingAgreements.AnyAsync(a => a.ArchivedAt == null && a.AllowsEckId && a.SupplierId == supplierId
            && (a.CatalogItemId == null || a.CatalogItemId == itemId), ct);
}
