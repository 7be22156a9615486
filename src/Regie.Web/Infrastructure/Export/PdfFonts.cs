using PdfSharp.Fonts;

namespace Regie.Web.Infrastructure.Export;

/// <summary>
/// PDFsharp finds no fonts on Linux by itself, so every PDF uses the DejaVu Sans files shipped inside this assembly:
/// the same glyphs (€, ë, ö) on a clean Debian machine, in CI and on Windows.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Regie Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private static readonly PdfFonts Instance = new();

    /// <summary>PDFsharp accepts one resolver per process, set before the first font is used.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver != Instance) GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Any family maps to ours; italic is simulated by PDFsharp, which is fine for the odd emphasis.
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Regie.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
