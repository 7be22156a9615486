using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.InUse;

/// <summary>The board's in-use list, grouped by building block, with where items overlap and where nothing is in use.</summary>
[Authorize(Policy = Capabilities.ViewItemsInUse)]
public sealed class IndexModel(RegieDbContext db, SchoolDirectory directory, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public bool Archived => State.Status == "gearchiveerd";
    public InUseOverview Overview { get; private set; } = null!;
    public bool CanManage { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<UseRow>> ListColumns =
    [
        new("Bouwsteen", r => r.Block),
        new("Product", r => r.Title),
        new("Leverancier", r => r.Supplier),
        new("Scholen", r => r.Schools),
        new("In gebruik sinds", r => r.Since, ExportKind.Date),
        new("Toelichting", r => r.Note),
        new("Gearchiveerd op", r => r.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageItemsInUse)).Succeeded;
        Overview = await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var overview = await LoadAsync(ct);
        return ExportFile.Create(overview.Rows, ListColumns, exportFormat, Archived ? "in-gebruik-gearchiveerd" : "in-gebruik", clock.GetUtcNow());
    }

    /// <summary>The matrix as a sheet: a row per school, a column per building block, with "gat" and "overlap" in words.</summary>
    public async Task<IActionResult> OnGetExportMatrixAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        State.Status = null;
        var overview = await LoadAsync(ct);
        var columns = new List<ExportColumn<MatrixRow>> { new("School", r => r.School.Name) };
        columns.AddRange(InUseOverview.Blocks.Select((b, i) => new ExportColumn<MatrixRow>(InUseOverview.BlockLabel(b), r => CellText(r.Cells[i]))));
        return ExportFile.Create(overview.Matrix, columns, exportFormat, "in-gebruik-per-school", clock.GetUtcNow());
    }

    public static string CellText(MatrixCell cell) =>
        cell.IsGap ? "gat" : (cell.IsOverlap ? "overlap: " : "") + string.Join(", ", cell.Titles);

    private async Task<InUseOverview> LoadAsync(CancellationToken ct) =>
        await InUseOverview.ForCurrentBoardAsync(db, await directory.ForCurrentBoardAsync(db, ct), Archived, ct);
}
