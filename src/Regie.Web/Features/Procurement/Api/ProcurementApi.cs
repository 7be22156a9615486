using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Procurement.Tenders;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Api;

/// <summary>
/// The supplier's tenders under /api/v1: its own invitations, what it may read of the invited projects, and its own
/// offer. Everything goes through <see cref="SupplierAccess"/>: another supplier's invitation simply does not exist here.
/// </summary>
public static class ProcurementApi
{
    public static RouteGroupBuilder MapProcurementApi(this RouteGroupBuilder api)
    {
        var tenders = api.MapGroup("/procurement").WithTags("Aanbestedingen").RequireAuthorization(ApiPolicies.TendersRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);

        tenders.MapGet("/invitations", ListAsync).WithName("ListInvitations")
            .WithSummary("Eigen uitnodigingen opvragen")
            .WithDescription("De inkooptrajecten waarvoor uw organisatie is uitgenodigd, nieuwste eerst, met de termijnen en de status van uw inschrijving.");
        tenders.MapGet("/invitations/{id:guid}", GetAsync).WithName("GetInvitation")
            .WithSummary("Eén uitnodiging opvragen")
            .WithDescription("Het inkooptraject: omschrijving, termijnen, eisen en wensen, en de gepubliceerde vragen en antwoorden (zonder wie ze stelde). " +
                             "Een traject waarvoor u niet bent uitgenodigd geeft 404.");
        tenders.MapGet("/invitations/{id:guid}/offer", GetOfferAsync).WithName("GetOwnOffer")
            .WithSummary("Eigen inschrijving opvragen")
            .WithDescription("De status en de inhoud van uw eigen inschrijving. Zonder inschrijving of uitnodiging volgt 404.");
        return api;
    }

    private static Guid SupplierId(TenantContext tenant) => tenant.OrganizationId ?? Guid.Empty;

    private static ProblemHttpResult NotInvited() =>
        ApiProblem.Of(StatusCodes.Status404NotFound, "Niet gevonden", "Er is geen uitnodiging van uw organisatie voor een inkooptraject met deze id.");

    public static async Task<Ok<InvitationList>> ListAsync(RegieDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var supplierId = SupplierId(tenant);
        var invited = await db.ProjectSuppliers.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.SupplierId == supplierId && s.Status == InvitationStatus.Invited).Select(s => s.ProjectId).ToListAsync(ct);
        // Each project through the one access check; a supplier has a handful of invitations, not thousands.
        var reachable = new List<(ProcurementProject Project, ProjectSupplier Invitation)>();
        foreach (var projectId in invited)
            if (await SupplierAccess.InvitationAsync(db, projectId, supplierId, ct) is { } access) reachable.Add(access);
        var ids = reachable.Select(r => r.Project.Id).ToList();
        var offers = await db.Offers.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.SupplierId == supplierId && ids.Contains(o.ProjectId)).ToDictionaryAsync(o => o.ProjectId, o => o.Status, ct);
        var boards = await BoardNamesAsync(db, reachable.Select(r => r.Project.BoardId), ct);
        return TypedResults.Ok(new InvitationList(reachable.OrderByDescending(r => r.Project.CreatedAt).Select(r => new InvitationSummary(
            r.Project.Id, r.Project.Reference, r.Project.Title, boards[r.Project.BoardId], r.Project.Status, r.Project.QuestionsDeadline,
            r.Project.OfferDeadline, r.Invitation.InvitedAt, offers.TryGetValue(r.Project.Id, out var s) ? s : null)).ToList()));
    }

    public static async Task<Results<Ok<InvitationDetails>, ProblemHttpResult>> GetAsync(Guid id, RegieDbContext db, TenantContext tenant, CancellationToken ct)
    {
        if (await SupplierAccess.InvitationAsync(db, id, SupplierId(tenant), ct) is not var (project, invitation)) return NotInvited();
        var requirements = await SupplierOffers.RequirementsAsync(db, project, ct);
        // The portal's own reads; the API shows only what is published to every invited supplier.
        var questions = (await SupplierAccess.QuestionsAsync(db, invitation, ct)).Where(q => q.PublishedAt != null)
            .Select(q => new PublishedQuestion(q.Number, q.Kind, q.Reference, q.Text, q.Answer, q.PublishedAt, q.NoteNumber)).ToList();
        var notes = (await SupplierAccess.NotesAsync(db, invitation, ct)).Select(n => new ClarificationNoteSummary(n.Number, n.IssuedAt)).ToList();
        var board = (await BoardNamesAsync(db, [project.BoardId], ct))[project.BoardId];
        return TypedResults.Ok(new InvitationDetails(project.Id, project.Reference, project.Title, project.Description, board, project.Category,
            project.ContractKind, project.Procedure, project.Status, project.QuestionsDeadline, project.OfferDeadline, project.PriceWeightPercent,
            project.TcoYears, requirements.Select(r => new RequirementResource(r.Id, r.Code, r.Kind, r.Text, r.Weight)).ToList(), questions, notes));
    }

    public static async Task<Results<Ok<OwnOffer>, ProblemHttpResult>> GetOfferAsync(
        Guid id, RegieDbContext db, TenantContext tenant, OfferEnvelopes envelopes, TimeProvider clock, CancellationToken ct)
    {
        var supplierId = SupplierId(tenant);
        if (await SupplierAccess.InvitationAsync(db, id, supplierId, ct) is not { Project: var project }) return NotInvited();
        if (await SupplierOffers.OwnAsync(db, project, supplierId, ct, withDocuments: true) is not { } offer)
            return ApiProblem.Of(StatusCodes.Status404NotFound, "Niet gevonden", "Uw organisatie heeft voor dit inkooptraject nog geen inschrijving.");
        var requirements = await SupplierOffers.RequirementsAsync(db, project, ct);
        var quality = envelopes.OpenOwnQuality(offer, supplierId);
        var price = envelopes.OpenOwnPrice(offer, supplierId);
        var documents = offer.Documents.Select(d => (d, File: envelopes.OpenOwnDocument(offer, d, supplierId)))
            .Select(x => new OwnDocumentResource(x.d.Id, x.d.Envelope, x.File.FileName, x.d.Size, x.d.UploadedAt)).ToList();
        var answers = quality.Answers.Select(a => new OwnAnswer(a.RequirementId, requirements.FirstOrDefault(r => r.Id == a.RequirementId)?.Code, a.Meets, a.Text)).ToList();
        var ownPrice = new OwnPrice(price.Lines, price.Notes, PriceQualityScoring.OneOff(price), PriceQualityScoring.Yearly(price),
            PriceQualityScoring.TotalCost(price, project.TcoYears));
        return TypedResults.Ok(new OwnOffer(offer.Id, offer.Status, offer.Revision, offer.SubmittedAt, offer.WithdrawnAt,
            project.OfferDeadlinePassed(clock.GetUtcNow()), answers, quality.Notes, ownPrice, documents));
    }

    private static async Task<Dictionary<Guid, string>> BoardNamesAsync(RegieDbContext db, IEnumerable<Guid> boardIds, CancellationToken ct)
    {
        var ids = boardIds.Distinct().ToList();
        return await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
