using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Regie.Tests.Infrastructure;

public static partial class HttpExtensions
{
    /// <summary>Posts a form the way a browser does: with the antiforgery token of the signed-in (or anonymous) user.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(client, url) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, url)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(url, form);
    }

    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode}\n{html}");
        return html;
    }

    public static string Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString ?? "";

    /// <summary>The token from the page itself, else from a page every user can open.</summary>
    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        foreach (var page in new[] { url, "/Account/Manage", "/Account/Login" })
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var match = TokenPattern().Match(await response.Content.ReadAsStringAsync());
            if (match.Success) return WebUtility.HtmlDecode(match.Groups[1].Value);
        }
        throw new InvalidOperationException("No antiforgery token found.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
