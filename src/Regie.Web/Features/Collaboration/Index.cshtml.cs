using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration;

public sealed record InitiativeListItem(Guid Id, string Title, Scenario? Scenario, DateTimeOffset CreatedAt, DateTimeOffset? ArchivedAt)
{
    public string ScenarioLabel => Scenario is { } s ? Enums.Label(s) : "Stroomschema nog niet afgerond";
}

[Authorize(Policy = Capabilities.ViewInitiatives)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    private static readonly StringComparer Dutch = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);

    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<InitiativeListItem> Initiatives { get; private set; } = null!;
    public bool CanManage { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<InitiativeListItem>> ExportColumns =
    [
        new("Naam", i => i.Title),
        new("Scenario", i => i.ScenarioLabel),
        new("Aangemaakt op", i => i.CreatedAt, ExportKind.Date),
        new("Gearchiveerd op", i => i.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageInitiatives)).Succeeded;
        Initiatives = (await FindAsync(ct)).ToPaged(State.PageNumber);
        return Request.IsHtmx() ? Partial("_InitiativeRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await FindAsync(ct), ExportColumns, exportFormat, "initiatieven", clock.GetUtcNow());
    }

    /// <summary>A board has tens of initiatives, not thousands: search and sort in memory, the same on both databases.</summary>
    private async Task<List<InitiativeListItem>> FindAsync(CancellationToken ct)
    {
        var rows = await db.Initiatives.AsNoTracking()
            .Select(i => new InitiativeListItem(i.Id, i.Title, i.Scenario, i.CreatedAt, i.ArchivedAt))
            .ToListAsync(ct);
        var term = State.Search is { } q ? SearchTerms.Normalize(q) : null;
        IEnumerable<InitiativeListItem> found = rows.Where(i => State.Status switch
        {
            "gearchiveerd" => i.ArchivedAt is not null,
            "alle" => true,
            _ => i.ArchivedAt is null,
        }).Where(i => term is null || SearchTerms.Normalize(i.Title).Contains(term, StringComparison.Ordinal));
        var desc = State.Desc;
        found = State.Sort switch
        {
            "scenario" => (desc ? found.OrderByDescending(i => i.Scenario ?? 0) : found.OrderBy(i => i.Scenario ?? (Scenario)99)).ThenBy(i => i.Title, Dutch),
            "aangemaakt" => desc ? found.OrderByDescending(i => i.CreatedAt) : found.OrderBy(i => i.CreatedAt),
            _ => desc ? found.OrderByDescending(i => i.Title, Dutch) : found.OrderBy(i => i.Title, Dutch),
        };
        return found.ToList();
    }
}
