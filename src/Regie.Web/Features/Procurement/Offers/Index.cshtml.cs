using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Offers;

/// <summary>
/// The board's offers tab: a count until the deadline, then opening the quality envelopes, the knock-out check and
/// exclusion, and the price sheets once quality scoring is final.
/// </summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class IndexModel(RegieDbContext db, OfferEnvelopes envelopes, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public OfferOverview Overview { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public ProcurementProject Project => Overview.Project;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        return ExportFile.Create(Overview.Offers, OfferExport.Columns(Overview), exportFormat, $"inschrijvingen-{Project.Reference}", Now);
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var opened = Overview.Offers.FirstOrDefault(o => o.Documents.Any(d => d.Id == documentId));
        if (opened is null) return NotFound();
        var document = opened.Offer.Documents.Single(d => d.Id == documentId);
        var file = envelopes.OpenDocument(Project, opened.Offer, document, Now);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, int version, CancellationToken ct)
    {
        if (await db.ProcurementProjects.SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return NotFound();
        if (!await CanManageAsync()) return Forbid();
        var now = clock.GetUtcNow();
        var offers = await db.Offers.Where(o => o.ProjectId == id).ToListAsync(ct);
        try
        {
            project.OpenOffers(offers, now);
        }
        catch (EnvelopeClosedException refused)
        {
            TempData["Status"] = refused.Message;
            return RedirectToPage(new { id });
        }
        if (!await db.SaveIfUnchangedAsync(project, version, ct)) return await ConflictAsync(id, ct);
        var count = offers.Count(o => o.QualityOpenedAt == now);
        TempData["Status"] = count == 1 ? "De inschrijvingen zijn geopend: 1 ingediende inschrijving." : $"De inschrijvingen zijn geopend: {count} ingediende inschrijvingen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostExcludeAsync(Guid id, Guid offerId, int version, string? reason, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return NotFound();
        if (await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId && o.ProjectId == id, ct) is not { } offer) return NotFound();
        if (!await CanManageAsync()) return Forbid();
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > Offer.ReasonMax)
        {
            await LoadAsync(id, ct);
            ModelState.AddModelError($"reason-{offerId}", string.IsNullOrEmpty(reason)
                ? $"Vul de reden van uitsluiting van {offer.SupplierName} in."
                : $"De reden van uitsluiting is te lang: maximaal {Offer.ReasonMax} tekens.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        try
        {
            offer.Exclude(project, reason);
        }
        catch (EnvelopeClosedException refused)
        {
            TempData["Status"] = refused.Message;
            return RedirectToPage(new { id });
        }
        if (!await db.SaveIfUnchangedAsync(offer, version, ct)) return await ConflictAsync(id, ct);
        TempData["Status"] = $"De inschrijving van {offer.SupplierName} is uitgesloten.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ConflictAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.AddModelError("", ConcurrencyMessage.For("de inschrijvingen"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return false;
        Now = clock.GetUtcNow();
        Overview = await OfferOverview.LoadAsync(db, envelopes, project, Now, ct);
        CanManage = await CanManageAsync();
        return true;
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
}
