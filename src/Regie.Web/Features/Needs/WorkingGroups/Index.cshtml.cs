using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs.WorkingGroups;

[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<GroupRow> Groups { get; private set; } = null!;
    public bool CanManage { get; private set; }

    /// <summary>Init properties rather than a constructor, so EF can still sort on them after the projection.</summary>
    public sealed record GroupRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Mandate { get; init; } = "";
        public int Members { get; init; }
        public int Needs { get; init; }
        public DateOnly? LastMeeting { get; init; }
        public DateTimeOffset? ArchivedAt { get; init; }
    }

    private static readonly IReadOnlyList<ExportColumn<GroupRow>> ExportColumns =
    [
        new("Naam", g => g.Name),
        new("Opdracht en mandaat", g => g.Mandate),
        new("Leden", g => g.Members, ExportKind.Number),
        new("Behoeften", g => g.Needs, ExportKind.Number),
        new("Laatste overleg", g => g.LastMeeting?.ToDateTime(TimeOnly.MinValue), ExportKind.Date),
        new("Gearchiveerd op", g => g.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageNeeds)).Succeeded;
        Groups = await Query().ToPagedAsync(State.PageNumber, ct);
        return Request.IsHtmx() ? Partial("_WorkingGroupRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await Query().ToListAsync(ct), ExportColumns, exportFormat, "werkgroepen", clock.GetUtcNow());
    }

    private IQueryable<GroupRow> Query()
    {
        var groups = db.WorkingGroups.AsNoTracking();
        groups = State.Status switch
        {
            "gearchiveerd" => groups.Where(g => g.ArchivedAt != null),
            "alle" => groups,
            _ => groups.Where(g => g.ArchivedAt == null),
        };
        if (State.Search is { } search)
        {
            // Lower case on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
            var pattern = $"%{search.ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            groups = groups.Where(g => EF.Functions.Like(g.Name.ToLower(), pattern) || EF.Functions.Like(g.Mandate.ToLower(), pattern));
        }
        var rows = groups.Select(g => new GroupRow
        {
            Id = g.Id, Name = g.Name, Mandate = g.Mandate, Members = g.Members.Count,
            Needs = db.Needs.Count(n => n.WorkingGroupId == g.Id && n.ArchivedAt == null),
            LastMeeting = db.MeetingNotes.Where(n => n.WorkingGroupId == g.Id).Max(n => (DateOnly?)n.MeetingDate),
            ArchivedAt = g.ArchivedAt,
        });
        return (State.Sort, State.Desc) switch
        {
            ("leden", false) => rows.OrderBy(g => g.Members).ThenBy(g => g.Name),
            ("leden", true) => rows.OrderByDescending(g => g.Members).ThenBy(g => g.Name),
            ("behoeften", false) => rows.OrderBy(g => g.Needs).ThenBy(g => g.Name),
            ("behoeften", true) => rows.OrderByDescending(g => g.Needs).ThenBy(g => g.Name),
            (_, true) => rows.OrderByDescending(g => g.Name),
            _ => rows.OrderBy(g => g.Name),
        };
    }
}
