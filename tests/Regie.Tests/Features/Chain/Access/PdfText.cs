using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Regie.Tests.Features.Chain.Access;

/// <summary>
/// The text of a PDF written by PdfReport, which draws each line or cell as one literal string in the fonts' single-byte
/// encoding. Pieces drawn separately are joined with a space.
/// </summary>
public static partial class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pieces = new List<string>();
        foreach (var page in document.Pages)
        for (var i = 0; i < page.Contents.Elements.Count; i++)
        {
            var stream = page.Contents.Elements.GetDictionary(i)!.Stream;
            stream.TryUncompress();
            pieces.AddRange(ShownText().Matches(Encoding.Latin1.GetString(stream.Value)).Select(m => Unescape(m.Groups[1].Value)));
        }
        return string.Join(' ', pieces);
    }

    private static string Unescape(string literal) => Escape().Replace(literal, m => m.Groups[1].Value switch
    {
        "n" => "\n",
        "r" => "\r",
        "t" => "\t",
        var octal when char.IsAsciiDigit(octal[0]) => ((char)Convert.ToInt32(octal, 8)).ToString(),
        var other => other,
    });

    [GeneratedRegex(@"\(((?:\\.|[^\\)])*)\)\s*Tj", RegexOptions.Singleline)]
    private static partial Regex ShownText();

    [GeneratedRegex(@"\\([0-7]{1,3}|.)", RegexOptions.Singleline)]
    private static partial Regex Escape();
}
