using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Collaboration;

public sealed record TakenUpNeed(Guid Id, string Story, NeedStatus Status);

public sealed record NextStep(string Text, string Page);

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class DetailsModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public IReadOnlyList<TakenUpNeed> Needs { get; private set; } = [];
    public IReadOnlyList<NextStep> NextSteps { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } initiative) return NotFound();
        Initiative = initiative;
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded;
        // Ordered in memory: SQLite cannot order by a DateTimeOffset, and an initiative takes up a handful of needs.
        Needs = (await db.Needs.AsNoTracking().Where(n => n.InitiativeId == id && n.ArchivedAt == null)
                .Select(n => new { n.CreatedAt, Need = new TakenUpNeed(n.Id, "Als " + n.AsRole + " wil ik " + n.Want + " zodat " + n.SoThat, n.Status) })
                .ToListAsync(ct))
            .OrderBy(n => n.CreatedAt).Select(n => n.Need).ToList();
        var agreementsDone = await db.AgreementItems.CountAsync(a => a.InitiativeId == id && a.Done, ct);
        NextSteps = StepsFor(initiative, agreementsDone);
        return Page();
    }

    /// <summary>What to do next follows from where the initiative stands: first the flowchart, then what the scenario asks.</summary>
    public static IReadOnlyList<NextStep> StepsFor(Initiative initiative, int agreementsDone)
    {
        if (initiative.IsArchived) return [];
        if (Flowchart.NextStep(initiative.Answers) is { } step)
            return [new($"Beantwoord in het stroomschema de vraag over: {Infrastructure.Enums.Label(step).ToLowerInvariant()}.", "Flowchart")];
        var topics = Enum.GetValues<AgreementTopic>().Length;
        List<NextStep> steps =
        [
            new($"Lees wat scenario {(int)initiative.Scenario!} van de school vraagt.", "Scenario"),
            new($"Maak de afspraken: {agreementsDone} van de {topics} zijn gemaakt.", "Agreements"),
            new("Reken de business case door over alle fasen en jaren.", "BusinessCase"),
            new("Breng de risico's in kaart en leg elk risico bij de partij die het het best beheerst; plan go/no-go-momenten.", "Risks"),
        ];
        if (agreementsDone == topics) steps.RemoveAt(1);
        return steps;
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, i => i.Archive(clock.GetUtcNow()), i => $"{i.Title} is gearchiveerd. U vindt het terug onder 'Gearchiveerde initiatieven'.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, i => i.Restore(), i => $"{i.Title} is weer lopend.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<Initiative> change, Func<Initiative, string> done, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded) return Forbid();
        if (await db.Initiatives.FindAsync([id], ct) is not { } initiative) return NotFound();
        if (initiative.Version != version)
        {
            TempData["Status"] = "Iemand anders heeft dit initiatief intussen gewijzigd. Bekijk de actuele gegevens en probeer het opnieuw.";
            return RedirectToPage(new { id });
        }
        try
        {
            change(initiative);
        }
        catch (InvalidOperationException)
        {
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done(initiative);
        return RedirectToPage(new { id });
    }
}
