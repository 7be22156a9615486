using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Evaluation;

/// <summary>The lead's steps: start the evaluation, and fix the quality scores so the prices open.</summary>
public sealed partial class IndexModel
{
    public async Task<IActionResult> OnPostStartAsync(Guid id, int version, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded) return Forbid();
        var project = await db.ProcurementProjects.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return NotFound();
        if (project.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("dit inkooptraject"), ct, StatusCodes.Status409Conflict);
        var offers = await db.Offers.Where(o => o.ProjectId == id && o.Status == OfferStatus.Submitted).OrderBy(o => o.SupplierName).ToListAsync(ct);
        if (offers.Count == 0 || offers.Any(o => o.QualityOpenedAt is null))
            return await RefuseAsync(id, "Open eerst de inschrijvingen op het tabblad Inschrijvingen; daarna kan de beoordeling beginnen.", ct);
        if (project.EvaluatorIds.Count == 0)
            return await RefuseAsync(id, "Wijs eerst de beoordelaars van dit inkooptraject aan.", ct);

        var now = clock.GetUtcNow();
        var set = OfferCriteria.Build(project, await db.Requirements.Where(r => r.ProjectId == id).ToListAsync(ct), now);
        if (set.Criteria.Count == 0) return await RefuseAsync(id, "Het programma van eisen heeft geen gewogen wensen; zonder wensen valt er niets te beoordelen.", ct);
        if (set.Publish(now) is [var first, ..]) return await RefuseAsync(id, "De wensen zijn nog niet bruikbaar als criteria: " + first.Message, ct);
        try
        {
            project.StartEvaluation(set.Id);
        }
        catch (AwardRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        db.CriteriaSets.Add(set);
        foreach (var offer in offers)
        {
            var assessment = Assessment.Start(set, project.BoardId, OfferCriteria.SubjectKind, offer.Id, $"{offer.SupplierName} – {project.Title}");
            assessment.CreatedAt = now;
            db.Assessments.Add(assessment);
            offer.AssessmentId = assessment.Id;
        }
        if (!await db.SaveIfUnchangedAsync(project, version, ct))
            return await RefuseAsync(id, ConcurrencyMessage.For("dit inkooptraject"), ct, StatusCodes.Status409Conflict);

        var link = Url.Page("/Procurement/Evaluation/Index", null, new { id }, Request.Scheme);
        var evaluatorIds = project.EvaluatorIds;
        foreach (var email in await db.Users.Where(u => evaluatorIds.Contains(u.Id) && u.OrganizationId == project.BoardId && u.Email != null).Select(u => u.Email!).ToListAsync(ct))
            await mail.SendAsync(email, $"Beoordelen: {project.Title}",
                $"De beoordeling van de inschrijvingen voor {project.Title} ({project.Reference}) is begonnen. U bent beoordelaar.\n\n" +
                $"Geef per inschrijving uw eigen scores: {link}\n\nDe andere beoordelaars zien uw scores pas als iedereen heeft ingediend.", ct);
        TempData["Status"] = $"De beoordeling is gestart: {offers.Count} {(offers.Count == 1 ? "inschrijving" : "inschrijvingen")}, {set.RequiredAssessors} {(set.RequiredAssessors == 1 ? "beoordelaar" : "beoordelaars")}. De beoordelaars hebben een e-mail gekregen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostFinalizeAsync(Guid id, int version, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded) return Forbid();
        var project = await db.ProcurementProjects.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return NotFound();
        if (project.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("dit inkooptraject"), ct, StatusCodes.Status409Conflict);
        try
        {
            await QualityFinalization.ApplyAsync(db, envelopes, project, clock.GetUtcNow(), ct);
        }
        catch (AwardRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        if (!await db.SaveIfUnchangedAsync(project, version, ct))
            return await RefuseAsync(id, ConcurrencyMessage.For("dit inkooptraject"), ct, StatusCodes.Status409Conflict);
        TempData["Status"] = "De kwaliteitsscores liggen vast en de prijsenveloppen zijn geopend. Hieronder staat de rangorde op prijs en kwaliteit.";
        return RedirectToPage(new { id });
    }
}
