using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Register;

/// <summary>Search by name or pupil number, group, archived or not, sort and page of a school's pupils, all in the URL.</summary>
public sealed class PupilListState
{
    public string? Q { get; set; }
    public Guid? Group { get; set; }
    /// <summary>"gearchiveerd" or "alle"; current pupils otherwise.</summary>
    public string? Show { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    public int PageNumber { get; set; } = 1;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    public string Href(string path, string? sort = null, int? page = null, bool? desc = null, string? handler = null, string? format = null) =>
        ListState.WithQuery(path, new Dictionary<string, string?>
        {
            ["Q"] = Search, ["Group"] = Group?.ToString(), ["Show"] = Show,
            ["Sort"] = sort ?? Sort, ["Desc"] = (desc ?? Desc) ? "true" : null,
            ["PageNumber"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
            ["handler"] = handler, ["format"] = format,
        });

    public string SortHref(string path, string column) => Href(path, column, 1, (Sort ?? "naam") == column && !Desc);

    public string? AriaSort(string column) => (Sort ?? "naam") == column ? (Desc ? "descending" : "ascending") : null;
}
