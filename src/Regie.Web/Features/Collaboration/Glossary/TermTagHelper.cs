using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Regie.Web.Features.Collaboration.Glossary;

/// <summary>
/// A glossary word with its explanation inline: <c>&lt;regie-term&gt;marktconsultatie&lt;/regie-term&gt;</c>.
/// A native disclosure (details/summary): it opens with Enter or Space, screen readers announce it as
/// expandable, and it works without JavaScript. Its container must allow block content (a div, not a p).
/// </summary>
[HtmlTargetElement("regie-term")]
public sealed class TermTagHelper : TagHelper
{
    /// <summary>The glossary key when the visible word differs from the term ("ict-middelen" → "ict-middel").</summary>
    [HtmlAttributeName("key")] public string? Key { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var word = (await output.GetChildContentAsync()).GetContent(HtmlEncoder.Default);
        var term = GlossaryTerms.Find(Key ?? System.Net.WebUtility.HtmlDecode(word));
        output.TagName = null;
        output.Content.SetHtmlContent(term is null ? new HtmlString(word) : TermHtml.Render(System.Net.WebUtility.HtmlDecode(word), term));
    }
}

public static partial class TermHtml
{
    public static IHtmlContent Render(string word, GlossaryTerm term)
    {
        var e = HtmlEncoder.Default;
        return new HtmlString(
            $"<details class=\"regie-term\"><summary>{e.Encode(word)}<span class=\"visually-hidden\"> (uitleg)</span></summary>" +
            $"<span class=\"regie-term__text\">{e.Encode(term.Explanation)} " +
            $"<a class=\"utrecht-link\" href=\"/Collaboration/Glossary#{term.Anchor}\">Alle begrippen</a></span></details>");
    }

    /// <summary>Text written with [[term]] or [[key|word]] markers, encoded, with each marker as an inline explanation.</summary>
    public static IHtmlContent WithTerms(string text)
    {
        var e = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        var last = 0;
        foreach (Match m in Marker().Matches(text))
        {
            html.Append(e.Encode(text[last..m.Index]));
            var key = m.Groups[1].Value;
            var word = m.Groups[2].Success ? m.Groups[2].Value : key;
            html.Append(GlossaryTerms.Find(key) is { } term ? Render(word, term).ToString() : e.Encode(word));
            last = m.Index + m.Length;
        }
        html.Append(e.Encode(text[last..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The same text without markers, for exports and titles.</summary>
    public static string Plain(string text) => Marker().Replace(text, m => m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value);

    [GeneratedRegex(@"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")]
    private static partial Regex Marker();
}
