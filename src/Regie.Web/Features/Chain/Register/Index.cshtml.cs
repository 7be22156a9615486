using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Register;

/// <summary>The schools whose pupil register the user keeps, with their pupils, groups and latest import.</summary>
[Authorize(Policy = Capabilities.ManagePupilRegister)]
public sealed class IndexModel(RegieDbContext db, ChainAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RegisterSchool> Schools { get; private set; } = [];
    public ListState State { get; } = new();

    private static readonly IReadOnlyList<ExportColumn<RegisterSchool>> ExportColumns =
    [
        new("School", s => s.Name),
        new("Vestigingscode", s => s.LocationCode),
        new("Plaats", s => s.City),
        new("Leerlingen", s => s.Pupils, ExportKind.Number),
        new("Groepen", s => s.Groups, ExportKind.Number),
        new("Laatste import", s => s.LastImport, ExportKind.DateTime),
    ];

    public async Task OnGetAsync(CancellationToken ct) =>
        Schools = await RegisterQueries.SchoolsAsync(db, await access.RegisterSchoolsAsync(ct), ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        await OnGetAsync(ct);
        return ExportFile.Create(Schools, ExportColumns, exportFormat, "leerlingregister-scholen", clock.GetUtcNow());
    }
}
