using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

/// <summary>One answer as the form posts it: a yes/no question or the partnership choice, with the rationale.</summary>
public sealed class FlowchartAnswerInput
{
    public FlowchartStep Step { get; set; }
    public bool? Answer { get; set; }
    public Partnership? Partnership { get; set; }
    public string? Rationale { get; set; }
    public int Version { get; set; }
}

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class FlowchartModel(RegieDbContext db, IAuthorizationService authorization) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public bool CanManage { get; private set; }
    /// <summary>The question on screen: the next one, or an earlier one the user chose to change ("wijzig").</summary>
    public FlowchartStep? Asking { get; private set; }
    [BindProperty(SupportsGet = true, Name = "wijzig")] public FlowchartStep? Change { get; set; }
    [BindProperty] public FlowchartAnswerInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } initiative) return NotFound();
        await ShowAsync(initiative);
        if (Asking is { } step)
        {
            var answers = initiative.Answers;
            Input = new FlowchartAnswerInput
            {
                Step = step, Rationale = initiative.Rationale(step), Version = initiative.Version,
                Answer = step == FlowchartStep.Partnership ? null : answers.YesNo(step), Partnership = answers.Partnership,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded) return Forbid();
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return NotFound();
        Change = Input.Step;
        if (initiative.Version != Input.Version) return await ConflictAsync(initiative);
        if (initiative.IsArchived || !Enum.IsDefined(Input.Step) || !Flowchart.IsReachable(initiative.Answers, Input.Step)) return RedirectToPage(new { id });
        Validate();
        if (!ModelState.IsValid)
        {
            await ShowAsync(initiative);
            return Page();
        }

        var pathBefore = Flowchart.Path(initiative.Answers).Count;
        if (Input.Step == FlowchartStep.Partnership) initiative.ChoosePartnership(Input.Partnership!.Value, Input.Rationale);
        else initiative.Answer(Input.Step, Input.Answer!.Value, Input.Rationale);
        if (!await db.SaveIfUnchangedAsync(initiative, Input.Version, ct))
        {
            return await ConflictAsync(await db.Initiatives.SingleAsync(i => i.Id == id, ct));
        }
        var cleared = Flowchart.Path(initiative.Answers).Count < pathBefore;
        TempData["Status"] = cleared
            ? "Uw antwoord is opgeslagen. De antwoorden daarna horen niet meer bij deze route en zijn gewist."
            : "Uw antwoord is opgeslagen.";
        return RedirectToPage(new { id });
    }

    private void Validate()
    {
        if (Input.Step == FlowchartStep.Partnership && Input.Partnership is null)
            ModelState.AddModelError("Input.Partnership", "Kies de rol die de school wil spelen.");
        if (Input.Step != FlowchartStep.Partnership && Input.Answer is null)
            ModelState.AddModelError("Input.Answer", "Kies ja of nee.");
        if (string.IsNullOrWhiteSpace(Input.Rationale))
            ModelState.AddModelError("Input.Rationale", "Licht uw antwoord kort toe, zodat anderen later begrijpen waarom u zo koos.");
        else if (Input.Rationale.Length > Initiative.TextMax)
            ModelState.AddModelError("Input.Rationale", $"De toelichting mag niet langer zijn dan 4.000 tekens; u gebruikte er {Input.Rationale.Length:N0}.");
    }

    private async Task ShowAsync(Initiative initiative)
    {
        Initiative = initiative;
        CanManage = !initiative.IsArchived && (await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded;
        var next = Flowchart.NextStep(initiative.Answers);
        Asking = Change is { } change && Flowchart.IsReachable(initiative.Answers, change) && Enum.IsDefined(change) ? change : next;
    }

    /// <summary>Someone answered first: keep this user's choice on screen against the answers stored now.</summary>
    private async Task<PageResult> ConflictAsync(Initiative stored)
    {
        await ShowAsync(stored);
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit initiatief"));
        Input.Version = stored.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
