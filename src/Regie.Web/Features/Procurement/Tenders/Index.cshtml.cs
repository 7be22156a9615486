using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Procurement.Tenders;

public sealed record TenderListItem(Guid Id, string BoardName, string Reference, string Title, ProjectStatus Status,
    DateTimeOffset? QuestionsDeadline, DateTimeOffset? OfferDeadline);

/// <summary>The supplier's invitations: the tenders it may ask questions about and write an offer for.</summary>
[Authorize(Policy = Capabilities.RespondToTenders)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public List<TenderListItem> Tenders { get; private set; } = [];

    private static readonly IReadOnlyList<ExportColumn<TenderListItem>> ExportColumns =
    [
        new("Opdrachtgever", t => t.BoardName),
        new("Kenmerk", t => t.Reference),
        new("Naam", t => t.Title),
        new("Status", t => Enums.Label(t.Status)),
        new("Vragen stellen tot", t => t.QuestionsDeadline, ExportKind.DateTime),
        new("Inschrijven tot", t => t.OfferDeadline, ExportKind.DateTime),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Tenders = await FindAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await FindAsync(ct), ExportColumns, exportFormat, "aanbestedingen", clock.GetUtcNow());
    }

    private async Task<List<TenderListItem>> FindAsync(CancellationToken ct)
    {
        var projects = await SupplierAccess.InvitedProjects(db, tenant.OrganizationId!.Value)
            .Select(p => new { p.Id, p.BoardId, p.Reference, p.Title, p.Status, p.QuestionsDeadline, p.OfferDeadline }).ToListAsync(ct);
        var boardIds = projects.Select(p => p.BoardId).Distinct().ToList();
        var boards = await db.Organizations.Where(o => boardIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return projects.Select(p => new TenderListItem(p.Id, boards.GetValueOrDefault(p.BoardId, ""), p.Reference, p.Title, p.Status, p.QuestionsDeadline, p.OfferDeadline))
            .OrderBy(t => t.Status).ThenBy(t => t.OfferDeadline ?? DateTimeOffset.MaxValue).ToList();
    }
}
