using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
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
        var ids = boards.Select(b => b.Id).ToList();
        // Aggregates only: the cooperative never reads member boards' school records themselves.
        var totals = await db.Schools.IgnoreQueryFilters().Where(s => ids.Contains(s.BoardId) && s.ArchivedAt == null)
            .GroupBy(s => s.BoardId)
            .Select(g => new { BoardId = g.Key, Schools = g.Count(), Pupils = g.Sum(s => s.PupilCount ?? 0) })
            .ToDictionaryAsync(t => t.BoardId, ct);
        return boards
            .Select(b => new MemberRow(b.ShowNameToCooperative ? b.Name : HiddenName, Enums.Label(b.Sector),
                totals.GetValueOrDefault(b.Id)?.Schools ?? 0, totals.GetValueOrDefault(b.Id)?.Pupils ?? 0))
            .OrderBy(m => m.Name == HiddenName).ThenBy(m => m.Name)
            .ToList();
    }
}
