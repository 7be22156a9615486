using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Mail;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>
/// The evaluation of a project's offers: start it, follow each offer's assessment, fix the quality scores, and then see
/// the ranking on price and quality and the total cost per offer.
/// </summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed partial class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock, OfferEnvelopes envelopes,
    IAuthorizationService authorization, MailSender mail) : PageModel
{
    public EvaluationOverview Overview { get; private set; } = null!;
    public EvaluationResults? Results { get; private set; }
    public bool CanManage { get; private set; }
    public Guid Me => tenant.UserId ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await ShowAsync(id, ct)) return NotFound();
        if (Results is null) return NotFound();
        var costs = Results.Costs.ToDictionary(c => c.OfferId);
        return ExportFile.Create(Results.Ranking, ExportColumns(costs, Overview.Project.TcoYears), exportFormat,
            $"beoordeling-{Overview.Project.Reference}", clock.GetUtcNow());
    }

    private static IReadOnlyList<ExportColumn<RankedOffer>> ExportColumns(Dictionary<Guid, OfferCost> costs, int years) =>
    [
        new("Rang", r => r.Rank, ExportKind.Number),
        new("Inschrijver", r => r.SupplierName),
        new("Kwaliteit (%)", r => r.QualityPercentage, ExportKind.Number),
        new("Eenmalige kosten", r => costs[r.OfferId].OneOff, ExportKind.Number),
        new("Kosten per jaar", r => costs[r.OfferId].Yearly, ExportKind.Number),
        new($"Totale kosten over {years} jaar", r => r.Price, ExportKind.Number),
        new("Prijsscore", r => r.PriceScore, ExportKind.Number),
        new("Punten kwaliteit", r => r.QualityPart, ExportKind.Number),
        new("Punten prijs", r => r.PricePart, ExportKind.Number),
        new("Eindscore", r => r.Total, ExportKind.Number),
    ];

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await EvaluationOverview.LoadAsync(db, id, Me, ct) is not { } overview) return false;
        Overview = overview;
        Results = await EvaluationResults.LoadAsync(db, envelopes, overview.Project, clock.GetUtcNow(), ct);
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        return true;
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string message, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", message);
        Response.StatusCode = status;
        return await ShowAsync(id, ct) ? Page() : NotFound();
    }
}
