using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Market.InUse;

/// <summary>One entry of the in-use list as pages and exports show it.</summary>
public sealed record UseRow(
    Guid Id, Guid ItemId, string Title, string Supplier, BuildingBlocks Block, IReadOnlyList<Guid> SchoolIds, string Schools,
    DateOnly? Since, string? Note, DateTimeOffset? ArchivedAt);

/// <summary>What one school uses for one building block: nothing is a gap, two or more an overlap.</summary>
public sealed record MatrixCell(string School, BuildingBlocks Block, IReadOnlyList<string> Titles)
{
    public bool IsGap => Titles.Count == 0;
    public bool IsOverlap => Titles.Count >= 2;
}

public sealed record MatrixRow(SchoolListItem School, IReadOnlyList<MatrixCell> Cells);

/// <summary>The board's in-use list with its school × building block matrix, overlaps and gaps.</summary>
public sealed class InUseOverview
{
    public static readonly IReadOnlyList<BuildingBlocks> Blocks = [.. Enum.GetValues<BuildingBlocks>().Where(b => b != BuildingBlocks.None)];

    public required IReadOnlyList<UseRow> Rows { get; init; }
    public required IReadOnlyList<MatrixRow> Matrix { get; init; }

    public IEnumerable<MatrixCell> Overlaps => Matrix.SelectMany(r => r.Cells).Where(c => c.IsOverlap);

    /// <summary>Per school, the building blocks nothing covers.</summary>
    public IEnumerable<(string School, IReadOnlyList<BuildingBlocks> Blocks)> Gaps =>
        Matrix.Select(r => (r.School.Name, (IReadOnlyList<BuildingBlocks>)r.Cells.Where(c => c.IsGap).Select(c => c.Block).ToList())).Where(g => g.Item2.Count > 0);

    public static string BlockLabel(BuildingBlocks block) => Enums.Label(block);

    /// <summary>Loads the current board's list (the tenant filter scopes it) and its matrix over the board's active schools.</summary>
    public static async Task<InUseOverview> ForCurrentBoardAsync(RegieDbContext db, SchoolListing schools, bool archived, CancellationToken ct)
    {
        var uses = await db.ItemUses.AsNoTracking().Include(u => u.Schools)
            .Where(u => archived ? u.ArchivedAt != null : u.ArchivedAt == null).ToListAsync(ct);
        var itemIds = uses.Select(u => u.ItemId).Distinct().ToList();
        // Items are public reference data; the board's own list says which ones it needs.
        var items = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.SupplierName }).ToDictionaryAsync(i => i.Id, ct);
        var active = schools.Find(new() { Sort = "naam" }).ToList();
        var names = schools.Find(new() { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
        var rows = uses.Select(u =>
        {
            var ids = u.Schools.Select(s => s.SchoolId).ToList();
            var all = active.Count > 0 && active.All(s => ids.Contains(s.Id));
            var label = all ? "alle scholen" : string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, "")).Where(n => n.Length > 0).Order(StringComparer.CurrentCulture));
            var item = items.GetValueOrDefault(u.ItemId);
            return new UseRow(u.Id, u.ItemId, item?.Title ?? "", item?.SupplierName ?? "", u.Block, ids, label, u.Since, u.Note, u.ArchivedAt);
        }).OrderBy(r => r.Block).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();

        var matrix = active.Select(s => new MatrixRow(s, Blocks.Select(b => new MatrixCell(s.Name, b,
            archived ? [] : rows.Where(r => r.Block == b && r.SchoolIds.Contains(s.Id)).Select(r => r.Title).ToList())).ToList())).ToList();
        return new InUseOverview { Rows = rows, Matrix = archived ? [] : matrix };
    }
}
