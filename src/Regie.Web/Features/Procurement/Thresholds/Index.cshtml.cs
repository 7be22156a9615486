using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Thresholds;

/// <summary>The platform's table of European thresholds: every period, and a form for the next one.</summary>
[Authorize(Policy = Capabilities.ManageTenderThresholds)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TenderThreshold> Table { get; private set; } = [];
    [BindProperty] public PeriodInput Period { get; set; } = new();

    private static readonly IReadOnlyList<ExportColumn<TenderThreshold>> ExportColumns =
    [
        new("Periode vanaf", t => t.PeriodStartYear, ExportKind.Number),
        new("Periode", t => $"{t.PeriodStartYear}–{t.PeriodStartYear + 1}"),
        new("Soort opdracht", t => Regie.Web.Infrastructure.Enums.Label(t.Kind)),
        new("Drempelbedrag", t => t.Amount, ExportKind.Number),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Period = new PeriodInput { StartYear = NewestYear + 2 };
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        await LoadAsync(ct);
        return ExportFile.Create(Table, ExportColumns, exportFormat, "drempelbedragen", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAddPeriodAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Period.Read(NewestYear, ModelState) is not { } rows) return Page();
        foreach (var row in rows) row.ChangedByOrganizationId = tenant.OrganizationId!.Value;
        db.TenderThresholds.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone added the same period a moment earlier; the unique index refused the second.
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            ModelState.AddModelError("Period.StartYear", $"Periode vanaf: de periode {Period.StartYear}–{Period.StartYear + 1} is zojuist al toegevoegd.");
            return Page();
        }
        TempData["Status"] = $"De drempelbedragen voor {Period.StartYear}–{Period.StartYear + 1} zijn toegevoegd.";
        return RedirectToPage();
    }

    public int NewestYear => Table.Count == 0 ? ThresholdTable.PeriodStartYear(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) - 2 : Table.Max(t => t.PeriodStartYear);

    private async Task LoadAsync(CancellationToken ct) => Table = await ThresholdList.AllAsync(db, ct);
}

public static class ThresholdList
{
    /// <summary>The whole table, newest period first, kinds in their fixed order.</summary>
    public static async Task<IReadOnlyList<TenderThreshold>> AllAsync(RegieDbContext db, CancellationToken ct) =>
        (await db.TenderThresholds.AsNoTracking().ToListAsync(ct))
            .OrderByDescending(t => t.PeriodStartYear).ThenBy(t => t.Kind).ToList();
}
