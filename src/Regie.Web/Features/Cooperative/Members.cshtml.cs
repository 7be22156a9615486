using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Cooperative;

/// <summary>The boards that are members of this cooperative, with only what they chose to show.</summary>
[Authorize(Policy = Capabilities.ViewCooperativeMembers)]
public sealed class MembersModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public const string HiddenName = "Bestuur (naam afgeschermd)";
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public sealed record MemberRow(string Name, string Sector, int Schools, int Pupils);

    private static readonly IReadOnlyList<ExportColumn<MemberRow>> ExportColumns =
    [
        new("Bestuur", m => m.Name),
        new("Sector", m => m.Sector),
        new("Scholen", m => m.Schools, ExportKind.Number),
        new("Leerlingen", m => m.Pupils, ExportKind.Number),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Members = await QueryAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await QueryAsync(ct), ExportColumns, exportFormat, "aangesloten-besturen", clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<MemberRow>> QueryAsync(CancellationToken ct)
    {
        var boards = await db.Boards.AsNoTracking().Where(b => b.CooperativeId == tenant.OrganizationId).ToListAsync(ct);
        var totals = await SchoolTotals.PerBoardAsync(db, boards.Select(b => b.Id).ToList(), ct);
        return boards
            .Select(b => (Board: b, Total: totals.GetValueOrDefault(b.Id, SchoolTotal.None)))
            .Select(x => new MemberRow(x.Board.ShowNameToCooperative ? x.Board.Name : HiddenName, Enums.Label(x.Board.Sector), x.Total.Schools, x.Total.Pupils))
            .OrderBy(m => m.Name == HiddenName).ThenBy(m => m.Name)
            .ToList();
    }
}
