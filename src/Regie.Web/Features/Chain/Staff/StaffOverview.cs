using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;
using AppRoles = Regie.Web.Infrastructure.Authorization.Roles;

namespace Regie.Web.Features.Chain.Staff;

public sealed record StaffEntry(Guid AssignmentId, Guid SchoolId, string School, SchoolAssignmentKind Kind, string UserName, string Email, string? Warning);

public sealed record SchoolStaff(Guid Id, string Name, List<StaffEntry> Entries)
{
    public IEnumerable<StaffEntry> Of(SchoolAssignmentKind kind) => Entries.Where(e => e.Kind == kind);
}

public sealed record BoardUser(Guid Id, string Name, string Email, bool Active, IReadOnlySet<string> Roles);

/// <summary>Who holds which school role, with a warning where the person's Regie roles do not let them do that work.</summary>
public static class StaffOverview
{
    public static async Task<List<BoardUser>> UsersAsync(RegieDbContext db, TenantContext tenant, CancellationToken ct)
    {
        // Users are not under the global tenant filter (sign-in needs them), so scope explicitly.
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == tenant.OrganizationId)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email, u.DeactivatedAt }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);
        return users.Select(u => new BoardUser(u.Id, u.DisplayName, u.Email ?? "", u.DeactivatedAt is null, roles[u.Id].ToHashSet())).ToList();
    }

    public static async Task<List<SchoolStaff>> LoadAsync(RegieDbContext db, TenantContext tenant, ListState state, CancellationToken ct)
    {
        var schools = db.Schools.AsNoTracking().Where(s => s.ArchivedAt == null);
        if (state.Search is { } q)
        {
            var pattern = "%" + q.ToLowerInvariant().Replace("%", "", StringComparison.Ordinal) + "%";
            schools = schools.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern));
        }
        var found = await schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var users = (await UsersAsync(db, tenant, ct)).ToDictionary(u => u.Id);
        var assignments = (await db.SchoolAssignments.AsNoTracking().ToListAsync(ct)).ToLookup(a => a.SchoolId);
        return found.Select(s => new SchoolStaff(s.Id, s.Name, assignments[s.Id]
                .Select(a => users.TryGetValue(a.UserId, out var user)
                    ? new StaffEntry(a.Id, s.Id, s.Name, a.Kind, user.Name, user.Email, Warning(a.Kind, user))
                    : new StaffEntry(a.Id, s.Id, s.Name, a.Kind, "Onbekende gebruiker", "", "Deze gebruiker hoort niet (meer) bij uw bestuur."))
                .OrderBy(e => e.UserName, StringComparer.CurrentCultureIgnoreCase).ToList()))
            .ToList();
    }

    /// <summary>Why the assignment will not work as meant, or null when it will.</summary>
    public static string? Warning(SchoolAssignmentKind kind, BoardUser user)
    {
        if (!user.Active) return "Dit account is gedeactiveerd.";
        return kind switch
        {
            SchoolAssignmentKind.SchoolLeader when !user.Roles.Contains(AppRoles.SchoolLeader) =>
                "Heeft in Regie niet de rol Schoolleider.",
            SchoolAssignmentKind.Coordinator when !user.Roles.Contains(AppRoles.IctCoordinator) =>
                "Heeft in Regie niet de rol ICT-coördinator.",
            SchoolAssignmentKind.PrivacyContact when !user.Roles.Overlaps([AppRoles.Executive, AppRoles.IctCoordinator, AppRoles.SchoolLeader, AppRoles.Administrator]) =>
                "Heeft geen rol waarmee het toegangslog te openen is (bestuurder, ICT-coördinator, schoolleider of beheerder).",
            _ => null,
        };
    }
}
