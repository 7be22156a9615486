using Microsoft.Extensions.Caching.Memory;
using Regie.Web.Data;
using Regie.Web.Features.Schools;

namespace Regie.Web.Features.Needs;

/// <summary>
/// The board's need overview, kept in memory until a need (or its schools) or a school of the board is saved:
/// the overview is read far more often than needs change, and counting per school and pillar is the costly part.
/// The board's <see cref="ChangeStamp"/> for needs, read first, says whether the kept overview is still current.
/// </summary>
public sealed class NeedOverviews(IMemoryCache cache)
{
    private sealed record Entry(Guid NeedStamp, Guid SchoolStamp, NeedOverview Overview);

    public async Task<NeedOverview> ForCurrentBoardAsync(RegieDbContext db, SchoolListing schools, bool onlyOpen, CancellationToken ct)
    {
        var boardId = db.Tenant?.OrganizationId ?? throw new InvalidOperationException("The need overview needs a signed-in board.");
        var stamp = await ChangeStamp.ReadAsync<Need>(db, boardId, ct);
        var key = (nameof(NeedOverviews), boardId, onlyOpen);
        if (cache.TryGetValue(key, out Entry? entry) && entry!.NeedStamp == stamp && entry.SchoolStamp == schools.Stamp)
            return entry.Overview;

        var overview = await NeedOverview.LoadAsync(db, schools, onlyOpen, ct);
        cache.Set(key, new Entry(stamp, schools.Stamp, overview), new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
        return overview;
    }
}
