using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Items;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Verification;

public sealed record VerificationRow(Guid Id, string Title, string SupplierName, DateTimeOffset? PublishedAt, IReadOnlyList<ComplianceFact> Unverified);

/// <summary>Published items that state facts the platform has not checked, longest waiting first.</summary>
public static class VerificationQueue
{
    public static async Task<List<VerificationRow>> FindAsync(RegieDbContext db, ListState state, CancellationToken ct)
    {
        var items = db.CatalogItems.AsNoTracking().Where(i => i.Status == ItemStatus.Published);
        if (state.Search is { } q)
        {
            var pattern = SearchTerms.Contains(q);
            items = items.Where(i => EF.Functions.Like(i.SearchText, pattern));
        }
        // The facts live in one JSON column, so which ones are unverified is worked out here rather than in SQL.
        var rows = await items.Select(i => new { i.Id, i.Title, i.SupplierName, i.PublishedAt, i.Compliance }).ToListAsync(ct);
        return rows
            .Select(r => new VerificationRow(r.Id, r.Title, r.SupplierName, r.PublishedAt, ComplianceView.Unverified(r.Compliance)))
            .Where(r => r.Unverified.Count > 0)
            .OrderBy(r => r.PublishedAt).ThenBy(r => r.Id)
            .ToList();
    }
}
