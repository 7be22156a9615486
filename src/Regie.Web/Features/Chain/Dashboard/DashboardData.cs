using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Regie.Web.Data;
using Regie.Web.Features.Chain.Results;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>A pupil's name, resolved only on pages for users of the pupil's own school.</summary>
public sealed record PupilName(Guid Id, Guid? GroupId, string Name, string SortName);

public sealed record SchoolAnalysis(ResultAnalysis Whole, IReadOnlyDictionary<Guid, ResultAnalysis> Groups);

/// <summary>
/// Reads results for the dashboard and folds them into <see cref="ResultAnalysis"/>. Results are only ever read by
/// group, pupil, school or board through their (…, TakenOn) indexes, as the few columns in <see cref="ResultRow"/>.
/// An analysis is kept in memory until the board receives a new delivery: results only arrive with a delivery.
/// </summary>
public sealed class DashboardData(RegieDbContext db, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().Local().DateTime);

    public Task<ResultAnalysis> ForGroupAsync(Guid groupId, DashboardPeriod period, CancellationToken ct) =>
        CachedAsync(("group", groupId, period), async tests =>
        {
            var analysis = new ResultAnalysis(tests, period);
            await foreach (var row in Rows(db.LearningResults.Where(r => r.GroupId == groupId && r.TakenOn >= period.From && r.TakenOn <= period.To)).AsAsyncEnumerable().WithCancellation(ct))
                analysis.Add(row);
            return analysis;
        }, ct);

    /// <summary>The school as a whole and per group; results delivered without a group fall under <see cref="Guid.Empty"/>.</summary>
    public Task<SchoolAnalysis> ForSchoolAsync(Guid schoolId, DashboardPeriod period, CancellationToken ct) =>
        CachedAsync(("school", schoolId, period), async tests =>
        {
            var whole = new ResultAnalysis(tests, period);
            var groups = new Dictionary<Guid, ResultAnalysis>();
            await foreach (var row in Rows(db.LearningResults.Where(r => r.SchoolId == schoolId && r.TakenOn >= period.From && r.TakenOn <= period.To)).AsAsyncEnumerable().WithCancellation(ct))
            {
                whole.Add(row);
                var key = row.GroupId ?? Guid.Empty;
                (groups.TryGetValue(key, out var a) ? a : groups[key] = new ResultAnalysis(tests, period)).Add(row);
            }
            return new SchoolAnalysis(whole, groups);
        }, ct);

    /// <summary>One analysis per school of the board.</summary>
    public Task<IReadOnlyDictionary<Guid, ResultAnalysis>> ForBoardAsync(DashboardPeriod period, CancellationToken ct) =>
        CachedAsync(("board", Guid.Empty, period), async tests =>
        {
            var schools = new Dictionary<Guid, ResultAnalysis>();
            await foreach (var row in Rows(db.LearningResults.Where(r => r.TakenOn >= period.From && r.TakenOn <= period.To)).AsAsyncEnumerable().WithCancellation(ct))
                (schools.TryGetValue(row.SchoolId, out var a) ? a : schools[row.SchoolId] = new ResultAnalysis(tests, period)).Add(row);
            return (IReadOnlyDictionary<Guid, ResultAnalysis>)schools;
        }, ct);

    public async Task<ResultAnalysis> ForPupilAsync(Guid pupilId, DashboardPeriod period, CancellationToken ct)
    {
        var analysis = new ResultAnalysis(new TestCatalog(await db.LearningTests.AsNoTracking().ToListAsync(ct)), period);
        await foreach (var row in Rows(db.LearningResults.Where(r => r.PupilId == pupilId && r.TakenOn >= period.From && r.TakenOn <= period.To)).AsAsyncEnumerable().WithCancellation(ct))
            analysis.Add(row);
        return analysis;
    }

    /// <summary>The current pupils of a group, by name. Only called after the user was found to see names in the group.</summary>
    public async Task<IReadOnlyList<PupilName>> PupilsOfGroupAsync(Guid groupId, CancellationToken ct) =>
        (await db.Pupils.AsNoTracking().Where(p => p.GroupId == groupId && p.ArchivedAt == null)
            .Select(p => new { p.Id, p.GroupId, p.GivenName, p.FamilyNamePrefix, p.FamilyName }).ToListAsync(ct))
        .Select(p => new PupilName(p.Id, p.GroupId, Join(p.GivenName, p.FamilyNamePrefix, p.FamilyName), Join(p.FamilyName, p.FamilyNamePrefix, p.GivenName)))
        .OrderBy(p => p.SortName, StringComparer.CurrentCultureIgnoreCase).ToList();

    /// <summary>Pupil ids per group or school, without names: who counts as "no results" in aggregates.</summary>
    public async Task<ILookup<Guid, Guid>> PupilIdsAsync(Guid? schoolId, bool bySchool, CancellationToken ct)
    {
        var pupils = db.Pupils.AsNoTracking().Where(p => p.ArchivedAt == null);
        if (schoolId is { } id) pupils = pupils.Where(p => p.SchoolId == id);
        var rows = await pupils.Select(p => new { p.Id, p.SchoolId, p.GroupId }).ToListAsync(ct);
        return rows.ToLookup(p => bySchool ? p.SchoolId : p.GroupId ?? Guid.Empty, p => p.Id);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> ProductNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.CatalogItems.AsNoTracking().Where(i => wanted.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => $"{i.Title} ({i.SupplierName})", ct);
    }

    private async Task<T> CachedAsync<T>((string Kind, Guid Id, DashboardPeriod Period) what, Func<TestCatalog, Task<T>> load, CancellationToken ct)
    {
        var boardId = db.Tenant?.OrganizationId ?? throw new InvalidOperationException("The dashboard needs a signed-in board.");
        // The newest delivery is read before the results: a delivery stored in between makes the copy newer than its key, never older.
        var deliveries = await db.ResultDeliveries.CountAsync(ct);
        var newest = await db.ResultDeliveries.OrderByDescending(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync(ct);
        var key = (nameof(DashboardData), boardId, what.Kind, what.Id, what.Period, deliveries, newest);
        if (cache.TryGetValue(key, out T? cached)) return cached!;
        var value = await load(new TestCatalog(await db.LearningTests.AsNoTracking().ToListAsync(ct)));
        cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Keep });
        return value;
    }

    private static IQueryable<ResultRow> Rows(IQueryable<LearningResult> results) =>
        results.AsNoTracking().Select(r => new ResultRow(r.PupilId, r.GroupId, r.SchoolId, r.SupplierId, r.CatalogItemId,
            r.TestCode, r.TestPartCode, r.GoalCode, r.TakenOn, r.Score, r.MinutesSpent));

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
