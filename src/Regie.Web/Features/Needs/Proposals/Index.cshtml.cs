using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Needs.Shared;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs.Proposals;

[Authorize(Policy = Capabilities.BundleNeeds)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public IReadOnlyList<ProposalRow> Proposals { get; private set; } = [];

    public sealed record ProposalRow(Guid Id, string Title, ProposalStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ArchivedAt, ProposalFigures Figures);

    private static readonly IReadOnlyList<ExportColumn<ProposalRow>> ExportColumns =
    [
        new("Titel", p => p.Title),
        new("Status", p => Enums.Label(p.Status)),
        new("Behoeften", p => p.Figures.Needs.Count, ExportKind.Number),
        new("Besturen", p => p.Figures.Boards, ExportKind.Number),
        new("Scholen", p => p.Figures.Schools, ExportKind.Number),
        new("Leerlingen", p => p.Figures.Pupils, ExportKind.Number),
        new("Gemaakt op", p => p.CreatedAt, ExportKind.Date),
        new("Gearchiveerd op", p => p.ArchivedAt, ExportKind.Date),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Proposals = await QueryAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await QueryAsync(ct), ExportColumns, exportFormat, "bundelvoorstellen", clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<ProposalRow>> QueryAsync(CancellationToken ct)
    {
        var query = db.BundlingProposals.AsNoTracking();
        query = State.Status switch
        {
            "gearchiveerd" => query.Where(p => p.ArchivedAt != null),
            "alle" => query,
            _ => query.Where(p => p.ArchivedAt == null),
        };
        var proposals = await query.OrderByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.Status, p.CreatedAt, p.ArchivedAt, Needs = p.Needs.Select(n => n.NeedId).ToList() })
            .ToListAsync(ct);
        var shared = await SharedNeeds.LoadAsync(db, tenant.OrganizationId!.Value, ct);
        return proposals.Select(p => new ProposalRow(p.Id, p.Title, p.Status, p.CreatedAt, p.ArchivedAt, ProposalFigures.For(p.Needs, shared))).ToList();
    }
}
