using System.ComponentModel.DataAnnotations;
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

public sealed record CriteriaSetRow(Guid Id, string Name, int Edition, int Criteria, DateTimeOffset? PublishedAt, DateTimeOffset? ArchivedAt)
{
    public string Status => ArchivedAt is not null ? "Gearchiveerd" : PublishedAt is not null ? "Gepubliceerd" : "Concept";
}

/// <summary>The committee's criteria sets for recognition, and where a new one begins.</summary>
[Authorize(Policy = Capabilities.AssessRecognition)]
public sealed class CriteriaSetsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    [BindProperty, Display(Name = "Naam"), Required(ErrorMessage = "Geef de nieuwe criteriaset een naam."),
     StringLength(CriteriaSetRules.NameMax, ErrorMessage = "De naam mag niet langer zijn dan 200 tekens.")]
    public string? Name { get; set; }
    public IReadOnlyList<CriteriaSetRow> Sets { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<CriteriaSetRow>> ExportColumns =
    [
        new("Naam", s => s.Name), new("Editie", s => s.Edition, ExportKind.Number), new("Aantal criteria", s => s.Criteria, ExportKind.Number),
        new("Status", s => s.Status), new("Gepubliceerd op", s => s.PublishedAt, ExportKind.Date),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Sets = await FindAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await FindAsync(ct), ExportColumns, exportFormat, "criteriasets", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var name = Name?.Trim() ?? "";
        if (!ModelState.IsValid)
        {
            Sets = await FindAsync(ct);
            return Page();
        }
        var set = new CriteriaSet
        {
            OrganizationId = tenant.OrganizationId!.Value, Purpose = AssessmentPurpose.Recognition, Name = name,
            Scale = new(1, 4, new() { [1] = "Onvoldoende", [2] = "Matig", [3] = "Voldoende", [4] = "Goed" }),
        };
        db.CriteriaSets.Add(set);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"De criteriaset '{name}' is aangemaakt. Voeg criteria en uitkomstregels toe en publiceer hem daarna.";
        return RedirectToPage("CriteriaSet", new { id = set.Id });
    }

    /// <summary>CriteriaSet is not tenant-filtered, so the owner filter is written out here.</summary>
    private async Task<List<CriteriaSetRow>> FindAsync(CancellationToken ct)
    {
        var sets = await db.CriteriaSets.AsNoTracking()
            .Where(s => s.OrganizationId == tenant.OrganizationId && s.Purpose == AssessmentPurpose.Recognition)
            .ToListAsync(ct);
        return sets
            .Where(s => State.Status == "alle" || s.ArchivedAt is null)
            .OrderBy(s => s.Name, StringComparer.CurrentCulture).ThenByDescending(s => s.Edition)
            .Select(s => new CriteriaSetRow(s.Id, s.Name, s.Edition, s.Criteria.Count, s.PublishedAt, s.ArchivedAt)).ToList();
    }
}
