using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Sealing;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Imports;

/// <summary>Step 1 of every import: choose a file. The kind decides the columns, the checks and who may import.</summary>
/// <remarks>
/// The form is read here rather than by model binding and the antiforgery filter: a file over the limit must get the
/// page with a clear message, and either of those would answer a bare 400 before the handler runs.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class StartModel(
    IEnumerable<IImportDefinition> definitions, IAuthorizationService authorization, IAntiforgery antiforgery, RegieDbContext db,
    TenantContext tenant, ImportQueue queue, Sealer sealer, TimeProvider clock) : PageModel
{
    /// <summary>Room for the multipart envelope around a file of the maximum size.</summary>
    private const long EnvelopeBytes = 1024 * 1024;

    public IImportDefinition Definition { get; private set; } = null!;
    public string? Error { get; private set; }
    /// <summary>From the query string (<c>?context=</c>), read by hand for the same reason as the form.</summary>
    public Guid? Context { get; private set; }
    public string? ContextName { get; private set; }
    public string BackUrl => Url.Page(Definition.ResultPage, Context is { } id ? new { id } : null)!;

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct) => await AuthorizeAsync(kind, ct) ?? Page();

    /// <summary>Without parameters: binding any of them would read the form first, and a file over the limit would fail there.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await AuthorizeAsync(RouteData.Values["kind"] as string ?? "", ct) is { } refused) return refused;
        if (Request.ContentLength > WebSetup.MaxUploadBytes + EnvelopeBytes) return TooLarge();
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge();
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            Error = file is null ? "Kies een bestand om te importeren." : "Het bestand is leeg. Kies een CSV-bestand of Excel-werkmap (.xlsx) met een kopregel en minstens één regel gegevens.";
            return Page();
        }
        if (file.Length > WebSetup.MaxUploadBytes) return TooLarge();
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var job = new ImportJob
        {
            OrganizationId = tenant.OrganizationId!.Value,
            Kind = Definition.Kind,
            ContextId = Context,
            FileName = Path.GetFileName(file.FileName),
            CreatedById = tenant.UserId!.Value,
            CreatedByName = tenant.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        job.Content = sealer.Seal(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ImportJob.SealContext(job.Id));
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(job.Id, commit: false);
        return RedirectToPage("Details", new { id = job.Id });
    }

    public async Task<IActionResult> OnGetTemplateAsync(string kind, string? format, CancellationToken ct)
    {
        if (await AuthorizeAsync(kind, ct) is { } refused) return refused;
        if (Definition is not IImportTemplate template || !ExportFile.TryParseFormat(format, out var exportFormat)) return NotFound();
        return ImportTemplate.Create(Definition, template, exportFormat, clock.GetUtcNow());
    }

    private IActionResult TooLarge()
    {
        Error = $"Het bestand is groter dan {WebSetup.MaxUploadBytes / (1024 * 1024)} MB. Splits het bestand en importeer de delen na elkaar.";
        return Page();
    }

    private async Task<IActionResult?> AuthorizeAsync(string kind, CancellationToken ct)
    {
        if (definitions.FirstOrDefault(d => d.Kind == kind) is not { } definition) return NotFound();
        Definition = definition;
        if (!(await authorization.AuthorizeAsync(User, definition.Policy)).Succeeded) return Forbid();
        if (!definition.RequiresContext) return null;
        if (!Guid.TryParse(Request.Query["context"], out var context)) return NotFound();
        Context = context;
        ContextName = await definition.ContextNameAsync(context, ct);
        return ContextName is null ? NotFound() : null;
    }
}
