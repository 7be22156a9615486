using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement.Award;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Features.Procurement.Thresholds;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Procurement.Monitor;

/// <summary>
/// The board's threshold report, kept in memory and recomputed only when something it is made of changed. Every input is
/// a stamped record (plans, versions, lines, projects, long lists, awards, contracts, policy, schools, the shared
/// threshold table), so one small query over the change stamps tells whether the kept report is current — in this
/// process and in any other instance. The plan and project pages show the warnings on every view; this keeps them cheap.
/// </summary>
public sealed class ThresholdReports
{
    private static readonly string[] BoardKinds =
    [
        nameof(InvestmentPlan), nameof(InvestmentPlanVersion), nameof(InvestmentPlanLine), nameof(ProcurementProject),
        nameof(ProjectSupplier), nameof(AwardDecision), nameof(Contract), nameof(ProcurementPolicy), nameof(School),
    ];

    private readonly ConcurrentDictionary<Guid, (string Signature, ThresholdReport Report)> _reports = new();

    public async Task<ThresholdReport> ForAsync(RegieDbContext db, DateOnly today, CancellationToken ct)
    {
        var board = db.Tenant?.OrganizationId ?? Guid.Empty;
        var signature = await SignatureAsync(db, board, today, ct);
        if (_reports.TryGetValue(board, out var kept) && kept.Signature == signature) return kept.Report;
        var report = await ThresholdMonitor.ComputeAsync(db, today, ct);
        _reports[board] = (signature, report);
        return report;
    }

    private static async Task<string> SignatureAsync(RegieDbContext db, Guid board, DateOnly today, CancellationToken ct)
    {
        var stamps = await db.ChangeStamps.AsNoTracking()
            .Where(s => (s.OwnerId == board && BoardKinds.Contains(s.Kind)) || (s.OwnerId == Guid.Empty && s.Kind == nameof(TenderThreshold)))
            .Select(s => new { s.Kind, s.Value })
            .ToListAsync(ct);
        return today.DayNumber + "|" + string.Join("|", stamps.OrderBy(s => s.Kind, StringComparer.Ordinal).Select(s => $"{s.Kind}:{s.Value:N}"));
    }
}
