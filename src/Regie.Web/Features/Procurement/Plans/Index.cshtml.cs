using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed class IndexModel(RegieDbContext db, SchoolDirectory directory, PlanOverviews overviews, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<PlanListItem> Plans { get; private set; } = null!;
    public bool CanManage { get; private set; }

    private static readonly IReadOnlyList<ExportColumn<PlanListItem>> ExportColumns =
    [
        new("Naam", p => p.Title),
        new("Voor", p => p.SchoolName),
        new("Eerste jaar", p => p.FirstYear.ToString(PlanLabels.Dutch)),
        new("Laatste jaar", p => p.LastYear.ToString(PlanLabels.Dutch)),
        new("Nieuwste versie", p => p.VersionNumber, ExportKind.Number),
        new("Status", p => p.Status),
        new("Aantal regels", p => p.Lines, ExportKind.Number),
        new("Totaal incl. reserve (euro)", p => p.Total, ExportKind.Number),
        new("Gearchiveerd op", p => p.ArchivedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageInvestmentPlans)).Succeeded;
        Plans = (await LoadAsync(ct)).ToPaged(State.PageNumber);
        return Request.IsHtmx() ? Partial("_PlanRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        return ExportFile.Create(await LoadAsync(ct), ExportColumns, exportFormat, "investeringsplannen", clock.GetUtcNow());
    }

    private async Task<List<PlanListItem>> LoadAsync(CancellationToken ct) =>
        await PlanList.LoadAsync(db, overviews, await directory.ForCurrentBoardAsync(db, ct), State, ct);
}
