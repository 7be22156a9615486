using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Access;

/// <summary>The data-access log's filters and page, all in the URL; the newest entries come first.</summary>
public sealed class AccessLogState
{
    [Display(Name = "School")] public Guid? School { get; set; }
    [Display(Name = "Leverancier")] public Guid? Supplier { get; set; }
    [Display(Name = "Soort")] public DataAccessKind? Kind { get; set; }
    [Display(Name = "Vanaf")] public DateOnly? From { get; set; }
    [Display(Name = "Tot en met")] public DateOnly? To { get; set; }
    public int PageNumber { get; set; } = 1;

    public bool IsFiltered => School is not null || Supplier is not null || Kind is not null || From is not null || To is not null;

    public string Href(string path, int? page = null, string? handler = null, string? format = null) =>
        ListState.WithQuery(path, new Dictionary<string, string?>
        {
            ["School"] = School?.ToString(), ["Supplier"] = Supplier?.ToString(), ["Kind"] = Kind?.ToString(),
            ["From"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["To"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["PageNumber"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
            ["handler"] = handler, ["format"] = format,
        });
}
