using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Users;

[Authorize(Policy = Capabilities.ManageUsers)]
public sealed class IndexModel(RegieDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListState State { get; set; } = new();
    public Paged<UserRow> Users { get; private set; } = null!;

    public sealed record UserRow(Guid Id, string Name, string Email, string Roles, bool Active, bool PasswordSet, DateTimeOffset? InvitedAt);

    private static readonly IReadOnlyList<ExportColumn<UserRow>> ExportColumns =
    [
        new("Naam", u => u.Name),
        new("E-mailadres", u => u.Email),
        new("Rollen", u => u.Roles),
        new("Actief", u => u.Active),
        new("Wachtwoord ingesteld", u => u.PasswordSet),
        new("Uitgenodigd op", u => u.InvitedAt, ExportKind.Date),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var page = await Query().ToPagedAsync(State.PageNumber, ct);
        Users = page with { Items = await WithRolesAsync(page.Items, ct) };
        return Request.IsHtmx() ? Partial("_UserRows", this) : Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (!ExportFile.TryParseFormat(format, out var exportFormat)) return BadRequest();
        var rows = await WithRolesAsync(await Query().ToListAsync(ct), ct);
        return ExportFile.Create(rows, ExportColumns, exportFormat, "gebruikers", clock.GetUtcNow());
    }

    private IQueryable<UserRow> Query()
    {
        // Users are not under the global tenant filter (sign-in needs them), so scope explicitly.
        var users = db.Users.AsNoTracking().Where(u => u.OrganizationId == tenant.OrganizationId);
        users = State.Status switch
        {
            "gedeactiveerd" => users.Where(u => u.DeactivatedAt != null),
            "alle" => users,
            _ => users.Where(u => u.DeactivatedAt == null),
        };
        if (State.Search is { } q)
        {
            var pattern = "%" + q.ToLowerInvariant().Replace("%", "", StringComparison.Ordinal) + "%";
            users = users.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern) || EF.Functions.Like(u.NormalizedEmail!.ToLower(), pattern));
        }
        users = (State.Sort, State.Desc) switch
        {
            ("email", false) => users.OrderBy(u => u.NormalizedEmail),
            ("email", true) => users.OrderByDescending(u => u.NormalizedEmail),
            (_, true) => users.OrderByDescending(u => u.DisplayName),
            _ => users.OrderBy(u => u.DisplayName),
        };
        return users.Select(u => new UserRow(u.Id, u.DisplayName, u.Email!, "", u.DeactivatedAt == null, u.PasswordHash != null, u.InvitedAt));
    }

    private async Task<IReadOnlyList<UserRow>> WithRolesAsync(IReadOnlyList<UserRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => Infrastructure.Authorization.Roles.Label(r.Name!));
        return rows.Select(r => r with { Roles = string.Join(", ", byUser[r.Id].Order()) }).ToList();
    }
}
