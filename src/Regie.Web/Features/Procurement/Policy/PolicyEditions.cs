using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>The editions of the current board's policy: at most one draft, one adopted, the rest superseded.</summary>
public static class PolicyEditions
{
    public static Task<ProcurementPolicy?> AdoptedAsync(RegieDbContext db, CancellationToken ct) =>
        db.ProcurementPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Status == PolicyStatus.Adopted, ct);

    public static Task<ProcurementPolicy?> DraftAsync(RegieDbContext db, CancellationToken ct) =>
        db.ProcurementPolicies.FirstOrDefaultAsync(p => p.Status == PolicyStatus.Draft, ct);

    public static Task<List<ProcurementPolicy>> AllAsync(RegieDbContext db, CancellationToken ct) =>
        db.ProcurementPolicies.AsNoTracking().OrderByDescending(p => p.Edition).ToListAsync(ct);

    /// <summary>The existing draft, or a new one copied from the adopted edition (or the default content when there is none).</summary>
    public static async Task<ProcurementPolicy> StartDraftAsync(RegieDbContext db, Guid boardId, DateOnly today, CancellationToken ct)
    {
        if (await DraftAsync(db, ct) is { } draft) return draft;
        var next = (await db.ProcurementPolicies.MaxAsync(p => (int?)p.Edition, ct) ?? 0) + 1;
        var adopted = await AdoptedAsync(db, ct);
        draft = adopted is null ? PolicyContent.Default(boardId, next, today) : PolicyContent.Copy(adopted, next);
        db.ProcurementPolicies.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>Makes the draft the policy in force; the edition it replaces is kept as superseded.</summary>
    public static async Task<bool> AdoptAsync(RegieDbContext db, ProcurementPolicy draft, int versionSeen, string adoptedBy, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var previous in await db.ProcurementPolicies.Where(p => p.Status == PolicyStatus.Adopted).ToListAsync(ct))
            previous.Status = PolicyStatus.Superseded;
        draft.Status = PolicyStatus.Adopted;
        draft.AdoptedAt = now;
        draft.AdoptedBy = adoptedBy;
        draft.EffectiveFrom ??= DateOnly.FromDateTime(now.Local().DateTime);
        return await db.SaveIfUnchangedAsync(draft, versionSeen, ct);
    }
}
