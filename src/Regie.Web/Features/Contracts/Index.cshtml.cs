using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Contracts;

public sealed record ContractRow(Guid Id, string Title, string SupplierName, PurchaseCategory Category, ContractStatus Status,
    decimal TotalValue, decimal YearlyValue, DateOnly? StartDate, int? TermMonths, DateTimeOffset? ArchivedAt);

/// <summary>The board's contracts: the agreements its procurement projects led to, and later ones added by the contracts module.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ContractListState State { get; set; } = new();
    public Paged<ContractRow> Contracts { get; private set; } = null!;

    private static readonly IReadOnlyList<ExportColumn<ContractRow>> ExportColumns =
    [
        new("Naam", c => c.Title),
        new("Leverancier", c => c.SupplierName),
        new("Categorie", c => c.Category),
        new("Status", c => c.Status),
        new("Contractwaarde (excl. btw)", c => c.TotalValue, ExportKind.Number),
        new("Waarde per jaar (excl. btw)", c => c.YearlyValue, ExportKind.Number),
        new("Ingangsdatum", c => c.StartDate, ExportKind.Date),
        new("Looptijd (maanden)", c => c.TermMonths, ExportKind.Number),
        new("Gearchiveerd op", c => c.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Contracts = (await FindAsync(ct)).ToPaged(State.PageNumber);
        return Request.IsHtmx() ? Partial("_ContractRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await FindAsync(ct), ExportColumns, exportFormat, "contracten", clock.GetUtcNow());
    }

    private async Task<List<ContractRow>> FindAsync(CancellationToken ct)
    {
        var query = db.Contracts.AsNoTracking();
        query = State.Show switch
        {
            "gearchiveerd" => query.Where(c => c.ArchivedAt != null),
            "alle" => query,
            _ => query.Where(c => c.ArchivedAt == null),
        };
        if (State.Status is { } status) query = query.Where(c => c.Status == status);
        if (State.Category is { } category) query = query.Where(c => c.Category == category);
        if (State.Search is { } search)
        {
            var term = search.ToLower();
            query = query.Where(c => c.Title.ToLower().Contains(term) || c.SupplierName.ToLower().Contains(term));
        }
        var rows = await query.Select(c => new ContractRow(c.Id, c.Title, c.SupplierName, c.Category, c.Status, c.TotalValue, c.YearlyValue, c.StartDate, c.TermMonths, c.ArchivedAt))
            .ToListAsync(ct);
        // Sorted in memory: a board has few contracts, and SQLite cannot order by decimal amounts.
        IEnumerable<ContractRow> sorted = (State.Sort ?? "start") switch
        {
            "naam" => rows.OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase),
            "leverancier" => rows.OrderBy(c => c.SupplierName, StringComparer.CurrentCultureIgnoreCase),
            "waarde" => rows.OrderBy(c => c.TotalValue),
            _ => rows.OrderByDescending(c => c.StartDate).ThenBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase),
        };
        if (State.Desc) sorted = sorted.Reverse();
        return sorted.ToList();
    }
}
