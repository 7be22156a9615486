using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Tenders;

public sealed record OwnDocument(Guid Id, Envelope Envelope, string FileName, long Size, DateTimeOffset UploadedAt);

/// <summary>
/// The supplier's offer on one project: answers per requirement, documents and the price sheet, sealed on every save.
/// Editable until the deadline while not submitted; withdrawn offers can be changed and submitted again.
/// </summary>
[Authorize(Policy = Capabilities.RespondToTenders)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)] // a pasted 5 MB text gets a message, not a form-reading error
public sealed class OfferModel(RegieDbContext db, TenantContext tenant, OfferEnvelopes envelopes, TimeProvider clock) : PageModel
{
    [BindProperty] public OfferInput Input { get; set; } = new();
    public ProcurementProject Project { get; private set; } = null!;
    public string SupplierName { get; private set; } = "";
    public IReadOnlyList<Requirement> Requirements { get; private set; } = [];
    public Offer? Offer { get; private set; }
    public IReadOnlyList<OwnDocument> Documents { get; private set; } = [];
    public int ClarificationNotes { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public bool CanEdit => Offer?.CanEdit(Project, Now) ?? Project.AcceptsOffers(Now);
    public bool DeadlinePassed => Project.OfferDeadlinePassed(Now);
    public OfferQuality Quality { get; private set; } = new([], null);
    public PriceSheet Price { get; private set; } = new([], null);

    private Guid SupplierId => tenant.OrganizationId ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = OfferInput.From(Requirements, Quality, Price, Offer?.Version ?? 0).WithBlankLines();
        return Page();
    }

    /// <summary>The running totals of the price sheet as typed, for htmx; the full page shows them after saving.</summary>
    public async Task<IActionResult> OnGetTotalsAsync(Guid id, CancellationToken ct)
    {
        if (await SupplierAccess.InvitationAsync(db, id, SupplierId, ct) is not { } access) return NotFound();
        await TryUpdateModelAsync(Input, nameof(Input));
        ModelState.Clear();
        var sheet = Input.ToPriceSheet(ModelState);
        return Partial("_OfferTotals", (ModelState.IsValid ? sheet : null, access.Project.TcoYears));
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => SaveAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => SaveAsync(id, submit: true, ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Offer is null || !Offer.CanWithdraw(Project, Now)) return Refuse(DeadlinePassed ? "De termijn is verstreken: intrekken kan niet meer." : "Er is geen ingediende inschrijving om in te trekken.");
        Offer.Withdraw(Project, Now);
        if (!await db.SaveIfUnchangedAsync(Offer, version, ct)) return await ConflictAsync(id, ct);
        TempData["Status"] = "Uw inschrijving is ingetrokken. U kunt haar tot de deadline aanpassen en opnieuw indienen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, Envelope envelope, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return Refuse(EditRefusal());
        if (!Enum.IsDefined(envelope)) envelope = Envelope.Quality;
        var problem = OfferFiles.Problem(file?.FileName, file?.Length ?? 0, out var contentType);
        if (problem is null && Documents.Count >= OfferFiles.MaxDocuments)
            problem = $"Een inschrijving kan hoogstens {OfferFiles.MaxDocuments} documenten bevatten. Verwijder eerst een document.";
        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
            Input = OfferInput.From(Requirements, Quality, Price, Offer?.Version ?? 0).WithBlankLines();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var isNew = Offer is null;
        var offer = Offer ?? SupplierOffers.AddDraft(db, Project, SupplierId, SupplierName);
        var document = envelopes.SealDocument(offer, envelope, new OfferFile(Path.GetFileName(file.FileName), contentType, buffer.ToArray()), Now);
        db.OfferDocuments.Add(document);
        if (!await TrySaveNewAsync(isNew, ct)) return await ConflictAsync(id, ct);
        TempData["Status"] = $"{Path.GetFileName(file.FileName)} is toegevoegd aan de envelop {Enums.Label(envelope).ToLowerInvariant()}.";
        return RedirectToPage(null, null, new { id }, "documenten");
    }

    public async Task<IActionResult> OnPostRemoveDocumentAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Offer?.Documents.FirstOrDefault(d => d.Id == documentId) is not { } document) return NotFound();
        if (!CanEdit) return Refuse(EditRefusal());
        var name = Documents.Single(d => d.Id == documentId).FileName;
        db.OfferDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{name} is verwijderd.";
        return RedirectToPage(null, null, new { id }, "documenten");
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        if (await SupplierAccess.InvitationAsync(db, id, SupplierId, ct) is not { } access) return NotFound();
        if (await SupplierOffers.OwnAsync(db, access.Project, SupplierId, ct) is not { } offer) return NotFound();
        var document = await db.OfferDocuments.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.OfferId == offer.Id && d.BoardId == offer.BoardId, ct);
        if (document is null) return NotFound();
        var file = envelopes.OpenOwnDocument(offer, document, SupplierId);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> SaveAsync(Guid id, bool submit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return Refuse(EditRefusal());

        var quality = Input.ToQuality(Requirements, ModelState);
        var price = Input.ToPriceSheet(ModelState);
        if (submit && ModelState.IsValid)
            foreach (var problem in OfferChecks.SubmissionProblems(Requirements, quality, price)) ModelState.AddModelError("", problem);
        if (!ModelState.IsValid)
        {
            Input.WithBlankLines();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var isNew = Offer is null;
        var offer = Offer ?? SupplierOffers.AddDraft(db, Project, SupplierId, SupplierName);
        envelopes.SealQuality(offer, quality);
        envelopes.SealPrice(offer, price);
        if (submit) envelopes.Submit(Project, offer, Now);
        var saved = isNew ? await TrySaveNewAsync(true, ct) : await db.SaveIfUnchangedAsync(offer, Input.Version, ct);
        if (!saved) return await ConflictAsync(id, ct);
        TempData["Status"] = submit
            ? $"Uw inschrijving is ingediend op {offer.SubmittedAt!.Value.ToDutchDateTime()} (revisie {offer.Revision}). De ontvangstbevestiging staat hieronder."
            : "Uw concept is verzegeld opgeslagen. Het is nog niet ingediend.";
        return RedirectToPage(new { id });
    }

    /// <summary>A second tab may have created the draft first; the unique offer per supplier then refuses this one.</summary>
    private async Task<bool> TrySaveNewAsync(bool isNew, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException) when (isNew)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<IActionResult> ConflictAsync(Guid id, CancellationToken ct)
    {
        var typed = Input;
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = typed.WithBlankLines();
        Input.Version = Offer?.Version ?? 0;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("uw inschrijving"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private string EditRefusal() =>
        DeadlinePassed ? "De termijn is verstreken: uw inschrijving kan niet meer worden gewijzigd."
        : !Project.IsOpen ? "Dit inkooptraject staat niet meer open voor inschrijvingen."
        : "Uw inschrijving is ingediend. Trek haar eerst in om haar te wijzigen.";

    private RedirectToPageResult Refuse(string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id = Project.Id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await SupplierAccess.InvitationAsync(db, id, SupplierId, ct) is not { } access) return false;
        Now = clock.GetUtcNow();
        Project = access.Project;
        SupplierName = access.Invitation.SupplierName;
        Requirements = await SupplierOffers.RequirementsAsync(db, Project, ct);
        Offer = await SupplierOffers.OwnAsync(db, Project, SupplierId, ct, withDocuments: true);
        if (Offer is not null)
        {
            Quality = envelopes.OpenOwnQuality(Offer, SupplierId);
            Price = envelopes.OpenOwnPrice(Offer, SupplierId);
            Documents = Offer.Documents.Select(d => (d, File: envelopes.OpenOwnDocument(Offer, d, SupplierId)))
                .Select(x => new OwnDocument(x.d.Id, x.d.Envelope, x.File.FileName, x.d.Size, x.d.UploadedAt)).ToList();
        }
        ClarificationNotes = await db.ClarificationNotes.IgnoreQueryFilters()
            .CountAsync(n => n.ProjectId == Project.Id && n.BoardId == Project.BoardId, ct);
        return true;
    }
}
