using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Features.Market.Search;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market;

[Authorize(Policy = Capabilities.BrowseMarket)]
public sealed class IndexModel(MarketSearch search, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public CatalogQuery Query { get; set; } = new();
    public CatalogSearchResult Result { get; private set; } = null!;
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);

    private static readonly IReadOnlyList<ExportColumn<CatalogCard>> ExportColumns =
    [
        new("Titel", c => c.Title),
        new("Leverancier", c => c.SupplierName),
        new("Soort", c => c.Kind),
        new("Sectoren", c => CatalogFormat.Flags(c.Sectors)),
        new("Prijsmodel", c => c.PricingModel),
        new("Prijs excl. btw", c => c.PriceExclVat, ExportKind.Number),
        new("Btw-tarief (%)", c => c.VatRate, ExportKind.Number),
        new("Gemiddelde waardering", c => c.RatingCount == 0 ? null : c.RatingAverage, ExportKind.Number),
        new("Aantal beoordelingen", c => c.RatingCount, ExportKind.Number),
        new("Erkenning", c => c.RecognitionLevel),
        new("Erkend tot", c => c.RecognizedUntil),
        new("Samenvatting", c => c.Summary),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Result = await search.SearchAsync(Query, ct);
        return Request.IsHtmx() ? Partial("_SearchResults", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await search.ExportAsync(Query, ct), ExportColumns, exportFormat, "catalogus", clock.GetUtcNow());
    }
}
