using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>Edits a project while it is prepared; after publication suppliers rely on what they read, so changes go through announcements.</summary>
[Authorize(Policy = Capabilities.ManageProcurement)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)]
public sealed class EditModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public ProjectInput Input { get; set; } = new();
    [BindProperty] public SettingsInput Settings { get; set; } = new();
    public ProcurementProject Project { get; private set; } = null!;
    public ProjectAdvice? Advice { get; private set; }
    public List<EvaluatorChoice> EvaluatorChoices { get; private set; } = [];
    /// <summary>What is stored now, when someone else saved first.</summary>
    public ProcurementProject? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Input = ProjectInput.From(Project);
        Settings = SettingsInput.From(Project);
        Advice = await ProjectAdvice.ForAsync(db, Project, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAdviceAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        await AdviseAsync(ct);
        if (Request.IsHtmx()) return Partial("_Advice", Advice);
        Input.WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostMoreLinesAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        await AdviseAsync(ct);
        Input.WithBlankRows(ProjectInput.BlankRows + 3);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        if (Project.Version != Input.Version) return Conflict(Project);
        var estimate = await AdviseAsync(ct);
        var parsed = Settings.Validate(ModelState, clock.GetUtcNow(), EvaluatorChoices.Select(e => e.Id).ToHashSet());
        var procedure = Input.Procedure ?? Advice?.Policy.Procedure;
        if (Advice is not null && procedure is { } chosen && ProcedureChoice.Refusal(chosen, Advice.Policy, Input.ProcedureDeviationReason) is { } message)
            ModelState.AddModelError(Input.Procedure is null ? "Input.ProcedureDeviationReason" : "Input.Procedure", message);
        if (!ModelState.IsValid || Advice is null) { Input.WithBlankRows(); return Page(); }

        Input.ApplyTo(Project, estimate, procedure!.Value, ProcedureChoice.IsDeviation(procedure.Value, Advice.Policy));
        Settings.ApplyTo(Project, parsed);
        if (!await db.SaveIfUnchangedAsync(Project, Input.Version, ct))
            return Conflict(await db.ProcurementProjects.AsNoTracking().SingleAsync(p => p.Id == id, ct));
        TempData["Status"] = $"De wijzigingen aan {Project.Title} zijn opgeslagen.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.FindAsync([id], ct) is not { } project) return NotFound();
        Project = project;
        EvaluatorChoices = await Evaluators.ChoicesAsync(db, ct);
        if (project.IsPreparing) return null;
        TempData["Status"] = "Dit traject is niet meer in voorbereiding. Wijzigingen voor de leveranciers deelt u nu met een mededeling bij ‘Vragen en nota's’.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<List<EstimateLine>> AdviseAsync(CancellationToken ct)
    {
        var estimate = Input.ReadEstimate(ModelState);
        Advice = Input is { Category: { } category, ContractKind: { } kind, ProcedureStart: { Year: >= 2016 and <= 2100 } start }
            ? await ProjectAdvice.ForAsync(db, category, kind, start, estimate, ct)
            : null;
        return estimate;
    }

    /// <summary>Someone saved first: keep the user's input on screen, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(ProcurementProject stored)
    {
        Current = stored;
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit inkooptraject"));
        Input.Version = stored.Version;
        Input.WithBlankRows();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
