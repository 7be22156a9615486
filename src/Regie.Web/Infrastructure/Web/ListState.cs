using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Infrastructure.Web;

/// <summary>Search, sort and page of a list, all in the URL so a list can be shared, bookmarked and used without JavaScript.</summary>
public sealed class ListState
{
    public const int PageSize = 25;

    public string? Q { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    /// <summary>Not "Page": Razor Pages reserves that route value for the page name.</summary>
    public int PageNumber { get; set; } = 1;
    public string? Status { get; set; }

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    private Dictionary<string, string?> Route(string? sort, int? page, bool? desc) => new()
    {
        ["Q"] = Search,
        ["Status"] = Status,
        ["Sort"] = sort ?? Sort,
        ["Desc"] = (desc ?? Desc) ? "true" : null,
        ["PageNumber"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    /// <summary>
    /// The list's URL with this state. Built as a plain query string: a list renders dozens of these links,
    /// and endpoint link generation per link was a measurable part of the page's cost.
    /// </summary>
    public string Href(string path, string? sort = null, int? page = null, bool? desc = null, string? handler = null, string? format = null)
    {
        var query = Route(sort, page, desc);
        query["handler"] = handler;
        query["format"] = format;
        return WithQuery(path, query);
    }

    /// <summary>A path with the non-empty values as its query string; the one way lists build their links.</summary>
    public static string WithQuery(string path, IEnumerable<KeyValuePair<string, string?>> query)
    {
        var joined = string.Join("&", query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));
        return joined.Length == 0 ? path : path + "?" + joined;
    }

    /// <summary>A column header's link: clicking the current sort column flips its direction.</summary>
    public string SortHref(string path, string column) => Href(path, column, 1, Sort == column && !Desc);

    public string? AriaSort(string column, string defaultColumn) =>
        (Sort ?? defaultColumn) == column ? (Desc ? "descending" : "ascending") : null;
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + ListState.PageSize - 1) / ListState.PageSize);
        page = Math.Clamp(page, 1, pages);
        // Plain locals: EF reads them as parameters; an expression such as (page - 1) * size would be compiled on every call.
        var skip = (page - 1) * ListState.PageSize;
        var take = ListState.PageSize;
        var items = await query.Skip(skip).Take(take).ToListAsync(ct);
        return new Paged<T>(items, total, page, ListState.PageSize);
    }

    /// <summary>The same page of rows already in memory.</summary>
    public static Paged<T> ToPaged<T>(this IEnumerable<T> rows, int page)
    {
        var all = rows as IReadOnlyList<T> ?? rows.ToList();
        var pages = Math.Max(1, (all.Count + ListState.PageSize - 1) / ListState.PageSize);
        page = Math.Clamp(page, 1, pages);
        var items = new List<T>(ListState.PageSize);
        for (var i = (page - 1) * ListState.PageSize; i < all.Count && items.Count < ListState.PageSize; i++)
            items.Add(all[i]);
        return new Paged<T>(items, all.Count, page, ListState.PageSize);
    }

    /// <summary>htmx asks for the fragment; everyone else gets the whole page. Caches must keep both apart.</summary>
    public static bool IsHtmx(this HttpRequest request)
    {
        request.HttpContext.Response.Headers.Vary = "HX-Request";
        return request.Headers.ContainsKey("HX-Request") && !request.Headers.ContainsKey("HX-History-Restore-Request");
    }
}
