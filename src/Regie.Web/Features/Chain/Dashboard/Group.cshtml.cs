using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>One group across all learning materials, with names: for the group's teachers and the school's register users only.</summary>
[Authorize(Policy = Capabilities.ViewLearningResults)]
public sealed class GroupModel(RegieDbContext db, ChainAccess access, DashboardData data, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardSettings Settings { get; set; } = new();
    public PupilGroup Group { get; private set; } = null!;
    public string SchoolName { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public DashboardReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? DashboardWorkbook.File(Report, $"leerresultaten-groep-{FileName(Group.Name)}", clock.GetUtcNow()) : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.PupilGroups.FindAsync([id], ct) is not { } group || !await access.SeesNamesInGroupAsync(group, ct)) return false;
        Group = group;
        SchoolName = (await db.Schools.FindAsync([group.SchoolId], ct))?.Name ?? "";
        Today = data.Today;
        var analysis = await data.ForGroupAsync(id, Settings.Period(Today), ct);
        var pupils = await data.PupilsOfGroupAsync(id, ct);
        Report = DashboardReport.Build(analysis, pupils, await data.ProductNamesAsync(analysis.Products.Keys, ct));
        return true;
    }

    /// <summary>Group names come from the school's administration: keep only what is safe in a file name.</summary>
    internal static string FileName(string name)
    {
        var safe = new string(name.Where(c => char.IsLetterOrDigit(c) || c == '-').Take(40).ToArray());
        return safe.Length == 0 ? "groep" : safe;
    }
}
