using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Market.Reviews;

/// <summary>
/// "Geverifieerd gebruik": the reviewer's board has the item on its in-use list now. In-use lists are board-owned,
/// so this looks past the tenant filter on purpose, and only at the boards of the reviews being shown.
/// </summary>
public static class VerifiedUse
{
    public static async Task<HashSet<Guid>> BoardsUsingAsync(RegieDbContext db, Guid itemId, IEnumerable<Guid> reviewBoardIds, CancellationToken ct)
    {
        var boards = reviewBoardIds.Distinct().ToList();
        if (boards.Count == 0) return [];
        var found = await db.ItemUses.IgnoreQueryFilters()
            .Where(u => u.ItemId == itemId && u.ArchivedAt == null && boards.Contains(u.BoardId))
            .Select(u => u.BoardId)
            .Distinct()
            .ToListAsync(ct);
        return [.. found];
    }

    public static Task<bool> IsVerifiedAsync(RegieDbContext db, Review review, CancellationToken ct) =>
        db.ItemUses.IgnoreQueryFilters().AnyAsync(u => u.BoardId == review.BoardId && u.ItemId == review.ItemId && u.ArchivedAt == null, ct);
}
