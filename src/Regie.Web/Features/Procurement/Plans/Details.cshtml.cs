using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>A plan's overview of one version: totals per year, category and school, the reserve, charts and the lines.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed partial class DetailsModel(
    RegieDbContext db, SchoolDirectory directory, PlanOverviews overviews, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public PlanLineFilter Filter { get; set; } = new();
    [BindProperty] public ReserveInput Reserve { get; set; } = new();
    public InvestmentPlan Plan { get; private set; } = null!;
    public IReadOnlyList<InvestmentPlanVersion> Versions { get; private set; } = [];
    public InvestmentPlanVersion Shown { get; private set; } = null!;
    public PlanVersionLines Lines { get; private set; } = null!;
    public Paged<PlanLineRow> Rows { get; private set; } = null!;
    public SchoolListing Schools { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public string? ConflictDetails { get; private set; }

    /// <summary>Lines change only in the newest version, while it is a draft, and not in an archived plan.</summary>
    public bool CanEditLines => CanManage && Shown.IsDraft && Shown.Number == Versions[^1].Number && !Plan.IsArchived;
    public decimal ReserveAmount => PlanCalculator.Reserve(Shown.ReserveKind, Shown.ReserveValue, Lines.Totals.Purchases);
    public decimal GrandTotal => Lines.Totals.Costs + ReserveAmount;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, Filter.Version, ct)) return NotFound();
        Reserve = ReserveInput.From(Shown);
        return Request.IsHtmx() ? Partial("_PlanLines", this) : Page();
    }

    private static readonly IReadOnlyList<ExportColumn<PlanLineRow>> LineColumns =
    [
        new("Omschrijving", l => l.Description), new("School", l => l.SchoolName), new("Categorie", l => l.Category),
        new("Aantal", l => l.Quantity, ExportKind.Number), new("Prijs per stuk (euro)", l => l.UnitPrice, ExportKind.Number),
        new("Aanschaf", l => l.When), new("Terugkerend per jaar (euro)", l => l.YearlyRecurring, ExportKind.Number),
        new("Contractduur", l => PlanLabels.Term(l.ContractMonths)),
        new("Kosten over de looptijd (euro)", l => l.Cost.Total, ExportKind.Number),
    ];

    /// <summary>The lines table as shown (filters and sort applied), as CSV or xlsx.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, Filter.Version, ct)) return NotFound();
        return ExportFile.Create(Lines.Find(Filter).ToList(), LineColumns, exportFormat, $"planregels-v{Shown.Number}", clock.GetUtcNow());
    }

    /// <summary>The whole version as a report: an Excel workbook or a PDF.</summary>
    public async Task<IActionResult> OnGetReportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (format is not ("xlsx" or "pdf")) return BadRequest();
        if (!await LoadAsync(id, Filter.Version, ct)) return NotFound();
        var lines = await db.InvestmentPlanLines.AsNoTracking().Where(l => l.PlanVersionId == Shown.Id && l.ArchivedAt == null).ToListAsync(ct);
        var report = new PlanReport(Plan, Shown, Lines.Totals, lines, Schools, clock.GetUtcNow());
        return format == "pdf" ? report.Pdf() : report.Excel();
    }

    private async Task<bool> LoadAsync(Guid id, int? versionNumber, CancellationToken ct)
    {
        if (await db.InvestmentPlans.FindAsync([id], ct) is not { } plan) return false;
        Plan = plan;
        Versions = await db.InvestmentPlanVersions.Where(v => v.PlanId == id).OrderBy(v => v.Number).ToListAsync(ct);
        if (Versions.Count == 0) return false;
        Shown = versionNumber is { } n ? Versions.FirstOrDefault(v => v.Number == n) ?? Versions[^1] : Versions[^1];
        Filter.Version = Shown.Number == Versions[^1].Number ? null : Shown.Number;
        Schools = await directory.ForCurrentBoardAsync(db, ct);
        Lines = await overviews.ForVersionAsync(db, plan, Shown, Schools, ct);
        Rows = Lines.Find(Filter).ToPaged(Filter.PageNumber);
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageInvestmentPlans)).Succeeded;
        return true;
    }

    private Dictionary<Guid, string>? _schoolNames;

    public string SchoolName(Guid? schoolId)
    {
        _schoolNames ??= Schools.Find(new ListState { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
        return schoolId is { } id ? _schoolNames.GetValueOrDefault(id, "Onbekende school") : PlanLabels.WholeBoard;
    }
}
