using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Portal;

/// <summary>The checks Create and Edit share: the input's own, then the supplier's own reference being unique.</summary>
public static class ItemForm
{
    public static async Task ValidateAsync(this CatalogItemInput input, ModelStateDictionary modelState, RegieDbContext db, TenantContext tenant, Guid? itemId, CancellationToken ct)
    {
        foreach (var (field, message) in input.Validate())
            if (modelState.GetFieldValidationState("Input." + field) != ModelValidationState.Invalid)
                modelState.AddModelError("Input." + field, message);
        if (await db.ReferenceTakenByAsync(tenant, input.SupplierReference, itemId, ct) is { } title)
            modelState.AddModelError("Input.SupplierReference", $"De eigen code '{input.SupplierReference!.Trim()}' hoort al bij '{title}'. Kies een andere code.");
    }
}
