namespace Regie.Web.Infrastructure.Web;

/// <summary>
/// Whether a request comes from one of Regie's own pages, by the headers browsers set themselves: Sec-Fetch-Site,
/// or Origin where a browser does not send that. For posts whose only harm is small (signing out), this takes the
/// place of an antiforgery token, which would otherwise be minted on every page that shows the button.
/// </summary>
public static class SameOrigin
{
    public static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false; // not a browser form post; the Lax auth cookie is not sent cross-site anyway
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }
}
