using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Portal;

[Authorize(Policy = Capabilities.ManageCatalog)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)] // a pasted 5 MB text gets a message, not a form-reading error
public sealed class CreateModel(RegieDbContext db, TenantContext tenant) : PageModel, IItemForm
{
    [BindProperty] public CatalogItemInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(ModelState, db, tenant, null, ct);
        if (!ModelState.IsValid) return Page();
        var supplierId = tenant.OrganizationId!.Value;
        var item = new CatalogItem
        {
            SupplierId = supplierId,
            SupplierName = await db.Suppliers.Where(s => s.Id == supplierId).Select(s => s.Name).SingleAsync(ct),
        };
        Input.ApplyTo(item);
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{item.Title} is als concept opgeslagen. Publiceer het als scholen het mogen zien.";
        return RedirectToPage("Details", new { id = item.Id });
    }
}
