using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Sharing.Agreements;

[Authorize(Policy = Capabilities.ManageDataSharing)]
public sealed class EditModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public AgreementInput Input { get; set; } = new();
    public AgreementForm Form { get; private set; } = null!;
    public ProcessingAgreement Agreement { get; private set; } = null!;
    public AgreementInput? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcessingAgreements.FindAsync([id], ct) is not { } agreement) return NotFound();
        Agreement = agreement;
        Input = AgreementInput.From(agreement);
        Form = await AgreementForm.LoadAsync(db, Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSupplierAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcessingAgreements.FindAsync([id], ct) is not { } agreement) return NotFound();
        Agreement = agreement;
        ModelState.Clear();
        Form = await AgreementForm.LoadAsync(db, Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcessingAgreements.FindAsync([id], ct) is not { } agreement) return NotFound();
        Agreement = agreement;
        if (agreement.Version != Input.Version) return await ConflictAsync(agreement, ct);
        await Input.ValidateAsync(ModelState, db, SharingCatalog.Today(clock), agreement.CatalogItemId, ct);
        if (!ModelState.IsValid)
        {
            Form = await AgreementForm.LoadAsync(db, Input, ct);
            return Page();
        }
        Input.ApplyTo(agreement);
        if (!await db.SaveIfUnchangedAsync(agreement, Input.Version, ct))
            return await ConflictAsync(await db.ProcessingAgreements.AsNoTracking().SingleAsync(a => a.Id == id, ct), ct);
        TempData["Status"] = "De wijzigingen aan de verwerkersovereenkomst zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private async Task<PageResult> ConflictAsync(ProcessingAgreement stored, CancellationToken ct)
    {
        Agreement = stored;
        Current = AgreementInput.From(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze verwerkersovereenkomst"));
        Input.Version = stored.Version;
        Form = await AgreementForm.LoadAsync(db, Input, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
