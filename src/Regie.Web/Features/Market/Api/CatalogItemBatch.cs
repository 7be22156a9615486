using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Portal;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Api;

/// <summary>Creates or updates many items at once, matched by the supplier's own code; all of them or none.</summary>
public static class CatalogItemBatch
{
    public const int MaxItems = 500;

    public static async Task<Results<Ok<CatalogBatchResult>, ValidationProblem, ProblemHttpResult>> UpsertAsync(
        HttpRequest request, RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var (batch, problem) = await ApiJson.ReadAsync<CatalogBatch>(request);
        if (batch is null) return problem!;
        var inputs = batch.Items ?? [];
        if (inputs.Count == 0 || inputs.Count > MaxItems)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "Ongeldige batch", $"Stuur tussen 1 en {MaxItems} items per batch (nu {inputs.Count}).");

        var supplierId = tenant.OrganizationId!.Value;
        var errors = new Dictionary<string, string[]>();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i] ?? new CatalogItemInput();
            var found = input.Validate().ToList();
            var reference = input.SupplierReference?.Trim();
            if (string.IsNullOrEmpty(reference))
                found.Add((nameof(CatalogItemInput.SupplierReference), "Vul de eigen code in: daarmee vindt Regie het item bij een volgende batch terug."));
            else if (!firstIndex.TryAdd(reference, i))
                found.Add((nameof(CatalogItemInput.SupplierReference), $"De eigen code '{reference}' staat ook bij item {firstIndex[reference]} in deze batch."));
            foreach (var (field, messages) in SupplierItems.ByField(found, $"items[{i}]."))
                errors[field] = messages;
        }
        if (errors.Count > 0)
            return ApiProblem.Invalid(errors, $"{errors.Keys.Select(k => k[..k.IndexOf(']')]).Distinct().Count()} van de {inputs.Count} items zijn niet goed ingevuld. Er is niets opgeslagen.");

        var references = firstIndex.Keys.ToList();
        var existing = await db.Own(tenant).Where(i => i.SupplierReference != null && references.Contains(i.SupplierReference))
            .ToDictionaryAsync(i => i.SupplierReference!, StringComparer.Ordinal, ct);
        var now = clock.GetUtcNow();
        var supplierName = await SupplierItems.SupplierNameAsync(db, supplierId, ct);
        var results = new List<CatalogBatchItem>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var reference = inputs[i].SupplierReference!.Trim();
            var isNew = !existing.TryGetValue(reference, out var item);
            item ??= SupplierItems.AddNew(db, supplierId, supplierName, now);
            inputs[i].ApplyTo(item);
            item.UpdatedAt = now;
            if (item.IsPublished && item.MissingForPublication() is { Count: > 0 } missing)
                foreach (var (field, messages) in SupplierItems.ByField(SupplierItems.MissingAsErrors(missing), $"items[{i}]."))
                    errors[field] = messages;
            results.Add(new CatalogBatchItem(i, item.Id, reference, isNew));
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ApiProblem.Invalid(errors, "Gepubliceerde items moeten hun verplichte velden houden. Er is niets opgeslagen.");
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CatalogBatchResult(results.Count(r => r.Created), results.Count(r => !r.Created), results));
    }
}
