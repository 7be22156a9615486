using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs;

/// <summary>The board's own words that name a solution, next to Regie's base list.</summary>
[Authorize(Policy = Capabilities.ManageSolutionTerms)]
public sealed class TermsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty] public SolutionTermInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }
    public IReadOnlyList<SolutionTerm> Terms { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<SolutionWord>> ExportColumns =
    [
        new("Woord", w => w.Term),
        new("Soort", w => w.Kind),
        new("Tip", w => w.Hint ?? SolutionWords.TipFor(w.Kind)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Edit is { } id)
        {
            if (Terms.FirstOrDefault(t => t.Id == id && t.ArchivedAt is null) is not { } term) return NotFound();
            Input = SolutionTermInput.From(term);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var own = await db.SolutionTerms.AsNoTracking().Where(t => t.ArchivedAt == null).OrderBy(t => t.Term)
            .Select(t => new SolutionWord(t.Term, t.Kind, t.Hint)).ToListAsync(ct);
        return ExportFile.Create(own.Concat(ShippedSolutionWords.All), ExportColumns, exportFormat, "oplossingswoorden", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        Input.Id = null;
        await Input.ValidateAsync(ModelState, db, ct);
        if (!ModelState.IsValid) return await PageAsync(ct);
        var term = new SolutionTerm { BoardId = tenant.OrganizationId!.Value };
        Input.ApplyTo(term);
        db.SolutionTerms.Add(term);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"‘{term.Term}’ is toegevoegd. Verhalen met dit woord krijgen voortaan een waarschuwing.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Input.Id is not { } id || await db.SolutionTerms.FindAsync([id], ct) is not { } term) return NotFound();
        Edit = id;
        if (term.Version != Input.Version)
        {
            TempData["Status"] = "Iemand anders heeft dit woord intussen gewijzigd. Bekijk het en probeer het opnieuw.";
            return RedirectToPage();
        }
        await Input.ValidateAsync(ModelState, db, ct);
        if (!ModelState.IsValid) return await PageAsync(ct);
        Input.ApplyTo(term);
        return await SaveAsync($"‘{term.Term}’ is opgeslagen.", ct);
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid termId, int version, CancellationToken ct) =>
        ChangeAsync(termId, version, t => !t.IsArchived, t => t.Archive(clock.GetUtcNow()), "is gearchiveerd en geeft geen waarschuwing meer", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid termId, int version, CancellationToken ct) =>
        ChangeAsync(termId, version, t => t.IsArchived, t => t.Restore(), "is teruggezet", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Func<SolutionTerm, bool> allowed, Action<SolutionTerm> change, string done, CancellationToken ct)
    {
        if (await db.SolutionTerms.FindAsync([id], ct) is not { } term) return NotFound();
        if (term.Version != version || !allowed(term))
        {
            TempData["Status"] = "Iemand anders heeft dit woord intussen gewijzigd. Bekijk de lijst en probeer het opnieuw.";
            return RedirectToPage();
        }
        change(term);
        return await SaveAsync($"‘{term.Term}’ {done}.", ct);
    }

    private async Task<IActionResult> SaveAsync(string done, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = done;
        }
        catch (DbUpdateException)
        {
            TempData["Status"] = "Iemand anders heeft de lijst intussen gewijzigd. Bekijk de lijst en probeer het opnieuw.";
        }
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Terms = await db.SolutionTerms.AsNoTracking().OrderBy(t => t.ArchivedAt != null).ThenBy(t => t.Term).ToListAsync(ct);
}
