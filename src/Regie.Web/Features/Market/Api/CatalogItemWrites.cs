using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Portal;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Api;

public static class CatalogItemWrites
{
    public static async Task<Results<Created<CatalogItemResource>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var (input, problem) = await ApiJson.ReadAsync<CatalogItemInput>(request);
        if (input is null) return problem!;
        var supplierId = tenant.OrganizationId!.Value;
        if (Invalid(input) is { } invalid) return invalid;
        if (await db.ReferenceTakenByAsync(tenant, input.SupplierReference, null, ct) is not null) return ReferenceTaken(input);

        var item = SupplierItems.AddNew(db, supplierId, await SupplierItems.SupplierNameAsync(db, supplierId, ct), clock.GetUtcNow());
        input.ApplyTo(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"{ApiSetup.Prefix}/catalog/items/{item.Id}", CatalogItemResource.From(item));
    }

    public static async Task<Results<Ok<CatalogItemResource>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, HttpRequest request, RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var (input, problem) = await ApiJson.ReadAsync<CatalogItemInput>(request);
        if (input is null) return problem!;
        var supplierId = tenant.OrganizationId!.Value;
        var item = await db.Own(tenant).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return ApiProblem.NotFound();

        var ifMatch = IfMatchVersion(request, out var malformed);
        if (malformed) return ApiProblem.Of(StatusCodes.Status400BadRequest, "Ongeldige If-Match", "Geef in If-Match de versie tussen aanhalingstekens, bijvoorbeeld If-Match: \"3\".");
        var expected = ifMatch ?? input.Version;
        if (item.Version != expected) return Conflict(item, ifMatch is not null);
        if (Invalid(input) is { } invalid) return invalid;
        if (await db.ReferenceTakenByAsync(tenant, input.SupplierReference, item.Id, ct) is not null) return ReferenceTaken(input);

        input.ApplyTo(item);
        if (item.IsPublished && item.MissingForPublication() is { Count: > 0 } missing)
            return ApiProblem.Invalid(SupplierItems.ByField(SupplierItems.MissingAsErrors(missing)),
                "Dit item is gepubliceerd en moet zijn verplichte velden houden. Vul ze in, of trek het item eerst terug.");
        item.UpdatedAt = clock.GetUtcNow();
        if (!await db.SaveIfUnchangedAsync(item, expected, ct))
            return Conflict(await db.Own(tenant).AsNoTracking().SingleAsync(i => i.Id == id, ct), ifMatch is not null);
        return TypedResults.Ok(CatalogItemResource.From(item));
    }

    public static Task<Results<Ok<CatalogItemResource>, ProblemHttpResult>> PublishAsync(
        Guid id, RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, db, tenant, clock, item =>
        {
            var missing = item.Publish(clock.GetUtcNow());
            return missing.Count == 0 ? null : ApiProblem.Of(StatusCodes.Status422UnprocessableEntity, "Nog niet te publiceren",
                $"Vul eerst de verplichte velden in: {string.Join(", ", missing)}.",
                new Dictionary<string, object?> { ["errors"] = SupplierItems.ByField(SupplierItems.MissingAsErrors(missing)), ["missing"] = missing });
        }, ct);

    public static Task<Results<Ok<CatalogItemResource>, ProblemHttpResult>> WithdrawAsync(
        Guid id, RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, db, tenant, clock, item =>
        {
            if (item.Status == ItemStatus.Archived)
                return ApiProblem.Of(StatusCodes.Status409Conflict, "Gearchiveerd", "Dit item is gearchiveerd en staat dus al niet in de markt.");
            item.Withdraw();
            return null;
        }, ct);

    public static Task<Results<Ok<CatalogItemResource>, ProblemHttpResult>> ArchiveAsync(
        Guid id, RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, db, tenant, clock, item =>
        {
            if (item.Status != ItemStatus.Archived) item.Archive(clock.GetUtcNow());
            return null;
        }, ct);

    private static async Task<Results<Ok<CatalogItemResource>, ProblemHttpResult>> ChangeAsync(
        Guid id, RegieDbContext db, TenantContext tenant, TimeProvider clock, Func<CatalogItem, ProblemHttpResult?> change, CancellationToken ct)
    {
        var item = await db.Own(tenant).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return ApiProblem.NotFound();
        var status = item.Status;
        if (change(item) is { } refused) return refused;
        if (item.Status != status)
        {
            item.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(CatalogItemResource.From(item));
    }

    private static ValidationProblem? Invalid(CatalogItemInput input) =>
        input.Validate() is { Count: > 0 } errors ? ApiProblem.Invalid(SupplierItems.ByField(errors)) : null;

    private static ProblemHttpResult ReferenceTaken(CatalogItemInput input) =>
        ApiProblem.Of(StatusCodes.Status409Conflict, "Eigen code al in gebruik",
            $"Een ander item van uw organisatie heeft al de eigen code '{input.SupplierReference?.Trim()}'. Gebruik een andere code, of wijzig dat item.",
            new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["supplierReference"] = ["Deze eigen code is al in gebruik."] } });

    private static ProblemHttpResult Conflict(CatalogItem current, bool viaIfMatch) => ApiProblem.Of(
        viaIfMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict, "Intussen gewijzigd",
        $"Dit item is intussen gewijzigd (nu versie {current.Version}). Haal het opnieuw op, pas uw wijziging toe en stuur de nieuwe versie mee. Er is niets opgeslagen.",
        new Dictionary<string, object?> { ["currentVersion"] = current.Version });

    private static int? IfMatchVersion(HttpRequest request, out bool malformed)
    {
        malformed = false;
        if (request.Headers.IfMatch.FirstOrDefault() is not { Length: > 0 } header) return null;
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        if (int.TryParse(value.Trim('"'), out var version) && version >= 0) return version;
        malformed = true;
        return null;
    }
}
