using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs;

public sealed record NeedListItem(
    Guid Id, string AsRole, string Want, string SoThat, Pillar Pillar, NeedPriority Priority, NeedStatus Status,
    DateTimeOffset CreatedAt, string CreatedByName, int Endorsements, DateTimeOffset? SharedAt, DateTimeOffset? ArchivedAt)
{
    public string Story => $"Als {AsRole} wil ik {Want} zodat {SoThat}";
    public IReadOnlyList<string> Schools { get; init; } = [];
}

/// <summary>The needs list's query: filters and sort in SQL, so only one page of rows leaves the database.</summary>
public static class NeedList
{
    public static IQueryable<NeedListItem> Query(RegieDbContext db, NeedListState state)
    {
        var needs = db.Needs.AsNoTracking();
        needs = state.Show == "gearchiveerd" ? needs.Where(n => n.ArchivedAt != null) : needs.Where(n => n.ArchivedAt == null);
        if (state.Search is { } q) needs = needs.Where(n => EF.Functions.Like(n.SearchText, SearchTerms.Contains(q)));
        if (state.Status is { } status) needs = needs.Where(n => n.Status == status);
        if (state.Pillar is { } pillar) needs = needs.Where(n => n.Pillar == pillar);
        if (state.Priority is { } priority) needs = needs.Where(n => n.Priority == priority);
        if (state.School is { } school) needs = needs.Where(n => n.Schools.Any(s => s.SchoolId == school));

        var desc = state.Desc;
        var sorted = state.Sort switch
        {
            "steun" => desc
                ? needs.OrderBy(n => db.NeedEndorsements.Count(e => e.NeedId == n.Id)).ThenBy(n => n.Id)
                : needs.OrderByDescending(n => db.NeedEndorsements.Count(e => e.NeedId == n.Id)).ThenByDescending(n => n.Id),
            "prioriteit" => desc ? needs.OrderByDescending(n => n.Priority).ThenByDescending(n => n.Id) : needs.OrderBy(n => n.Priority).ThenByDescending(n => n.Id),
            "status" => desc ? needs.OrderByDescending(n => n.Status).ThenByDescending(n => n.Id) : needs.OrderBy(n => n.Status).ThenByDescending(n => n.Id),
            "pijler" => desc ? needs.OrderByDescending(n => n.Pillar).ThenByDescending(n => n.Id) : needs.OrderBy(n => n.Pillar).ThenByDescending(n => n.Id),
            // Newest first by default. Ids are time-ordered (version 7) and, unlike DateTimeOffset, sort on SQLite too.
            _ => desc ? needs.OrderBy(n => n.Id) : needs.OrderByDescending(n => n.Id),
        };
        return sorted.Select(n => new NeedListItem(
            n.Id, n.AsRole, n.Want, n.SoThat, n.Pillar, n.Priority, n.Status, n.CreatedAt, n.CreatedByName,
            db.NeedEndorsements.Count(e => e.NeedId == n.Id), n.SharedAt, n.ArchivedAt));
    }

    /// <summary>The rows with the names of the schools they concern.</summary>
    public static async Task<List<NeedListItem>> WithSchoolsAsync(RegieDbContext db, SchoolListing schools, IReadOnlyList<NeedListItem> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var links = ids.Count <= 100
            ? await db.NeedSchools.AsNoTracking().Where(s => ids.Contains(s.NeedId)).Select(s => new { s.NeedId, s.SchoolId }).ToListAsync(ct)
            : await db.NeedSchools.AsNoTracking().Select(s => new { s.NeedId, s.SchoolId }).ToListAsync(ct);
        var names = schools.Find(new() { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
        var byNeed = links.ToLookup(l => l.NeedId, l => names.GetValueOrDefault(l.SchoolId, ""));
        return rows.Select(r => r with { Schools = byNeed[r.Id].Order(StringComparer.CurrentCulture).ToList() }).ToList();
    }
}
