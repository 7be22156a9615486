using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Imports;

/// <summary>Steps 2 and 3: progress, preview, every row error, and the commit of a flawless file.</summary>
public sealed class DetailsModel(
    RegieDbContext db, IEnumerable<IImportDefinition> definitions, IAuthorizationService authorization,
    ImportQueue queue, ImportProgress progress) : PageModel
{
    public ImportJob Job { get; private set; } = null!;
    public IImportDefinition Definition { get; private set; } = null!;
    public (int Done, int Total)? Progress { get; private set; }
    public string? ContextName { get; private set; }
    /// <summary>Where the user returns to: the result page, for the job's context record when it has one.</summary>
    public string ResultUrl => Url.Page(Definition.ResultPage, Job.ContextId is { } id ? new { id } : null)!;
    public string RestartUrl => Url.Page("/Imports/Start", new { kind = Job.Kind, context = Job.ContextId })!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Progress = progress.Get(id);
        return Request.IsHtmx() ? Partial("_ImportStatus", this) : Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!Job.CanCommit)
        {
            TempData["Status"] = "Dit bestand kan niet worden geïmporteerd: los eerst de fouten op en laad het bestand opnieuw.";
            return RedirectToPage(new { id });
        }
        Job.StartCommit();
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(Job.Id, commit: true);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ImportJobs.FindAsync([id], ct) is not { } job) return NotFound();
        if (definitions.FirstOrDefault(d => d.Kind == job.Kind) is not { } definition) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, definition.Policy)).Succeeded) return Forbid();
        if (job.ContextId is { } context && (ContextName = await definition.ContextNameAsync(context, ct)) is null) return NotFound();
        (Job, Definition) = (job, definition);
        return null;
    }
}
