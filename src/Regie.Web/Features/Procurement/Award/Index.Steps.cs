using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Award;

/// <summary>The lead's steps: decide, let a decision lapse to the next-best offer, record the contract.</summary>
public sealed partial class IndexModel
{
    public async Task<IActionResult> OnPostDecideAsync(Guid id, int version, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Remove(nameof(LapseReason));
        if (Project.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("dit inkooptraject"), ct, StatusCodes.Status409Conflict);
        if (Current is not null) return await RefuseAsync(id, "Er is al een gunningsbesluit. Laat het eerst vervallen als de gunning naar een andere inschrijving moet.", ct);
        if (Proposal?.Winner is null) return await RefuseAsync(id, "Gunnen kan pas als de kwaliteitsscores vastliggen en de prijzen zijn geopend.", ct);

        var reasons = new List<AwardReason>();
        for (var i = 0; i < Proposal.Reasons.Count; i++)
        {
            var proposed = Proposal.Reasons[i];
            var text = Reasons.FirstOrDefault(r => r.OfferId == proposed.OfferId)?.Text?.Trim() ?? "";
            if (text.Length == 0) ModelState.AddModelError($"Reasons[{i}].Text", $"Schrijf de motivering voor {proposed.SupplierName}.");
            else if (text.Length > AwardDecision.ReasonMax) ModelState.AddModelError($"Reasons[{i}].Text", $"De motivering voor {proposed.SupplierName} mag niet langer zijn dan 8.000 tekens.");
            reasons.Add(proposed with { Reason = text });
        }
        // The form lists the tenderers in proposal order; keep what was typed next to the right name.
        Reasons = Proposal.Reasons.Select(p => new ReasonInput { OfferId = p.OfferId, Text = Reasons.FirstOrDefault(r => r.OfferId == p.OfferId)?.Text }).ToList();
        if (!ModelState.IsValid) return Page();

        var project = await db.ProcurementProjects.SingleAsync(p => p.Id == id, ct);
        var decision = AwardDecision.Take(project.BoardId, project.Id, Proposal.Winner.OfferId, reasons, project.StandstillDays, UserName, clock.GetUtcNow(), Today);
        try
        {
            project.MarkAwarded();
        }
        catch (AwardRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        db.AwardDecisions.Add(decision);
        if (!await db.SaveIfUnchangedAsync(project, version, ct))
            return await RefuseAsync(id, ConcurrencyMessage.For("dit inkooptraject"), ct, StatusCodes.Status409Conflict);
        await NotifyTenderersAsync(project, decision, ct);
        TempData["Status"] = $"Het gunningsbesluit is genomen: {Proposal.Winner.SupplierName}. De opschortende termijn loopt tot en met {AwardDecision.Day(decision.StandstillUntil)}. Alle inschrijvers hebben een e-mail gekregen dat hun brief klaarstaat.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLapseAsync(Guid id, Guid decisionId, int version, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        var decision = await db.AwardDecisions.SingleOrDefaultAsync(d => d.Id == decisionId && d.ProjectId == id, ct);
        var project = await db.ProcurementProjects.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (decision is null || project is null) return NotFound();
        ModelState.Clear();
        if (decision.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("het gunningsbesluit"), ct, StatusCodes.Status409Conflict);
        if (string.IsNullOrWhiteSpace(LapseReason)) ModelState.AddModelError(nameof(LapseReason), "Schrijf waarom de gunning vervalt, bijvoorbeeld dat de winnaar niet door de controle kwam of zich terugtrok.");
        else if (LapseReason.Length > AwardDecision.LapseReasonMax) ModelState.AddModelError(nameof(LapseReason), "De reden mag niet langer zijn dan 2.000 tekens.");
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }
        try
        {
            decision.Lapse(LapseReason!);
        }
        catch (AwardRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        // The next-best offer: the proposal leaves out every earlier lapsed winner, and this one.
        var results = await EvaluationResults.LoadAsync(db, envelopes, project, clock.GetUtcNow(), ct);
        var next = await AwardProposal.LoadAsync(db, project, results, ct, lapsingWinner: decision.WinningOfferId);
        AwardDecision? replacement = null;
        if (next?.Winner is { } winner)
        {
            replacement = AwardDecision.Take(project.BoardId, project.Id, winner.OfferId, [.. next.Reasons], project.StandstillDays, UserName, clock.GetUtcNow(), Today);
            db.AwardDecisions.Add(replacement);
        }
        else project.ReturnToEvaluation();
        if (!await db.SaveIfUnchangedAsync(decision, version, ct))
            return await RefuseAsync(id, ConcurrencyMessage.For("het gunningsbesluit"), ct, StatusCodes.Status409Conflict);
        if (replacement is not null) await NotifyTenderersAsync(project, replacement, ct);
        TempData["Status"] = replacement is null
            ? "De gunning is vervallen. Er is geen volgende inschrijving om aan te gunnen; het traject staat weer op beoordeling."
            : $"De gunning is vervallen. Het nieuwe besluit gaat naar {next!.Winner!.SupplierName}; de opschortende termijn loopt opnieuw, tot en met {AwardDecision.Day(replacement.StandstillUntil)}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostContractAsync(Guid id, Guid decisionId, int version, CancellationToken ct)
    {
        if (!await MayManageAsync()) return Forbid();
        var decision = await db.AwardDecisions.SingleOrDefaultAsync(d => d.Id == decisionId && d.ProjectId == id, ct);
        var project = await db.ProcurementProjects.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (decision is null || project is null) return NotFound();
        ModelState.Clear();
        if (decision.Version != version) return await RefuseAsync(id, ConcurrencyMessage.For("het gunningsbesluit"), ct, StatusCodes.Status409Conflict);
        var winner = await db.Offers.SingleAsync(o => o.Id == decision.WinningOfferId, ct);
        var now = clock.GetUtcNow();
        Contract contract;
        try
        {
            decision.MakeFinal(Today);
            contract = ContractFromAward.Create(project, winner, envelopes.OpenPrice(project, winner, now), Today, now);
            project.MarkContracted(contract.Id);
        }
        catch (AwardRuleException e)
        {
            return await RefuseAsync(id, e.Message, ct);
        }
        db.Contracts.Add(contract);
        if (!await db.SaveIfUnchangedAsync(decision, version, ct))
            return await RefuseAsync(id, ConcurrencyMessage.For("het gunningsbesluit"), ct, StatusCodes.Status409Conflict);
        TempData["Status"] = $"Het contract met {contract.SupplierName} is vastgelegd, met de onderdelen, prijzen en voorwaarden uit dit traject.";
        return RedirectToPage("/Contracts/Details", new { id = contract.Id });
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;

    private string UserName => HttpContext.RequestServices.GetRequiredService<TenantContext>().UserName;

    /// <summary>Tells every user of every tenderer in the decision that its letter is ready; the letter itself stays in Regie.</summary>
    private async Task NotifyTenderersAsync(ProcurementProject project, AwardDecision decision, CancellationToken ct)
    {
        var offerIds = decision.Reasons.Select(r => r.OfferId).ToList();
        var supplierIds = await db.Offers.Where(o => offerIds.Contains(o.Id)).Select(o => o.SupplierId).ToListAsync(ct);
        var emails = await db.Users.Where(u => supplierIds.Contains(u.OrganizationId) && u.Email != null && u.DeactivatedAt == null).Select(u => u.Email!).ToListAsync(ct);
        var link = Url.Page("/Procurement/Tenders/Award", null, new { id = project.Id }, Request.Scheme);
        foreach (var email in emails)
            await mail.SendAsync(email, $"Gunningsbeslissing {project.Title}",
                $"Er is een gunningsbeslissing genomen over {project.Title} ({project.Reference}). Uw brief met de motivering en de scores staat voor u klaar:\n{link}\n\n" +
                $"De opschortende termijn loopt tot en met {AwardDecision.Day(decision.StandstillUntil)}.", ct);
    }
}
