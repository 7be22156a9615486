using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs.Shared;

/// <summary>The needs member boards shared with the cooperative, and the groups of similar needs Regie found in them.</summary>
[Authorize(Policy = Capabilities.BundleNeeds)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public SharedNeeds Shared { get; private set; } = null!;
    public IReadOnlyList<NeedCluster> Clusters { get; private set; } = [];

    public sealed record ExportRow(string Board, string Story, string Pillar, string Priority, DateTimeOffset SharedAt, int Schools, int Pupils, string? Group);

    private static readonly IReadOnlyList<ExportColumn<ExportRow>> ExportColumns =
    [
        new("Bestuur", r => r.Board),
        new("Behoefte", r => r.Story),
        new("Pijler", r => r.Pillar),
        new("Prioriteit", r => r.Priority),
        new("Gedeeld op", r => r.SharedAt, ExportKind.Date),
        new("Scholen", r => r.Schools, ExportKind.Number),
        new("Leerlingen", r => r.Pupils, ExportKind.Number),
        new("Groep", r => r.Group),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Shared = await SharedNeeds.LoadAsync(db, tenant.OrganizationId!.Value, ct);
        Clusters = Shared.Clusters();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        await OnGetAsync(ct);
        var groupOf = Clusters.SelectMany(c => c.Needs.Select(n => (n.Id, Label: $"{c.Number}: {c.Title}"))).ToDictionary(x => x.Id, x => x.Label);
        var rows = Shared.Needs.Select(n => new ExportRow(n.BoardLabel, n.Story, Enums.Label(n.Pillar), Enums.Label(n.Priority), n.SharedAt,
            Shared.Schools[n.Id].Count(), Shared.Schools[n.Id].Sum(s => s.Pupils), groupOf.GetValueOrDefault(n.Id)));
        return ExportFile.Create(rows, ExportColumns, exportFormat, "gedeelde-behoeften", clock.GetUtcNow());
    }
}
