using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;

namespace Regie.Web.Features.Schools;

public sealed record SchoolTotal(int Schools, int Pupils)
{
    public static readonly SchoolTotal None = new(0, 0);
}

public static class SchoolTotals
{
    /// <summary>
    /// Active schools and pupils per board, across tenants. Only for views that may see other boards'
    /// aggregates (cooperative, sector office): it returns counts, never school records.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, SchoolTotal>> PerBoardAsync(RegieDbContext db, IReadOnlyCollection<Guid>? boardIds, CancellationToken ct)
    {
        var schools = db.Schools.IgnoreQueryFilters().Where(s => s.ArchivedAt == null);
        if (boardIds is not null) schools = schools.Where(s => boardIds.Contains(s.BoardId));
        return await schools.GroupBy(s => s.BoardId)
            .Select(g => new { BoardId = g.Key, Schools = g.Count(), Pupils = g.Sum(s => s.PupilCount ?? 0) })
            .ToDictionaryAsync(t => t.BoardId, t => new SchoolTotal(t.Schools, t.Pupils), ct);
    }
}
