using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.InUse;

/// <summary>Changes one entry of the board's in-use list, or archives and restores it.</summary>
[Authorize(Policy = Capabilities.ManageItemsInUse)]
public sealed class EditModel(RegieDbContext db, SchoolDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty] public UseInput Input { get; set; } = new();
    public ItemUse Use { get; private set; } = null!;
    public string ItemTitle { get; private set; } = "";
    public IReadOnlyList<SchoolListItem> Schools { get; private set; } = [];
    public UseInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = UseInput.From(Use);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Use.Version != Input.Version) return Conflict(Use);
        await Input.ValidateAsync(ModelState, db, Use.ItemId, id, Schools, ct);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(Use, Schools);
        if (!await db.SaveIfUnchangedAsync(Use, Input.Version, ct))
            return Conflict(await db.ItemUses.AsNoTracking().Include(u => u.Schools).SingleAsync(u => u.Id == id, ct));
        TempData["Status"] = $"De wijzigingen aan {ItemTitle} zijn opgeslagen.";
        return RedirectToPage("Index");
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, u => u.Archive(clock.GetUtcNow()), "is gearchiveerd; u vindt het terug onder 'Gearchiveerd'.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, u => u.Restore(), "staat weer in de lijst.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<ItemUse> change, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Use.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft deze regel intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(Use);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{ItemTitle} {done}";
        return RedirectToPage("Index", new { status = Use.IsArchived ? "gearchiveerd" : null });
    }

    /// <summary>Someone saved first: keep the user's input, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(ItemUse stored)
    {
        Current = UseInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze regel"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // The tenant filter makes another board's entry simply not found.
        if (await db.ItemUses.Include(u => u.Schools).SingleOrDefaultAsync(u => u.Id == id, ct) is not { } use) return false;
        Use = use;
        ItemTitle = await db.CatalogItems.AsNoTracking().Where(i => i.Id == use.ItemId).Select(i => i.Title).SingleAsync(ct);
        Schools = (await directory.ForCurrentBoardAsync(db, ct)).Find(new() { Sort = "naam" }).ToList();
        return true;
    }
}
