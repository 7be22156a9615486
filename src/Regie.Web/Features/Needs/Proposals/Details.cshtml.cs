using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Needs.Shared;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs.Proposals;

[Authorize(Policy = Capabilities.BundleNeeds)]
public sealed class DetailsModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public BundlingProposal Proposal { get; private set; } = null!;
    public ProposalFigures Figures { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    [BindProperty] public ProposalInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new ProposalInput { Title = Proposal.Title, Description = Proposal.Description, Version = Proposal.Version };
        return Page();
    }

    /// <summary>Title and explanation; a second save of the same version gets the conflict page like every edit.</summary>
    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Proposal.Version != Input.Version) return Conflict();
        if (!ModelState.IsValid) return Page();
        Proposal.Title = Input.Title.Trim();
        Proposal.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        if (!await db.SaveIfUnchangedAsync(Proposal, Input.Version, ct))
        {
            await LoadAsync(id, ct);
            return Conflict();
        }
        TempData["Status"] = "De wijzigingen zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostProposeAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Propose(), "Het voorstel staat nu op 'voorgelegd aan besturen'.", ct);

    public Task<IActionResult> OnPostStartTenderingAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.StartTendering(), "De aanbesteding wordt voorbereid.", ct);

    public Task<IActionResult> OnPostDropAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Drop(), "Het voorstel is gestopt.", ct);

    public Task<IActionResult> OnPostReopenAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Reopen(), "Het voorstel is weer een concept.", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Archive(clock.GetUtcNow()), "Het voorstel is gearchiveerd.", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int version, CancellationToken ct) =>
        ChangeAsync(id, version, p => p.Restore(), "Het voorstel is weer actief.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, int version, Action<BundlingProposal> change, string done, CancellationToken ct)
    {
        if (await db.BundlingProposals.FindAsync([id], ct) is not { } proposal) return NotFound();
        if (proposal.Version != version)
        {
            TempData["Status"] = ConcurrencyMessage.For("dit voorstel");
            return RedirectToPage(new { id });
        }
        try
        {
            change(proposal);
        }
        catch (InvalidOperationException)
        {
            TempData["Status"] = "Die stap past niet bij de huidige status van het voorstel.";
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.BundlingProposals.Include(p => p.Needs).SingleOrDefaultAsync(p => p.Id == id, ct) is not { } proposal) return false;
        Proposal = proposal;
        var shared = await SharedNeeds.LoadAsync(db, tenant.OrganizationId!.Value, ct);
        Figures = ProposalFigures.For(proposal.Needs.Select(n => n.NeedId).ToList(), shared);
        return true;
    }

    private PageResult Conflict()
    {
        ModelState.Clear();
        ModelState.AddModelError("", ConcurrencyMessage.For("dit voorstel"));
        Input.Version = Proposal.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
