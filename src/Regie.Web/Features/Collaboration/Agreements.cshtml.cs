using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Collaboration.Scenarios;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

/// <summary>One checklist row as the form posts it; the due date as typed, so a wrong date gets a Dutch message.</summary>
public sealed class AgreementRow
{
    public AgreementTopic Topic { get; set; }
    public string? Agreement { get; set; }
    public string? Owner { get; set; }
    public string? DueDate { get; set; }
    public bool Done { get; set; }
    public int Version { get; set; }

    public static AgreementRow From(AgreementTopic topic, AgreementItem? item) => new()
    {
        Topic = topic, Agreement = item?.Agreement, Owner = item?.Owner, Done = item?.Done ?? false, Version = item?.Version ?? 0,
        DueDate = item?.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class AgreementsModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Initiative Initiative { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public IReadOnlySet<AgreementTopic> KeyTopics { get; private set; } = new HashSet<AgreementTopic>();
    [BindProperty] public List<AgreementRow> Rows { get; set; } = [];
    /// <summary>The checklist as saved, for the overview; after a refused save the form still shows what the user typed.</summary>
    public List<AgreementRow> Stored { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<AgreementRow>> ExportColumns =
    [
        new("Onderwerp", r => r.Topic),
        new("Afspraak", r => r.Agreement),
        new("Eigenaar", r => r.Owner),
        new("Uiterlijk", r => AgreementChecklist.ParseDate(r.DueDate), ExportKind.Date),
        new("Gemaakt", r => r.Done),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Stored = Rows = await StoredRowsAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        return ExportFile.Create(await StoredRowsAsync(id, ct), ExportColumns, exportFormat, "afspraken", clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Initiative.IsArchived) return RedirectToPage(new { id });
        var stored = await db.AgreementItems.Where(a => a.InitiativeId == id).ToDictionaryAsync(a => a.Topic, ct);
        var checklist = new AgreementChecklist(Initiative, stored);
        if (!checklist.Apply(Rows, ModelState, db))
            return await RefusedAsync(id, checklist.Conflict, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", ConcurrencyMessage.For("deze afspraken"));
            return await RefusedAsync(id, conflict: true, ct);
        }
        TempData["Status"] = $"De afspraken zijn opgeslagen: {Rows.Count(r => r.Done)} van de {Rows.Count} gemaakt.";
        return RedirectToPage(new { id });
    }

    /// <summary>Nothing saved: the form keeps the user's text; after a conflict it carries the stored versions, so saving again overwrites knowingly.</summary>
    private async Task<PageResult> RefusedAsync(Guid id, bool conflict, CancellationToken ct)
    {
        Stored = await StoredRowsAsync(id, ct);
        if (conflict)
        {
            var versions = Stored.ToDictionary(r => r.Topic, r => r.Version);
            foreach (var row in Rows) row.Version = versions.GetValueOrDefault(row.Topic);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } initiative) return false;
        Initiative = initiative;
        CanManage = !initiative.IsArchived && (await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded;
        KeyTopics = initiative.Scenario is { } s ? ScenarioGuide.For(s).KeyAgreements.ToHashSet() : new HashSet<AgreementTopic>();
        return true;
    }

    private async Task<List<AgreementRow>> StoredRowsAsync(Guid id, CancellationToken ct)
    {
        var items = await db.AgreementItems.AsNoTracking().Where(a => a.InitiativeId == id).ToDictionaryAsync(a => a.Topic, ct);
        return Enum.GetValues<AgreementTopic>().Select(t => AgreementRow.From(t, items.GetValueOrDefault(t))).ToList();
    }
}
