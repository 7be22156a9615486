using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement;

public sealed record ProjectListItem(Guid Id, string Reference, string Title, PurchaseCategory Category, ProjectStatus Status,
    ProcedureKind Procedure, decimal EstimatedValue, DateTimeOffset? OfferDeadline, LockInLevel LockIn, DateTimeOffset? ArchivedAt);

[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    private static readonly StringComparer Dutch = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);

    [BindProperty(SupportsGet = true)] public ProjectListState State { get; set; } = new();
    public Paged<ProjectListItem> Projects { get; private set; } = null!;
    public bool CanManage { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<ProjectListItem>> ExportColumns =
    [
        new("Kenmerk", p => p.Reference),
        new("Naam", p => p.Title),
        new("Categorie", p => Enums.Label(p.Category)),
        new("Status", p => Enums.Label(p.Status)),
        new("Procedure", p => Enums.Label(p.Procedure)),
        new("Geraamde waarde (excl. btw)", p => p.EstimatedValue, ExportKind.Number),
        new("Inschrijven tot", p => p.OfferDeadline, ExportKind.Date),
        new("Lock-in-risico", p => Enums.Label(p.LockIn)),
        new("Gearchiveerd op", p => p.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        Projects = (await FindAsync(ct)).ToPaged(State.PageNumber);
        return Request.IsHtmx() ? Partial("_ProjectRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await FindAsync(ct), ExportColumns, exportFormat, "inkooptrajecten", clock.GetUtcNow());
    }

    /// <summary>A board runs tens of projects a year; the estimate and the lock-in risk are computed, so filter and sort in memory.</summary>
    private async Task<List<ProjectListItem>> FindAsync(CancellationToken ct)
    {
        var rows = await db.ProcurementProjects.AsNoTracking().ToListAsync(ct);
        var term = State.Search is { } q ? SearchTerms.Normalize(q) : null;
        IEnumerable<ProjectListItem> found = rows
            .Where(p => State.Show switch { "gearchiveerd" => p.IsArchived, "alle" => true, _ => !p.IsArchived })
            .Where(p => State.Status is null || p.Status == State.Status)
            .Where(p => State.Category is null || p.Category == State.Category)
            .Where(p => term is null || SearchTerms.Normalize($"{p.Reference} {p.Title} {p.Description}").Contains(term, StringComparison.Ordinal))
            .Select(p => new ProjectListItem(p.Id, p.Reference, p.Title, p.Category, p.Status, p.Procedure, p.EstimatedTotal, p.OfferDeadline, p.LockIn.Level, p.ArchivedAt));
        var desc = State.Desc;
        found = State.Sort switch
        {
            "naam" => desc ? found.OrderByDescending(p => p.Title, Dutch) : found.OrderBy(p => p.Title, Dutch),
            "waarde" => desc ? found.OrderByDescending(p => p.EstimatedValue) : found.OrderBy(p => p.EstimatedValue),
            "deadline" => desc ? found.OrderByDescending(p => p.OfferDeadline ?? DateTimeOffset.MinValue) : found.OrderBy(p => p.OfferDeadline ?? DateTimeOffset.MaxValue),
            "status" => desc ? found.OrderByDescending(p => p.Status) : found.OrderBy(p => p.Status),
            _ => desc ? found.OrderBy(p => p.Reference, StringComparer.Ordinal) : found.OrderByDescending(p => p.Reference, StringComparer.Ordinal),
        };
        return found.ToList();
    }
}
