using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty] public AgreementInput Input { get; set; } = new();
    public AgreementForm Form { get; private set; } = null!;

    /// <summary>A blocked sharing rule links here with its supplier and product filled in.</summary>
    public async Task OnGetAsync(Guid? supplier, Guid? product, CancellationToken ct)
    {
        Input.SupplierId = supplier;
        Input.CatalogItemId = product;
        Form = await AgreementForm.LoadAsync(db, Input, ct);
    }

    /// <summary>The product field for the supplier just chosen (htmx).</summary>
    public async Task<IActionResult> OnGetProductsAsync([FromQuery(Name = "Input.SupplierId")] Guid? supplierId, CancellationToken ct) =>
        Partial("_ProductField", ((IReadOnlyList<Choice>)await SharingCatalog.PublishedProductsAsync(db, supplierId, ct), (Guid?)null, supplierId is not null));

    /// <summary>Without JavaScript: show the chosen supplier's products, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostSupplierAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Form = await AgreementForm.LoadAsync(db, Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(ModelState, db, SharingCatalog.Today(clock), null, ct);
        if (!ModelState.IsValid)
        {
            Form = await AgreementForm.LoadAsync(db, Input, ct);
            return Page();
        }
        var agreement = new ProcessingAgreement { BoardId = tenant.OrganizationId!.Value };
        Input.ApplyTo(agreement);
        db.ProcessingAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "De verwerkersovereenkomst is vastgelegd.";
        return RedirectToPage("Details", new { id = agreement.Id });
    }
}
