using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Web.Data;
using Regie.Web.Features.Needs.Shared;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Web.Features.Needs.Proposals;

/// <summary>
/// Turns a group Regie found into a bundling proposal. The group is found again from one of its needs on every
/// request, so the proposal can only ever hold shared needs of the cooperative's own members.
/// </summary>
[Authorize(Policy = Capabilities.BundleNeeds)]
public sealed class CreateModel(RegieDbContext db, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Groep { get; set; }
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public NeedCluster? Cluster { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindClusterAsync(ct) is not { } cluster) return NotFound();
        Cluster = cluster;
        Input.Title = $"Samen inkopen: {cluster.Title}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindClusterAsync(ct) is not { } cluster) return NotFound();
        Cluster = cluster;
        if (!ModelState.IsValid) return Page();
        var proposal = BundlingProposal.ForGroup(tenant.OrganizationId!.Value, Input.Title, Input.Description, cluster.Group.Explanation, cluster.Needs.Select(n => n.Id));
        db.BundlingProposals.Add(proposal);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Het bundelvoorstel '{proposal.Title}' is gemaakt.";
        return RedirectToPage("Details", new { id = proposal.Id });
    }

    private async Task<NeedCluster?> FindClusterAsync(CancellationToken ct)
    {
        var shared = await SharedNeeds.LoadAsync(db, tenant.OrganizationId!.Value, ct);
        return shared.Clusters().FirstOrDefault(c => c.Needs.Any(n => n.Id == Groep));
    }
}
