using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Needs;

/// <summary>
/// The needs list's search, filters, sort and page, all in the URL. Like <see cref="ListState"/>, plus the filters
/// only needs have.
/// </summary>
public sealed class NeedListState
{
    public string? Q { get; set; }
    public NeedStatus? Status { get; set; }
    public Pillar? Pillar { get; set; }
    public NeedPriority? Priority { get; set; }
    public Guid? School { get; set; }
    /// <summary>"open" (the default), "alle" or "gearchiveerd".</summary>
    public string? Show { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    public int PageNumber { get; set; } = 1;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public string Href(string path, string? sort = null, int? page = null, bool? desc = null, string? handler = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["Q"] = Search, ["Status"] = Status?.ToString(), ["Pillar"] = Pillar?.ToString(), ["Priority"] = Priority?.ToString(),
            ["School"] = School?.ToString(), ["Show"] = Show, ["Sort"] = sort ?? Sort, ["Desc"] = (desc ?? Desc) ? "true" : null,
            ["PageNumber"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
            ["handler"] = handler, ["format"] = format,
        };
        return ListState.WithQuery(path, query);
    }

    public string SortHref(string path, string column) => Href(path, column, 1, (Sort ?? "datum") == column && !Desc);

    /// <summary>Date and support list the newest and most supported first; "Desc" turns that round.</summary>
    public string? AriaSort(string column)
    {
        if ((Sort ?? "datum") != column) return null;
        var largestFirst = column is "datum" or "steun";
        return largestFirst != Desc ? "descending" : "ascending";
    }
}
