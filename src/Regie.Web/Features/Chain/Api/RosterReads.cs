using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Api;

/// <summary>GET /chain/rosters and /chain/rosters/{id}: the supplier's sharing rules and, under a signed agreement, their rosters.</summary>
public static class RosterReads
{
    public static async Task<Ok<List<RuleSummary>>> ListAsync(RegieDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var supplierId = SupplierRules.SupplierId(tenant);
        var rules = await SupplierRules.Own(db, supplierId).AsNoTracking().Include(r => r.Scopes).ToListAsync(ct);
        var boardIds = rules.Select(r => r.BoardId).Distinct().ToList();
        var itemIds = rules.Select(r => r.CatalogItemId).Distinct().ToList();
        var boards = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => boardIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var items = await db.CatalogItems.IgnoreQueryFilters().AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        var agreements = (await SupplierRules.AgreementsAsync(db, boardIds, supplierId, ct)).ToLookup(a => a.BoardId);
        var today = SupplierRules.Today(clock);
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        return TypedResults.Ok(rules.OrderBy(r => r.CreatedAt).Select(rule =>
        {
            var check = Sharing.AgreementCheck.For(rule, agreements[rule.BoardId], today);
            return new RuleSummary(rule.Id, boards.GetValueOrDefault(rule.BoardId, ""), new RuleProduct(rule.CatalogItemId, items.GetValueOrDefault(rule.CatalogItemId, "")),
                rule.Scopes.Select(s => s.SchoolId).Distinct().Count(), check.Allowed ? "actief" : "geblokkeerd", check.Reason);
        }).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, string? format, HttpContext http, RegieDbContext db, TenantContext tenant, RosterBuilder builder,
        TimeProvider clock, CancellationToken ct)
    {
        if (await SupplierRules.FindAsync(db, id, SupplierRules.SupplierId(tenant), SupplierRules.Today(clock), ct) is not { } access) return SupplierRules.NotFound();
        if (!access.Agreement.Allowed) return SupplierRules.NoAgreement(access.Agreement.Reason!);
        var roster = await builder.BuildAsync(access, http.User.Identity?.Name ?? "API", ct);
        http.Response.Headers.CacheControl = "no-store";
        return WantsXml(format, http.Request) ? TypedResults.Bytes(RosterXml.Write(roster), RosterXml.ContentType) : TypedResults.Ok(roster);
    }

    private static bool WantsXml(string? format, HttpRequest request) =>
        string.Equals(format, "xml", StringComparison.OrdinalIgnoreCase)
        || (format is null && request.Headers.Accept.Any(a => a?.Contains("application/xml", StringComparison.OrdinalIgnoreCase) == true
            || a?.Contains("text/xml", StringComparison.OrdinalIgnoreCase) == true));
}
