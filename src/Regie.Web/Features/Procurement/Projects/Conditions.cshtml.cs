using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The conditions checklist after the sector's model purchase conditions, and the lock-in risk that follows from it.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)]
public sealed class ConditionsModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const int NoteMax = 2000;

    public ProcurementProject Project { get; private set; } = null!;
    public IReadOnlyList<(ConditionTopic Topic, ConditionCheck Check)> Checklist { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanChange => CanManage && !Project.IsArchived && Project.Status is not (ProjectStatus.Contracted or ProjectStatus.Cancelled);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        IReadOnlyList<ExportColumn<(ConditionTopic Topic, ConditionCheck Check)>> columns =
        [
            new("Onderwerp", c => c.Topic.Title),
            new("Status", c => Enums.Label(c.Check.Status)),
            new("Toelichting", c => c.Check.Note),
            new("Telt mee voor lock-in", c => c.Topic.LocksIn ? "ja" : "nee"),
        ];
        return ExportFile.Create(Checklist, columns, exportFormat, $"voorwaarden-{Project.Reference}", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, string? key, ConditionStatus? status, string? note, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanManage) return Forbid();
        var topic = key is null ? null : ConditionTopics.Find(key);
        if (!CanChange || topic is null || status is null || !Enum.IsDefined(status.Value)) return RedirectToPage(new { id });
        if (note?.Length > NoteMax)
        {
            TempData["Status"] = $"De toelichting bij ‘{topic.Title}’ mag niet langer zijn dan 2.000 tekens.";
            return RedirectToPage(new { id });
        }
        var project = await db.ProcurementProjects.SingleAsync(p => p.Id == id, ct);
        project.RecordCondition(topic.Key, status.Value, note);
        if (!await db.SaveIfUnchangedAsync(project, version, ct))
            TempData["Status"] = "Iemand anders heeft dit traject intussen gewijzigd. Bekijk de actuele stand en probeer het opnieuw.";
        else
            TempData["Status"] = $"‘{topic.Title}’ is bijgewerkt. Lock-in-risico: {Enums.Label(project.LockIn.Level)}.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return false;
        Project = project;
        Checklist = ConditionTopics.Checklist(project.Conditions);
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        return true;
    }
}
