using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

[Authorize(Policy = Capabilities.ManageProcurement)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)] // a pasted 5 MB text gets a message, not a form-reading error
public sealed class CreateModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    /// <summary>"behoeften" or "plan": first pick what the project starts from.</summary>
    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "need")] public List<Guid> NeedIds { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "line")] public List<Guid> LineKeys { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "initiative")] public Guid? InitiativeId { get; set; }
    [BindProperty] public ProjectInput Input { get; set; } = new();

    public List<SourceNeed> Needs { get; private set; } = [];
    public List<SourcePlanLine> PlanLines { get; private set; } = [];
    public SourceInitiative? Initiative { get; private set; }
    public ProjectAdvice? Advice { get; private set; }
    public bool Choosing => From is "behoeften" or "plan";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (From == "behoeften") { Needs = await ProjectSources.NeedsAsync(db, null, ct); return Page(); }
        if (From == "plan") { PlanLines = await ProjectSources.PlanLinesAsync(db, null, ct); return Page(); }
        if (!await LoadSourcesAsync(ct)) return NotFound();
        Prefill();
        await AdviseAsync(ct);
        ModelState.Clear();
        return Page();
    }

    /// <summary>"Bereken": the advice for what is typed now; htmx swaps in just the advice.</summary>
    public async Task<IActionResult> OnPostAdviceAsync(CancellationToken ct)
    {
        if (!await LoadSourcesAsync(ct)) return NotFound();
        ModelState.Clear(); // only the estimate's own mistakes matter for a calculation
        await AdviseAsync(ct);
        if (Request.IsHtmx()) return Partial("_Advice", Advice);
        Input.WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostMoreLinesAsync(CancellationToken ct)
    {
        if (!await LoadSourcesAsync(ct)) return NotFound();
        ModelState.Clear();
        Input.WithBlankRows(ProjectInput.BlankRows + 3);
        await AdviseAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadSourcesAsync(ct)) return NotFound();
        var estimate = await AdviseAsync(ct);
        if (Initiative is { Scenario: not Scenario.Buy })
            ModelState.AddModelError("", "Dit initiatief heeft in het stroomschema niet gekozen voor inkopen (scenario 4); start het traject direct of vanuit behoeften.");
        var procedure = Input.Procedure ?? Advice?.Policy.Procedure;
        if (Advice is not null && procedure is { } chosen && ProcedureChoice.Refusal(chosen, Advice.Policy, Input.ProcedureDeviationReason) is { } refusal)
            ModelState.AddModelError(Input.Procedure is null ? "Input.ProcedureDeviationReason" : "Input.Procedure", refusal);
        if (!ModelState.IsValid || Advice is null) { Input.WithBlankRows(); return Page(); }

        var now = clock.GetUtcNow();
        var project = new ProcurementProject
        {
            BoardId = tenant.OrganizationId!.Value, CreatedById = tenant.UserId!.Value, CreatedAt = now,
            Reference = await ProjectReference.NextAsync(db, now.Year, ct),
            Origin = Initiative is not null ? ProjectOrigin.Initiative : Needs.Count > 0 ? ProjectOrigin.Needs : ProjectOrigin.Direct,
            InitiativeId = Initiative?.Id, PlanLineKeys = PlanLines.Select(l => l.LineKey).ToList(),
        };
        Input.ApplyTo(project, estimate, procedure!.Value, ProcedureChoice.IsDeviation(procedure.Value, Advice.Policy));
        project.Needs.AddRange(Needs.Select(n => new ProjectNeed { BoardId = project.BoardId, ProjectId = project.Id, NeedId = n.Id }));
        db.ProcurementProjects.Add(project);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{project.Reference} {project.Title} is aangemaakt. Stel nu het programma van eisen op.";
        return RedirectToPage("Requirements", new { id = project.Id });
    }

    /// <summary>Reads the chosen sources; false when one is not the board's (another board's id is simply not found).</summary>
    private async Task<bool> LoadSourcesAsync(CancellationToken ct)
    {
        if (InitiativeId is { } initiativeId && (Initiative = await ProjectSources.InitiativeAsync(db, initiativeId, ct)) is null) return false;
        Needs = NeedIds.Count == 0 ? [] : await ProjectSources.NeedsAsync(db, NeedIds, ct);
        PlanLines = LineKeys.Count == 0 ? [] : await ProjectSources.PlanLinesAsync(db, LineKeys, ct);
        return Needs.Count == NeedIds.Distinct().Count() && PlanLines.Count == LineKeys.Distinct().Count();
    }

    private void Prefill()
    {
        Input = new ProjectInput { ProcedureStart = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        if (Initiative is { } initiative)
        {
            Input.Title = initiative.Title;
            Input.Description = initiative.Scope is null ? initiative.Ambition : $"{initiative.Ambition}\n\n{initiative.Scope}";
        }
        else if (Needs.Count > 0)
        {
            Input.Title = Needs.Count == 1 ? Needs[0].Story[..Math.Min(200, Needs[0].Story.Length)] : "";
            Input.Description = "Dit traject komt tegemoet aan deze behoeften:\n" + string.Join("\n", Needs.Select(n => "- " + n.Story));
        }
        if (PlanLines.Count > 0)
        {
            Input.Title = Input.Title.Length > 0 ? Input.Title : PlanLines[0].Description;
            Input.Description = Input.Description.Length > 0 ? Input.Description : string.Join("\n", PlanLines.Select(l => $"- {l.Description} ({l.PlanTitle}, {l.PurchaseYear})"));
            Input.Category = PlanLines[0].Category;
            Input.Lines = PlanLines.Select(l => EstimateLineInput.From(l.ToEstimateLine())).ToList();
        }
        Input.WithBlankRows();
    }

    private async Task<List<EstimateLine>> AdviseAsync(CancellationToken ct)
    {
        var errorsBefore = ModelState.ErrorCount;
        var estimate = Input.ReadEstimate(ModelState);
        var readable = ModelState.ErrorCount == errorsBefore || estimate.Count > 0;
        Advice = readable && Input is { Category: { } category, ContractKind: { } kind, ProcedureStart: { } start } && start.Year is >= 2016 and <= 2100
            ? await ProjectAdvice.ForAsync(db, category, kind, start, estimate, ct)
            : null;
        return estimate;
    }
}
