using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

public sealed record RequirementRow(Requirement Requirement, decimal? SharePercent, IReadOnlyList<SolutionWordHit> Hits);

/// <summary>The programme of requirements: knock-outs and weighted wishes, written as outcomes and traced to the needs.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)]
public sealed partial class RequirementsModel(RegieDbContext db, SolutionWords words, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public RequirementInput Requirement { get; set; } = new() { Kind = RequirementKind.KnockOut };
    [BindProperty(SupportsGet = true, Name = "edit")] public Guid? EditId { get; set; }
    public ProcurementProject Project { get; private set; } = null!;
    public List<RequirementRow> Rows { get; private set; } = [];
    public List<Requirement> Archived { get; private set; } = [];
    public List<SourceNeed> Needs { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanChange => CanManage && Project.IsPreparing;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (EditId is { } editId && Rows.FirstOrDefault(r => r.Requirement.Id == editId) is { } row) Requirement = RequirementInput.From(row.Requirement);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        var needs = Needs.ToDictionary(n => n.Id, n => n.Story);
        IReadOnlyList<ExportColumn<RequirementRow>> columns =
        [
            new("Code", r => r.Requirement.Code),
            new("Soort", r => Enums.Label(r.Requirement.Kind)),
            new("Eis of wens", r => r.Requirement.Text),
            new("Weging", r => r.Requirement.Kind == RequirementKind.Wish ? r.Requirement.Weight : null, ExportKind.Number),
            new("Aandeel in kwaliteit (%)", r => r.SharePercent, ExportKind.Number),
            new("Behoeften", r => string.Join("; ", r.Requirement.NeedIds.Select(n => needs.GetValueOrDefault(n, "")))),
        ];
        return ExportFile.Create(Rows, columns, exportFormat, $"programma-van-eisen-{Project.Reference}", clock.GetUtcNow());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().Include(p => p.Needs).SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return false;
        Project = project;
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        var all = await db.Requirements.AsNoTracking().Where(r => r.ProjectId == id).OrderBy(r => r.Order).ToListAsync(ct);
        var matcher = await words.MatcherAsync(db, ct);
        var totalWeight = all.Where(r => !r.IsArchived && r.Kind == RequirementKind.Wish).Sum(r => r.Weight);
        Rows = all.Where(r => !r.IsArchived)
            .Select(r => new RequirementRow(r,
                r.Kind == RequirementKind.Wish && totalWeight > 0 ? Math.Round(r.Weight / totalWeight * 100m, 1) : null,
                matcher.Find(r.Text)))
            .ToList();
        Archived = all.Where(r => r.IsArchived).ToList();
        Needs = project.Needs.Count == 0 ? [] : await ProjectSources.NeedsAsync(db, project.Needs.Select(n => n.NeedId).ToList(), ct);
        return true;
    }
}
