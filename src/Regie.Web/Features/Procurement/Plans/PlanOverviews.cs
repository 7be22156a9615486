using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>
/// The lines and totals of plan versions, kept in memory per version. A version of 20,000 lines is read on every visit
/// of its overview but changes only when someone saves a line; the board's <see cref="ChangeStamp"/> for plan lines
/// (and for schools, whose names the table shows) says whether the kept copy is still current.
/// </summary>
public sealed class PlanOverviews(IMemoryCache cache)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _building = new();

    public async Task<PlanVersionLines> ForVersionAsync(RegieDbContext db, InvestmentPlan plan, InvestmentPlanVersion version, SchoolListing schools, CancellationToken ct)
    {
        // The stamp is read before the rows: a change saved in between makes the copy newer than its stamp, never older.
        var stamp = await ChangeStamp.ReadAsync<InvestmentPlanLine>(db, plan.BoardId, ct);
        var key = (nameof(PlanOverviews), plan.BoardId, version.Id, plan.Horizon);
        if (Current(key, stamp, schools) is { } kept) return kept;

        // Sixteen people opening a changed plan at once need one load, not sixteen.
        var gate = _building.GetOrAdd(version.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (Current(key, stamp, schools) is { } built) return built;
            var lines = await LoadAsync(db, plan.Horizon, version.Id, schools, stamp, ct);
            cache.Set(key, lines, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
            return lines;
        }
        finally
        {
            gate.Release();
        }
    }

    private PlanVersionLines? Current(object key, Guid stamp, SchoolListing schools) =>
        cache.TryGetValue(key, out PlanVersionLines? kept) && kept!.LineStamp == stamp && kept.SchoolStamp == schools.Stamp ? kept : null;

    private static async Task<PlanVersionLines> LoadAsync(RegieDbContext db, PlanHorizon horizon, Guid versionId, SchoolListing schools, Guid stamp, CancellationToken ct)
    {
        var names = schools.Find(new ListState { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
        var lines = await db.InvestmentPlanLines.AsNoTracking().Where(l => l.PlanVersionId == versionId).ToListAsync(ct);
        var rows = new PlanLineRow[lines.Count];
        var active = new List<PlanLineFigures>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var figures = PlanLineFigures.From(line);
            if (!line.IsRemoved) active.Add(figures);
            var school = line.SchoolId is { } id ? names.GetValueOrDefault(id, "Onbekende school") : PlanLabels.WholeBoard;
            rows[i] = new PlanLineRow(line.Id, line.LineKey, line.Version, line.SchoolId, school, line.Category, line.Description,
                line.Quantity, line.UnitPrice, line.PurchaseYear, line.Phases, figures.YearlyRecurring, line.ContractMonths,
                PlanCalculator.TotalCostOfOwnership(figures, horizon), line.IsRemoved,
                SearchTerms.Normalize($"{line.Description} {school} {line.Note}"));
        }
        return new PlanVersionLines(rows, PlanCalculator.Totals(active, horizon), stamp, schools.Stamp);
    }
}
