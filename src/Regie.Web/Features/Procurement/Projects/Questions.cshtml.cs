using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>The board's side of the questions: who asked what (only the board sees that), answers, announcements and notes.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
[RequestFormLimits(ValueLengthLimit = (int)WebSetup.MaxUploadBytes)]
public sealed partial class QuestionsModel(RegieDbContext db, TenderMail mail, TenantContext tenant, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public ProcurementProject Project { get; private set; } = null!;
    public List<ProjectQuestion> Questions { get; private set; } = [];
    public List<ClarificationNote> Notes { get; private set; } = [];
    public Dictionary<Guid, string> Askers { get; private set; } = [];
    public bool CanManage { get; private set; }
    /// <summary>Answers and announcements go out while suppliers are still writing their offers.</summary>
    public bool CanAnswer => CanManage && Project.IsOpen;
    public int UnnotedCount => Questions.Count(q => q.IsPublished && q.NoteNumber is null);

    public string AskerOf(ProjectQuestion question) =>
        question.SupplierId is { } supplier ? Askers.GetValueOrDefault(supplier, "onbekende leverancier") : "opdrachtgever";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        IReadOnlyList<ExportColumn<ProjectQuestion>> columns =
        [
            new("Nummer", q => q.Number, ExportKind.Number),
            new("Soort", q => Enums.Label(q.Kind)),
            new("Gesteld door", AskerOf),
            new("Betreft", q => q.Reference),
            new("Vraag of mededeling", q => q.Text),
            new("Antwoord", q => q.Answer),
            new("Gesteld op", q => q.AskedAt, ExportKind.DateTime),
            new("Gepubliceerd op", q => q.PublishedAt, ExportKind.DateTime),
            new("In nota", q => q.NoteNumber, ExportKind.Number),
        ];
        return ExportFile.Create(Questions, columns, exportFormat, $"vragen-{Project.Reference}", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnGetNoteAsync(Guid id, int number, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Notes.FirstOrDefault(n => n.Number == number) is not { } note) return NotFound();
        return ClarificationNotes.Pdf(Project, await Tenders.SupplierAccess.BoardNameAsync(db, Project.BoardId, ct), note, clock.GetUtcNow());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return false;
        Project = project;
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        Questions = await db.ProjectQuestions.AsNoTracking().Where(q => q.ProjectId == id).OrderBy(q => q.Number).ToListAsync(ct);
        Notes = await db.ClarificationNotes.AsNoTracking().Where(n => n.ProjectId == id).OrderBy(n => n.Number).ToListAsync(ct);
        Askers = await db.ProjectSuppliers.AsNoTracking().Where(s => s.ProjectId == id).ToDictionaryAsync(s => s.SupplierId, s => s.SupplierName, ct);
        return true;
    }
}
