using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Search;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market;

[Authorize(Policy = Capabilities.BrowseMarket)]
public sealed class CompareModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxPupils = 1_000_000;
    public const int MaxYears = 10;

    [BindProperty(SupportsGet = true)] public List<Guid> Ids { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Pupils { get; set; }
    [BindProperty(SupportsGet = true)] public string? Years { get; set; }
    [BindProperty(SupportsGet = true)] public bool OnlyDifferences { get; set; }

    public IReadOnlyList<CatalogItem> Items { get; private set; } = [];
    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];
    public string? Refusal { get; private set; }
    public int PupilCount { get; private set; } = 100;
    public int YearCount { get; private set; } = 3;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await CompareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!await CompareAsync(ct)) return RedirectToPage(new { Ids });
        var columns = new List<ExportColumn<ComparisonRow>> { new("Onderdeel", r => r.Section), new("Kenmerk", r => r.Label) };
        columns.AddRange(Items.Select((item, i) => new ExportColumn<ComparisonRow>(item.Title, r => r.Values[i])));
        columns.Add(new("Verschilt", r => r.Differs));
        return new ExportWorkbook().Sheet("Vergelijking", Rows, columns).File("vergelijking", clock.GetUtcNow());
    }

    /// <summary>The URL of this comparison with other items, or other numbers; null keeps the current value.</summary>
    public string Href(IEnumerable<Guid>? ids = null, bool? onlyDifferences = null, string? handler = null) =>
        ListState.WithQuery(Url.Page("/Market/Compare")!, (ids ?? Items.Select(i => i.Id)).Select(id => new KeyValuePair<string, string?>("ids", id.ToString()))
            .Append(new("pupils", PupilCount.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("years", YearCount.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("onlyDifferences", (onlyDifferences ?? OnlyDifferences) ? "true" : null))
            .Append(new("handler", handler)));

    private async Task<bool> CompareAsync(CancellationToken ct)
    {
        ReadNumbers();
        var ids = Ids.Distinct().ToList();
        if (ids.Count < ItemComparison.Min)
            return Refuse("Kies ten minste twee items om te vergelijken. Vink ze aan in de zoekresultaten.");
        if (ids.Count > ItemComparison.Max)
            return Refuse($"U kunt ten hoogste {ItemComparison.Max} items tegelijk vergelijken; u koos er {ids.Count}. Vink er minder aan.");

        // Only published items: a supplier's concepts and archived items are nobody else's business.
        var found = await db.CatalogItems.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && i.Status == ItemStatus.Published)
            .ToDictionaryAsync(i => i.Id, ct);
        if (found.Count < ids.Count)
            return Refuse("Een of meer van de gekozen items staan niet (meer) in de catalogus. Kies opnieuw in de zoekresultaten.");

        Items = ids.Select(id => found[id]).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);
        Rows = ItemComparison.Rows(Items, PupilCount, YearCount, today);
        return true;
    }

    private void ReadNumbers()
    {
        PupilCount = Number(Pupils, nameof(Pupils), "Aantal leerlingen", MaxPupils, PupilCount);
        YearCount = Number(Years, nameof(Years), "Aantal jaren", MaxYears, YearCount);
    }

    /// <summary>A whole number from 1 to max; anything else gives a message naming the field and keeps the default.</summary>
    private int Number(string? text, string key, string label, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
            return value;
        ModelState.AddModelError(key, $"Vul bij {label} een heel getal in van 1 tot en met {max.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}.");
        return fallback;
    }

    private bool Refuse(string message)
    {
        Refusal = message;
        return false;
    }
}
