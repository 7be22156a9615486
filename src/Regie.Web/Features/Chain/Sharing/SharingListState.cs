using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Sharing;

/// <summary>The supplier and status filters and the page of an agreements or sharing-rules list, all in the URL.</summary>
public sealed class SharingListState
{
    public Guid? Supplier { get; set; }
    /// <summary>A status word from the list's own filter; empty shows every current record.</summary>
    public string? Status { get; set; }
    public int PageNumber { get; set; } = 1;

    public bool ShowsArchived => Status == "gearchiveerd";

    public string Href(string path, int? page = null, string? handler = null, string? format = null) =>
        ListState.WithQuery(path, new Dictionary<string, string?>
        {
            ["Supplier"] = Supplier?.ToString(), ["Status"] = Status,
            ["PageNumber"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
            ["handler"] = handler, ["format"] = format,
        });
}
