using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>
/// Adding or editing one line of a plan's newest draft version (route id: the plan). A catalogue item found by
/// search fills description, supplier and unit price; the search is a plain GET, so it works without JavaScript.
/// </summary>
[Authorize(Policy = Capabilities.ManageInvestmentPlans)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)] // a pasted 5 MB text gets the length message, not a form-reading error
public sealed class LineModel(RegieDbContext db, SchoolDirectory directory) : PageModel
{
    [BindProperty] public LineInput Line { get; set; } = new();
    public InvestmentPlan Plan { get; private set; } = null!;
    public InvestmentPlanVersion Draft { get; private set; } = null!;
    public IReadOnlyList<SchoolListItem> Schools { get; private set; } = [];
    public IReadOnlyList<CatalogItem> Found { get; private set; } = [];
    public CatalogItem? Item { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    public string? ConflictDetails { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? lineId, Guid? item, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Refusal is not null) return Refused();
        if (lineId is { } existing)
        {
            if (await db.InvestmentPlanLines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == existing && l.PlanVersionId == Draft.Id, ct) is not { } line) return NotFound();
            Line = LineInput.From(line);
        }
        else
        {
            Line = new LineInput { SchoolId = Plan.SchoolId, PurchaseYear = Plan.FirstYear };
        }
        if (item is { } itemId && await PublishedAsync(itemId, ct) is { } chosen) Line.Use(chosen);
        Item = Line.CatalogItemId is { } current ? await PublishedAsync(current, ct) : null;
        if (Zoek is { Length: > 0 } q) Found = await SearchAsync(q, ct);
        Line.PadPhases();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var line = Line.LineId is { } lineId ? await db.InvestmentPlanLines.SingleOrDefaultAsync(l => l.Id == lineId && l.PlanVersionId == Draft.Id, ct) : null;
        if (Line.LineId is not null && line is null) return NotFound();
        if (Refusal is not null) return Refused();
        if (line is not null && line.Version != Line.Version) return Conflict(line);
        Item = Line.CatalogItemId is { } itemId ? await PublishedAsync(itemId, ct) : null;
        if (Line.CatalogItemId is not null && Item is null) ModelState.AddModelError("Line.CatalogItemId", "Het gekozen product staat niet (meer) in de markt. Kies een ander product of laat het leeg.");
        Line.Validate(ModelState, Plan.Horizon, Line.SchoolId is not { } school || Schools.Any(s => s.Id == school));
        if (!ModelState.IsValid)
        {
            Line.PadPhases();
            return Page();
        }

        line ??= db.InvestmentPlanLines.Add(new InvestmentPlanLine { BoardId = Plan.BoardId, PlanVersionId = Draft.Id }).Entity;
        Line.ApplyTo(line, Item?.SupplierId);
        if (!await db.SaveIfUnchangedAsync(line, Line.LineId is null ? null : Line.Version, ct))
        {
            await LoadAsync(id, ct);
            return Conflict(await db.InvestmentPlanLines.AsNoTracking().SingleAsync(l => l.Id == line.Id, ct));
        }
        TempData["Status"] = $"De regel '{line.Description}' is opgeslagen in versie {Draft.Number}.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.InvestmentPlans.FindAsync([id], ct) is not { } plan) return false;
        Plan = plan;
        if (await db.InvestmentPlanVersions.Where(v => v.PlanId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct) is not { } newest) return false;
        Draft = newest;
        var schools = (await directory.ForCurrentBoardAsync(db, ct)).Find(new()).ToList();
        // A school's own plan has lines for that school only.
        Schools = plan.SchoolId is { } own ? schools.Where(s => s.Id == own).ToList() : schools;
        if (plan.IsArchived) Refusal = "Dit plan is gearchiveerd; zet het eerst weer actief om regels te wijzigen.";
        else if (!newest.IsDraft) Refusal = $"Versie {newest.Number} is vastgesteld en verandert niet meer. Begin een nieuwe versie om regels te wijzigen.";
        return true;
    }

    private IActionResult Refused()
    {
        TempData["Status"] = Refusal;
        return RedirectToPage("Details", new { id = Plan.Id });
    }

    private Task<CatalogItem?> PublishedAsync(Guid id, CancellationToken ct) =>
        db.CatalogItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.Status == ItemStatus.Published, ct);

    private async Task<IReadOnlyList<CatalogItem>> SearchAsync(string q, CancellationToken ct)
    {
        var pattern = SearchTerms.Contains(q.Length > 100 ? q[..100] : q);
        return await db.CatalogItems.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Published && EF.Functions.Like(i.SearchText, pattern))
            .OrderBy(i => i.Title).Take(10).ToListAsync(ct);
    }

    /// <summary>Someone saved the line first: keep the user's input, show what is stored now, overwrite nothing.</summary>
    private PageResult Conflict(InvestmentPlanLine stored)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("deze regel"));
        ConflictDetails = $"{stored.Description}: {PlanLabels.Number(stored.Quantity)} × {stored.UnitPrice.ToEuro()}, aanschaf in {stored.PurchaseYear}" +
            (stored.IsRemoved ? " (verwijderd uit deze versie)." : ".");
        Line.Version = stored.Version;
        Line.PadPhases();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
