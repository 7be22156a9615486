using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Procurement.Projects;

public sealed record EvaluatorChoice(Guid Id, string Name);

/// <summary>Who may evaluate: the board's active users whose role lets them see procurement projects.</summary>
public static class Evaluators
{
    private static readonly string[] ViewingRoles = [Roles.Executive, Roles.Purchaser, Roles.IctCoordinator, Roles.SchoolLeader, Roles.Administrator];

    public static async Task<List<EvaluatorChoice>> ChoicesAsync(RegieDbContext db, CancellationToken ct)
    {
        var roleIds = await db.Roles.Where(r => ViewingRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        return await db.Users.Where(u => u.DeactivatedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName).Select(u => new EvaluatorChoice(u.Id, u.DisplayName)).ToListAsync(ct);
    }
}
