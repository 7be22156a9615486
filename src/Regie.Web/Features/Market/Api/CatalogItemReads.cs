using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Portal;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Market.Api;

public static class CatalogItemReads
{
    public const int MaxPageSize = 200;

    public static async Task<Results<Ok<CatalogItemPage>, ProblemHttpResult>> ListAsync(
        RegieDbContext db, TenantContext tenant, string? status, DateTimeOffset? updatedSince, int? page, int? pageSize, CancellationToken ct)
    {
        ItemStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ItemStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return ApiProblem.Of(StatusCodes.Status400BadRequest, "Ongeldige filter", "Status kan zijn: concept, published of archived.");
            wanted = parsed;
        }
        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);

        // Filtering on time in memory: SQLite cannot compare DateTimeOffset values in SQL, and one supplier's list is small.
        var own = db.Own(tenant).AsNoTracking();
        if (wanted is { } s) own = own.Where(i => i.Status == s);
        var stamps = await own.Select(i => new { i.Id, i.UpdatedAt }).ToListAsync(ct);
        var matching = stamps.Where(i => updatedSince is null || i.UpdatedAt > updatedSince)
            .OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id).Select(i => i.Id).ToList();
        var ids = matching.Skip((number - 1) * size).Take(size).ToList();
        var items = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(ct);
        var ordered = ids.Select(id => items.Single(i => i.Id == id)).Select(CatalogItemResource.From).ToList();
        return TypedResults.Ok(new CatalogItemPage(ordered, number, size, matching.Count));
    }

    public static async Task<Results<Ok<CatalogItemResource>, ProblemHttpResult>> GetAsync(
        Guid id, RegieDbContext db, TenantContext tenant, HttpResponse response, CancellationToken ct)
    {
        var item = await db.Own(tenant).AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return ApiProblem.NotFound();
        response.Headers.ETag = $"\"{item.Version}\"";
        return TypedResults.Ok(CatalogItemResource.From(item));
    }

    public static Results<Ok<IReadOnlyList<Code>>, ProblemHttpResult> CodeList(string list) => list switch
    {
        "subjects" => TypedResults.Ok(CodeLists.Subjects),
        "levels" => TypedResults.Ok(CodeLists.Levels),
        "learning-goals" => TypedResults.Ok(CodeLists.LearningGoals),
        "certifications" => TypedResults.Ok(CodeLists.Certifications),
        _ => ApiProblem.Of(StatusCodes.Status404NotFound, "Onbekende lijst", "Kies subjects, levels, learning-goals of certifications."),
    };
}
