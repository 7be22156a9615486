using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement;

/// <summary>
/// Search, status and category filters, sort and page of a procurement list (projects, contracts), all in the URL; like
/// <see cref="ListState"/> plus the category. The default sort column lists the newest first.
/// </summary>
public abstract class CategoryListState<TStatus>(string defaultSort) where TStatus : struct, Enum
{
    public string? Q { get; set; }
    public TStatus? Status { get; set; }
    public PurchaseCategory? Category { get; set; }
    /// <summary>"gearchiveerd" or "alle"; current records otherwise.</summary>
    public string? Show { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    public int PageNumber { get; set; } = 1;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public string Href(string path, string? sort = null, int? page = null, bool? desc = null, string? handler = null, string? format = null) =>
        ListState.WithQuery(path, new Dictionary<string, string?>
        {
            ["Q"] = Search, ["Status"] = Status?.ToString(), ["Category"] = Category?.ToString(), ["Show"] = Show,
            ["Sort"] = sort ?? Sort, ["Desc"] = (desc ?? Desc) ? "true" : null,
            ["PageNumber"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
            ["handler"] = handler, ["format"] = format,
        });

    public string SortHref(string path, string column) => Href(path, column, 1, (Sort ?? defaultSort) == column && !Desc);

    public string? AriaSort(string column)
    {
        if ((Sort ?? defaultSort) != column) return null;
        var newestFirst = column == defaultSort;
        return newestFirst != Desc ? "descending" : "ascending";
    }
}
