using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Schools;

/// <summary>One school as lists show it: the columns of the list plus the text search looks in.</summary>
public sealed record SchoolListItem(
    Guid Id, string Name, string LocationCode, string City, string? Denomination, int? PupilCount,
    DateTimeOffset? ArchivedAt, string SearchText);

/// <summary>
/// The board's schools held in memory for lists and pickers. Schools are reference data: read on many pages,
/// changed a few times a year. Each use compares the board's <see cref="ChangeStamp"/> for schools with the one
/// the copy was loaded under and reloads when they differ, so a list costs one primary-key lookup instead of a
/// filtered count plus a filtered, sorted page, and never shows a school as it was before a saved change.
/// </summary>
public sealed class SchoolDirectory(IMemoryCache cache)
{
    /// <summary>The schools of the board the context is scoped to (its tenant filter), current as of now.</summary>
    public async Task<SchoolListing> ForCurrentBoardAsync(RegieDbContext db, CancellationToken ct)
    {
        var boardId = db.Tenant?.OrganizationId ?? throw new InvalidOperationException("The school directory needs a signed-in board.");
        // The stamp is read before the rows: a change saved in between makes the copy newer than its stamp, never older.
        var stamp = await ChangeStamp.ReadAsync<School>(db, boardId, ct);
        var key = (nameof(SchoolDirectory), boardId);
        if (cache.TryGetValue(key, out SchoolListing? cached) && cached!.Stamp == stamp)
            return cached;

        var rows = await db.Schools.AsNoTracking()
            .Select(s => new SchoolListItem(s.Id, s.Name, s.LocationCode, s.City, s.Denomination, s.PupilCount, s.ArchivedAt, s.SearchText))
            .ToArrayAsync(ct);
        var listing = new SchoolListing(rows, stamp);
        cache.Set(key, listing, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
        return listing;
    }
}

/// <summary>An immutable set of a board's schools that searches, filters and sorts without the database.</summary>
public sealed class SchoolListing
{
    /// <summary>Names sort the Dutch way: case and accents do not split "de Regenboog" from "De Esch".</summary>
    private static readonly StringComparer Dutch = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), CompareOptions.IgnoreCase);

    private readonly SchoolListItem[] _rows;
    private readonly ConcurrentDictionary<(string Sort, bool Desc), SchoolListItem[]> _sorted = new();

    public SchoolListing(SchoolListItem[] rows, Guid stamp)
    {
        _rows = rows;
        Stamp = stamp;
    }

    /// <summary>The board's school stamp these rows were loaded under.</summary>
    public Guid Stamp { get; }

    public int Count => _rows.Length;

    /// <summary>The schools matching the list's search and status, in the list's order.</summary>
    public IEnumerable<SchoolListItem> Find(ListState state)
    {
        var term = state.Search is { } q ? SearchTerms.Normalize(q) : null;
        Func<SchoolListItem, bool> status = state.Status switch
        {
            "gearchiveerd" => s => s.ArchivedAt is not null,
            "alle" => _ => true,
            _ => s => s.ArchivedAt is null,
        };
        foreach (var row in Sorted(state.Sort, state.Desc))
            if (status(row) && (term is null || row.SearchText.Contains(term, StringComparison.Ordinal)))
                yield return row;
    }

    private SchoolListItem[] Sorted(string? sort, bool desc)
    {
        sort = sort is "plaats" or "code" or "leerlingen" ? sort : "naam";
        return _sorted.GetOrAdd((sort, desc), k => Sort(_rows, k.Sort, k.Desc));
    }

    private static SchoolListItem[] Sort(SchoolListItem[] rows, string sort, bool desc)
    {
        var sorted = sort switch
        {
            "plaats" => (desc ? rows.OrderByDescending(s => s.City, Dutch) : rows.OrderBy(s => s.City, Dutch))
                .ThenBy(s => s.Name, Dutch),
            "code" => desc ? rows.OrderByDescending(s => s.LocationCode, StringComparer.Ordinal) : rows.OrderBy(s => s.LocationCode, StringComparer.Ordinal),
            // Schools without a pupil count come last in both directions: they are the ones to fill in, not the smallest.
            "leerlingen" => rows.OrderBy(s => s.PupilCount is null)
                .ThenBy(s => desc ? -(s.PupilCount ?? 0) : s.PupilCount ?? 0)
                .ThenBy(s => s.Name, Dutch),
            _ => (desc ? rows.OrderByDescending(s => s.Name, Dutch) : rows.OrderBy(s => s.Name, Dutch))
                .ThenBy(s => s.LocationCode, StringComparer.Ordinal),
        };
        return sorted.ToArray();
    }
}
