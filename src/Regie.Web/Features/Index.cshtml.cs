using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features;

/// <summary>The start page: what matters to this user's organization, and the way to each task their roles allow.</summary>
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, Navigation navigation) : PageModel
{
    public Infrastructure.Tenancy.Organization Organization { get; private set; } = null!;
    public IReadOnlyList<(string Label, string Value, string Page)> Figures { get; private set; } = [];
    public IReadOnlyList<NavItem> Tasks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == tenant.OrganizationId, ct);
        Tasks = (await navigation.ForAsync(User)).Where(i => i.Page != "/Index").ToList();
        var figures = new List<(string, string, string)>();
        var users = await db.Users.CountAsync(u => u.OrganizationId == Organization.Id && u.DeactivatedAt == null, ct);
        switch (Organization)
        {
            case Board:
                var schools = await db.Schools.Where(s => s.ArchivedAt == null).GroupBy(_ => 1)
                    .Select(g => new { Count = g.Count(), Pupils = g.Sum(s => s.PupilCount ?? 0) }).SingleOrDefaultAsync(ct);
                figures.Add(("Actieve scholen", (schools?.Count ?? 0).ToString("N0"), "/Schools/Index"));
                figures.Add(("Leerlingen", (schools?.Pupils ?? 0).ToString("N0"), "/Schools/Index"));
                break;
            case Infrastructure.Tenancy.Cooperative:
                figures.Add(("Aangesloten besturen", (await db.Boards.CountAsync(b => b.CooperativeId == Organization.Id, ct)).ToString("N0"), "/Cooperative/Members"));
                break;
            case SectorOffice:
                figures.Add(("Besturen in Regie", (await db.Boards.CountAsync(ct)).ToString("N0"), "/Sector/Boards"));
                break;
        }
        figures.Add(("Actieve gebruikers", users.ToString("N0"), Tasks.Any(t => t.Page == "/Users/Index") ? "/Users/Index" : "/Organization/Profile"));
        Figures = figures;
    }
}
