using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Assessments;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Market.Recognition;

public sealed record ItemChoice(Guid Id, string Title, string SupplierName);
public sealed record SetChoice(Guid Id, string Name, int Edition);

/// <summary>The committee's work list, and where an assessment of a published catalogue item starts.</summary>
[Authorize(Policy = Capabilities.AssessRecognition)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    /// <summary>The search for an item to assess; kept apart from the list's own search.</summary>
    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    public Paged<AssessmentRow> Assessments { get; private set; } = null!;
    public IReadOnlyList<ItemChoice> Items { get; private set; } = [];
    public IReadOnlyList<SetChoice> Sets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Assessments = (await AssessmentList.FindAsync(db, State, ct)).ToPaged(State.PageNumber);
        if (Request.IsHtmx()) return Partial("_AssessmentRows", this);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await AssessmentList.FindAsync(db, State, ct), AssessmentList.ExportColumns, exportFormat, "erkenningsbeoordelingen", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostStartAsync(Guid? itemId, Guid? criteriaSetId, CancellationToken ct)
    {
        var item = itemId is { } i ? await RecognitionSubject.PublishedItems(db).SingleOrDefaultAsync(x => x.Id == i, ct) : null;
        var set = criteriaSetId is { } s ? await OwnPublishedSets().SingleOrDefaultAsync(x => x.Id == s, ct) : null;
        if (item is null) ModelState.AddModelError("itemId", "Kies een gepubliceerd product of een gepubliceerde dienst om te beoordelen.");
        if (set is null) ModelState.AddModelError("criteriaSetId", "Kies een gepubliceerde criteriaset.");
        if (item is not null && await db.Assessments.AnyAsync(a => a.SubjectKind == RecognitionSubject.Kind && a.SubjectId == item.Id
                && (a.Status == AssessmentStatus.Scoring || a.Status == AssessmentStatus.Consensus), ct))
            ModelState.AddModelError("itemId", $"Voor '{item.Title}' loopt al een beoordeling; rond die eerst af of stop hem.");
        if (!ModelState.IsValid)
        {
            Assessments = (await AssessmentList.FindAsync(db, State, ct)).ToPaged(State.PageNumber);
            await LoadChoicesAsync(ct);
            return Page();
        }

        var assessment = Assessment.Start(set!, tenant.OrganizationId!.Value, RecognitionSubject.Kind, item!.Id, item.Title);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"De beoordeling van '{item.Title}' is gestart. Geef uw scores onafhankelijk van de andere commissieleden.";
        return RedirectToPage("Details", new { id = assessment.Id });
    }

    private IQueryable<CriteriaSet> OwnPublishedSets() =>
        db.CriteriaSets.AsNoTracking().Where(s => s.OrganizationId == tenant.OrganizationId && s.Purpose == AssessmentPurpose.Recognition
            && s.PublishedAt != null && s.ArchivedAt == null);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Sets = (await OwnPublishedSets().Select(s => new SetChoice(s.Id, s.Name, s.Edition)).ToListAsync(ct))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture).ThenByDescending(s => s.Edition).ToList();
        if (string.IsNullOrWhiteSpace(Item)) return;
        var pattern = SearchTerms.Contains(Item.Trim());
        Items = await RecognitionSubject.PublishedItems(db).Where(i => EF.Functions.Like(i.SearchText, pattern))
            .OrderBy(i => i.Title).Take(20).Select(i => new ItemChoice(i.Id, i.Title, i.SupplierName)).ToListAsync(ct);
    }
}
