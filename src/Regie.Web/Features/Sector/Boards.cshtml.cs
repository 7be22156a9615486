using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Sector;

/// <summary>A sector-wide view for policy advisers: which boards use Regie and how many schools and pupils they cover.</summary>
[Authorize(Policy = Capabilities.ViewSectorOverview)]
public sealed class BoardsModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public IReadOnlyList<BoardRow> Boards { get; private set; } = [];

    public sealed record BoardRow(string Name, string BoardNumber, string Sector, string? City, int Schools, int Pupils);

    private static readonly IReadOnlyList<ExportColumn<BoardRow>> ExportColumns =
    [
        new("Bestuur", b => b.Name),
        new("Bevoegd-gezagnummer", b => b.BoardNumber),
        new("Sector", b => b.Sector),
        new("Plaats", b => b.City),
        new("Scholen", b => b.Schools, ExportKind.Number),
        new("Leerlingen", b => b.Pupils, ExportKind.Number),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Boards = await QueryAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await QueryAsync(ct), ExportColumns, exportFormat, "besturen", clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<BoardRow>> QueryAsync(CancellationToken ct)
    {
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        // Board names, numbers and school counts are public (DUO open data); nothing board-internal is read here.
        var totals = await SchoolTotals.PerBoardAsync(db, null, ct);
        var rows = boards.Select(b => (Board: b, Total: totals.GetValueOrDefault(b.Id, SchoolTotal.None)))
            .Select(x => new BoardRow(x.Board.Name, x.Board.BoardNumber, Enums.Label(x.Board.Sector), x.Board.City, x.Total.Schools, x.Total.Pupils));
        if (State.Search is { } q)
            rows = rows.Where(r => r.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || r.BoardNumber.Contains(q, StringComparison.Ordinal)
                                   || (r.City?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false));
        return rows.ToList();
    }
}
