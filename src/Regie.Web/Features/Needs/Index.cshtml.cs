using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs;

[Authorize(Policy = Capabilities.RecordNeeds)]
public sealed class IndexModel(RegieDbContext db, SchoolDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public NeedListState State { get; set; } = new();
    public Paged<NeedListItem> Needs { get; private set; } = null!;
    public IReadOnlyList<SchoolListItem> Schools { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<NeedListItem>> ExportColumns =
    [
        new("Als", n => n.AsRole),
        new("Wil ik", n => n.Want),
        new("Zodat", n => n.SoThat),
        new("Pijler", n => n.Pillar),
        new("Prioriteit", n => n.Priority),
        new("Status", n => n.Status),
        new("Scholen", n => string.Join(", ", n.Schools)),
        new("Steunbetuigingen", n => n.Endorsements, ExportKind.Number),
        new("Ingediend door", n => n.CreatedByName),
        new("Ingediend op", n => n.CreatedAt, ExportKind.Date),
        new("Gedeeld met coöperatie op", n => n.SharedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var listing = await directory.ForCurrentBoardAsync(db, ct);
        Schools = listing.Find(new() { Status = "alle" }).ToList();
        var page = await NeedList.Query(db, State).ToPagedAsync(State.PageNumber, ct);
        Needs = page with { Items = await NeedList.WithSchoolsAsync(db, listing, page.Items, ct) };
        return Request.IsHtmx() ? Partial("_NeedRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var listing = await directory.ForCurrentBoardAsync(db, ct);
        var rows = await NeedList.WithSchoolsAsync(db, listing, await NeedList.Query(db, State).ToListAsync(ct), ct);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "behoeften", clock.GetUtcNow());
    }
}
