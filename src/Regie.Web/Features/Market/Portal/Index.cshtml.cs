using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

[Authorize(Policy = Capabilities.ManageCatalog)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<PortalItemRow> Items { get; private set; } = null!;

    private static readonly IReadOnlyList<ExportColumn<PortalItemRow>> ExportColumns =
    [
        new("Titel", i => i.Title),
        new("Eigen code", i => i.SupplierReference),
        new("Soort", i => Enums.Label(i.Kind)),
        new("Status", i => Enums.Label(i.Status)),
        new("Prijsmodel", i => Enums.Label(i.PricingModel)),
        new("Prijs excl. btw", i => i.PriceExclVat, ExportKind.Number),
        new("Gepubliceerd op", i => i.PublishedAt, ExportKind.Date),
        new("Laatst gewijzigd", i => i.UpdatedAt, ExportKind.DateTime),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await PortalItems.Find(db.Own(tenant).AsNoTracking(), State).ToPagedAsync(State.PageNumber, ct);
        return Request.IsHtmx() ? Partial("_PortalItemRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = await PortalItems.Find(db.Own(tenant).AsNoTracking(), State).ToListAsync(ct);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "mijn-aanbod", clock.GetUtcNow());
    }
}
