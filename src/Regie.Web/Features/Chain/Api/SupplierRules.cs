using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Sharing;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Api;

/// <summary>
/// A sharing rule as its supplier reaches it through the API. The key signs in as the supplier, so the boards' tenant
/// filter hides every rule; these reads filter on the supplier themselves. Another supplier's rule does not exist here.
/// </summary>
public static class SupplierRules
{
    public sealed record Access(SharingRule Rule, AgreementCheck.Outcome Agreement, string BoardName, string SupplierName, string ProductName);

    public static Guid SupplierId(TenantContext tenant) => tenant.OrganizationId ?? Guid.Empty;

    public static ProblemHttpResult NotFound() =>
        ApiProblem.Of(StatusCodes.Status404NotFound, "Niet gevonden", "Er is geen deelregel voor uw organisatie met deze id.");

    public static ProblemHttpResult NoAgreement(string reason) =>
        ApiProblem.Of(StatusCodes.Status403Forbidden, "Geen geldige verwerkersovereenkomst",
            $"{reason} Zolang het schoolbestuur geen passende, ondertekende overeenkomst heeft vastgelegd, wisselt Regie voor dit product geen leerlinggegevens of resultaten uit.");

    /// <summary>The supplier's rules, not archived, of every board.</summary>
    public static IQueryable<SharingRule> Own(RegieDbContext db, Guid supplierId) =>
        db.SharingRules.IgnoreQueryFilters().Where(r => r.SupplierId == supplierId && r.ArchivedAt == null);

    public static async Task<Access?> FindAsync(RegieDbContext db, Guid ruleId, Guid supplierId, DateOnly today, CancellationToken ct)
    {
        var rule = await Own(db, supplierId).AsNoTracking().Include(r => r.Scopes).SingleOrDefaultAsync(r => r.Id == ruleId, ct);
        if (rule is null) return null;
        var agreements = await AgreementsAsync(db, [rule.BoardId], supplierId, ct);
        var names = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == rule.BoardId || o.Id == supplierId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var product = await db.CatalogItems.IgnoreQueryFilters().AsNoTracking().Where(i => i.Id == rule.CatalogItemId).Select(i => i.Title).SingleOrDefaultAsync(ct) ?? "";
        return new Access(rule, AgreementCheck.For(rule, agreements, today), names.GetValueOrDefault(rule.BoardId, ""), names.GetValueOrDefault(supplierId, ""), product);
    }

    public static Task<List<ProcessingAgreement>> AgreementsAsync(RegieDbContext db, IReadOnlyCollection<Guid> boardIds, Guid supplierId, CancellationToken ct) =>
        db.ProcessingAgreements.IgnoreQueryFilters().AsNoTracking().Where(a => boardIds.Contains(a.BoardId) && a.SupplierId == supplierId && a.ArchivedAt == null).ToListAsync(ct);

    /// <summary>The Dutch school day: an agreement signed today counts from the morning, in Dutch time.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);

    /// <summary>"2025-2026" from 1 August 2025 up to 31 July 2026.</summary>
    public static string SchoolYear(DateOnly day)
    {
        var start = day.Month >= 8 ? day.Year : day.Year - 1;
        return $"{start}-{start + 1}";
    }
}
