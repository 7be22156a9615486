using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Schools;

[Authorize(Policy = Capabilities.ViewSchools)]
public sealed class IndexModel(RegieDbContext db, SchoolDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<SchoolListItem> Schools { get; private set; } = null!;
    public bool CanManage { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<SchoolListItem>> ExportColumns =
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
        var listing = await directory.ForCurrentBoardAsync(db, ct);
        Schools = listing.Find(State).ToPaged(State.PageNumber);
        return Request.IsHtmx() ? Partial("_SchoolRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var listing = await directory.ForCurrentBoardAsync(db, ct);
        return ExportFile.Create(listing.Find(State).ToList(), ExportColumns, exportFormat, "scholen", clock.GetUtcNow());
    }
}
