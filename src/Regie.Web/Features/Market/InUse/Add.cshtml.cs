using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.InUse;

public sealed record ItemChoice(Guid Id, string Title, string Supplier, BuildingBlocks Blocks);

/// <summary>Adds a published catalogue item to the board's list: find it (htmx suggestions, or a plain search), then say where it is used.</summary>
[Authorize(Policy = Capabilities.ManageItemsInUse)]
public sealed class AddModel(RegieDbContext db, TenantContext tenant, SchoolDirectory directory) : PageModel
{
    private const int SuggestionCount = 10;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ItemId { get; set; }
    [BindProperty] public UseInput Input { get; set; } = new();
    public IReadOnlyList<ItemChoice> Suggestions { get; private set; } = [];
    public ItemChoice? Item { get; private set; }
    public IReadOnlyList<SchoolListItem> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ItemId is { } id)
        {
            if (await FindItemAsync(id, ct) is not { } item) return NotFound();
            Item = item;
            Input.Block = UseInput.FirstBlockOf(item.Blocks);
            Schools = await ActiveSchoolsAsync(ct);
        }
        else Suggestions = await SuggestAsync(ct);
        return Page();
    }

    /// <summary>The suggestions under the search field while the user types.</summary>
    public async Task<IActionResult> OnGetSuggestionsAsync(CancellationToken ct)
    {
        Suggestions = await SuggestAsync(ct);
        return Partial("_ItemSuggestions", this);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ItemId is not { } id || await FindItemAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        Schools = await ActiveSchoolsAsync(ct);
        await Input.ValidateAsync(ModelState, db, id, null, Schools, ct);
        if (!ModelState.IsValid) return Page();

        var use = new ItemUse { BoardId = tenant.OrganizationId!.Value, ItemId = id };
        Input.ApplyTo(use, Schools);
        db.ItemUses.Add(use);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            TempData["Status"] = $"{item.Title} stond al in de lijst voor deze bouwsteen.";
            return RedirectToPage("Index");
        }
        TempData["Status"] = $"{item.Title} staat nu in de lijst.";
        return RedirectToPage("Index");
    }

    private Task<ItemChoice?> FindItemAsync(Guid id, CancellationToken ct) =>
        db.CatalogItems.AsNoTracking().Where(i => i.Id == id && i.Status == ItemStatus.Published)
            .Select(i => new ItemChoice(i.Id, i.Title, i.SupplierName, i.BuildingBlocks)).SingleOrDefaultAsync(ct);

    private async Task<IReadOnlyList<ItemChoice>> SuggestAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q)) return [];
        var pattern = SearchTerms.Contains(Q);
        return await db.CatalogItems.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Published && (EF.Functions.Like(i.SearchText, pattern) || EF.Functions.Like(i.SupplierName.ToLower(), pattern)))
            .OrderBy(i => i.Title).Take(SuggestionCount)
            .Select(i => new ItemChoice(i.Id, i.Title, i.SupplierName, i.BuildingBlocks)).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<SchoolListItem>> ActiveSchoolsAsync(CancellationToken ct) =>
        (await directory.ForCurrentBoardAsync(db, ct)).Find(new() { Sort = "naam" }).ToList();
}
