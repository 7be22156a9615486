using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>
/// The version shown on a plan's overview and the filters, sort and page of its lines table, all in the URL so a
/// filtered view can be shared and works without JavaScript. Like <see cref="ListState"/>, plus the plan's own filters.
/// </summary>
public sealed class PlanLineFilter
{
    /// <summary>The value of <see cref="School"/> for lines of the whole board.</summary>
    public const string WholeBoard = "bestuur";

    /// <summary>The version number to show; empty for the newest.</summary>
    public int? Version { get; set; }
    public string? Q { get; set; }
    /// <summary>A school id, <see cref="WholeBoard"/>, or empty for all.</summary>
    public string? School { get; set; }
    public PurchaseCategory? Category { get; set; }
    public int? Year { get; set; }
    /// <summary>"verwijderd" shows the lines removed from this version.</summary>
    public string? Show { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    public int PageNumber { get; set; } = 1;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
    public bool ShowRemoved => Show == "verwijderd";

    public string Href(string path, string? sort = null, int? page = null, bool? desc = null, string? handler = null, string? format = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["Version"] = Version?.ToString(CultureInfo.InvariantCulture), ["Q"] = Search, ["School"] = School,
            ["Category"] = Category?.ToString(), ["Year"] = Year?.ToString(CultureInfo.InvariantCulture), ["Show"] = Show,
            ["Sort"] = sort ?? Sort, ["Desc"] = (desc ?? Desc) ? "true" : null,
            ["PageNumber"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
            ["handler"] = handler, ["format"] = format,
        };
        return ListState.WithQuery(path, query);
    }

    public string SortHref(string path, string column) => Href(path, column, 1, (Sort ?? "categorie") == column && !Desc);

    public string? AriaSort(string column) => (Sort ?? "categorie") == column ? (Desc ? "descending" : "ascending") : null;
}
