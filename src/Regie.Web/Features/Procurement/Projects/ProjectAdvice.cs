using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Thresholds;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>Which rule applies to a purchase, with the calculation behind it: shown before a project is saved and on its overview.</summary>
public sealed record ProjectAdvice(
    IReadOnlyList<CalculationStep> Steps, decimal Total, ThresholdLookup Threshold, PolicyAdvice Policy, bool HasAdoptedPolicy)
{
    /// <summary>The share of the threshold at which the board's policy starts warning (80% without a policy).</summary>
    public int WarningSharePercent { get; init; } = 80;

    public bool NearThreshold => Total < Threshold.Amount && Total >= Threshold.Amount * WarningSharePercent / 100m;

    public static async Task<ProcurementPolicy?> AdoptedPolicyAsync(RegieDbContext db, CancellationToken ct) =>
        await db.ProcurementPolicies.AsNoTracking().Where(p => p.Status == PolicyStatus.Adopted)
            .OrderByDescending(p => p.Edition).FirstOrDefaultAsync(ct);

    public static async Task<ProjectAdvice?> ForAsync(RegieDbContext db, PurchaseCategory category, ContractKind kind, DateOnly start,
        IReadOnlyList<EstimateLine> lines, CancellationToken ct)
    {
        if (await ThresholdTable.ForAsync(db, kind, start, ct) is not { } threshold) return null;
        var policy = await AdoptedPolicyAsync(db, ct);
        var total = EstimatedValue.Of(lines);
        return new ProjectAdvice(EstimatedValue.Explain(lines), total, threshold, PolicyRules.Advise(policy, category, total, threshold.Amount), policy is not null)
        {
            WarningSharePercent = policy?.WarningSharePercent ?? 80,
        };
    }

    public static Task<ProjectAdvice?> ForAsync(RegieDbContext db, ProcurementProject project, CancellationToken ct) =>
        ForAsync(db, project.Category, project.ContractKind, project.ProcedureStart, project.Estimate, ct);
}
