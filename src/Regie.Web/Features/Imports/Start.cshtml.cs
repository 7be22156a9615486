using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Imports;

/// <summary>Step 1 of every import: choose a file. The kind decides the columns, the checks and who may import.</summary>
public sealed class StartModel(
    IEnumerable<IImportDefinition> definitions, IAuthorizationService authorization, RegieDbContext db,
    TenantContext tenant, ImportQueue queue, TimeProvider clock) : PageModel
{
    public IImportDefinition Definition { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind) => await AuthorizeAsync(kind) ?? Page();

    public async Task<IActionResult> OnPostAsync(string kind, IFormFile? file, CancellationToken ct)
    {
        if (await AuthorizeAsync(kind) is { } refused) return refused;
        if (file is null || file.Length == 0)
        {
            Error = file is null ? "Kies een bestand om te importeren." : "Het bestand is leeg. Kies een CSV-bestand of Excel-werkmap (.xlsx) met een kopregel en minstens één regel gegevens.";
            return Page();
        }
        if (file.Length > WebSetup.MaxUploadBytes)
        {
            Error = "Het bestand is groter dan 64 MB. Splits het bestand en importeer de delen na elkaar.";
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var job = new ImportJob
        {
            OrganizationId = tenant.OrganizationId!.Value,
            Kind = Definition.Kind,
            FileName = Path.GetFileName(file.FileName),
            Content = buffer.ToArray(),
            CreatedById = tenant.UserId!.Value,
            CreatedByName = tenant.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(job.Id, commit: false);
        return RedirectToPage("Details", new { id = job.Id });
    }

    public async Task<IActionResult> OnGetTemplateAsync(string kind, string? format)
    {
        if (await AuthorizeAsync(kind) is { } refused) return refused;
        if (Definition is not IImportTemplate template || !ExportFile.TryParseFormat(format, out var exportFormat)) return NotFound();
        return ImportTemplate.Create(Definition, template, exportFormat, clock.GetUtcNow());
    }

    private async Task<IActionResult?> AuthorizeAsync(string kind)
    {
        if (definitions.FirstOrDefault(d => d.Kind == kind) is not { } definition) return NotFound();
        Definition = definition;
        return (await authorization.AuthorizeAsync(User, definition.Policy)).Succeeded ? null : Forbid();
    }
}
