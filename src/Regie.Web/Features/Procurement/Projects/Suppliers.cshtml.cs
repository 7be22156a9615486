using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

public sealed record CatalogMatch(Guid Id, Guid SupplierId, string SupplierName, string Title, ItemKind Kind, string Summary);

/// <summary>The long list of suppliers, found in the market's catalogue, and who of them is invited.</summary>
[Authorize(Policy = Capabilities.ViewProcurement)]
public sealed partial class SuppliersModel(RegieDbContext db, TenderMail mail, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const int MatchesShown = 30;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>Search every kind of item, not only those that fit the project's category.</summary>
    [BindProperty(SupportsGet = true)] public bool AllKinds { get; set; }
    public ProcurementProject Project { get; private set; } = null!;
    public List<ProjectSupplier> Suppliers { get; private set; } = [];
    public Dictionary<Guid, string> ItemTitles { get; private set; } = [];
    public List<CatalogMatch> Matches { get; private set; } = [];
    public bool Searched { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (CanManage && !Project.IsArchived && Project.Status is ProjectStatus.Preparing or ProjectStatus.Open && (Q is not null || AllKinds || Request.Query.ContainsKey("zoek")))
        {
            Searched = true;
            var kinds = CategoryItemKinds.For(Project.Category).ToList();
            var items = db.CatalogItems.AsNoTracking().Where(i => i.Status == ItemStatus.Published);
            if (!AllKinds) items = items.Where(i => kinds.Contains(i.Kind));
            if (!string.IsNullOrWhiteSpace(Q) && Q.Length <= 200) items = items.Where(i => EF.Functions.Like(i.SearchText, SearchTerms.Contains(Q)));
            Matches = await items.OrderBy(i => i.SupplierName).ThenBy(i => i.Title).Take(MatchesShown)
                .Select(i => new CatalogMatch(i.Id, i.SupplierId, i.SupplierName, i.Title, i.Kind, i.Summary)).ToListAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        if (!await LoadAsync(id, ct)) return NotFound();
        IReadOnlyList<ExportColumn<ProjectSupplier>> columns =
        [
            new("Leverancier", s => s.SupplierName),
            new("Producten", s => string.Join("; ", s.CatalogItemIds.Select(i => ItemTitles.GetValueOrDefault(i, "")))),
            new("Status", s => Enums.Label(s.Status)),
            new("Geselecteerd voor uitnodiging", s => s.Selected ? "ja" : "nee"),
            new("Uitgenodigd op", s => s.InvitedAt, ExportKind.DateTime),
            new("Reden", s => s.Note),
        ];
        return ExportFile.Create(Suppliers, columns, exportFormat, $"leveranciers-{Project.Reference}", clock.GetUtcNow());
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.ProcurementProjects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } project) return false;
        Project = project;
        CanManage = (await authorization.AuthorizeAsync(User, Capabilities.ManageProcurement)).Succeeded;
        Suppliers = (await db.ProjectSuppliers.AsNoTracking().Where(s => s.ProjectId == id).ToListAsync(ct))
            .OrderBy(s => s.Status).ThenBy(s => s.SupplierName, StringComparer.CurrentCultureIgnoreCase).ToList();
        var itemIds = Suppliers.SelectMany(s => s.CatalogItemIds).Distinct().ToList();
        ItemTitles = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        return true;
    }
}
