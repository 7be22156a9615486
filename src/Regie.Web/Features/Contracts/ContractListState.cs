using System.Globalization;
using Regie.Web.Features.Procurement;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Contracts;

/// <summary>The contract list's search, filters, sort and page, all in the URL.</summary>
public sealed class ContractListState
{
    public string? Q { get; set; }
    public ContractStatus? Status { get; set; }
    public PurchaseCategory? Category { get; set; }
    /// <summary>"gearchiveerd" or "alle"; contracts in use otherwise.</summary>
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

    public string SortHref(string path, string column) => Href(path, column, 1, (Sort ?? "start") == column && !Desc);

    /// <summary>By default the newest start date comes first.</summary>
    public string? AriaSort(string column)
    {
        if ((Sort ?? "start") != column) return null;
        var newestFirst = column == "start";
        return newestFirst != Desc ? "descending" : "ascending";
    }
}
