using Microsoft.AspNetCore.Mvc;

namespace Regie.Web.Infrastructure.Web;

public static class UrlHelperExtensions
{
    /// <summary>
    /// "/Schools/Details/" for a page routed as "{id:guid}": generated once per list, so each row's link is
    /// a string concatenation instead of a route lookup.
    /// </summary>
    public static string DetailsBase(this IUrlHelper url, string page)
    {
        var sample = url.Page(page, new { id = Guid.Empty }) ?? throw new InvalidOperationException($"Page {page} has no {{id}} route.");
        return sample[..^Guid.Empty.ToString().Length];
    }
}
