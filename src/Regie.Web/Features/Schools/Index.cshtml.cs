using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Schools;

[Authorize(Policy = Capabilities.ViewSchools)]
public sealed class IndexModel(RegieDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<SchoolRow> Schools { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public sealed record SchoolRow(Guid Id, string Name, string LocationCode, string City, string? Denomination, int? PupilCount, DateTimeOffset? ArchivedAt);

    private static readonly IReadOnlyList<ExportColumn<SchoolRow>> ExportColumns =
    [
        new("Naam", s => s.Name),
        new("Vestigingscode", s => s.LocationCode),
        new("Plaats", s => s.City),
        new("Denominatie", s => s.Denomination),
        new("Aantal leerlingen", s => s.PupilCount, ExportKind.Number),
        new("Gearchiveerd op", s => s.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, Capabilities.ManageSchools)).Succeeded;
        Schools = await Query().ToPagedAsync(State.PageNumber, ct);
        return Request.IsHtmx() ? Partial("_SchoolRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = await Query().ToListAsync(ct);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "scholen", clock.GetUtcNow());
    }

    private IQueryable<SchoolRow> Query()
    {
        var schools = db.Schools.AsNoTracking();
        schools = State.Status switch
        {
            "gearchiveerd" => schools.Where(s => s.ArchivedAt != null),
            "alle" => schools,
            _ => schools.Where(s => s.ArchivedAt == null),
        };
        if (State.Search is { } q)
        {
            var pattern = SearchTerms.Contains(q);
            schools = schools.Where(s => EF.Functions.Like(s.SearchText, pattern));
        }
        schools = (State.Sort, State.Desc) switch
        {
            ("plaats", false) => schools.OrderBy(s => s.City).ThenBy(s => s.Name),
            ("plaats", true) => schools.OrderByDescending(s => s.City).ThenBy(s => s.Name),
            ("code", false) => schools.OrderBy(s => s.LocationCode),
            ("code", true) => schools.OrderByDescending(s => s.LocationCode),
            ("leerlingen", false) => schools.OrderBy(s => s.PupilCount).ThenBy(s => s.Name),
            ("leerlingen", true) => schools.OrderByDescending(s => s.PupilCount).ThenBy(s => s.Name),
            (_, true) => schools.OrderByDescending(s => s.Name).ThenBy(s => s.LocationCode),
            _ => schools.OrderBy(s => s.Name).ThenBy(s => s.LocationCode),
        };
        return schools.Select(s => new SchoolRow(s.Id, s.Name, s.LocationCode, s.City, s.Denomination, s.PupilCount, s.ArchivedAt));
    }
}
