namespace Regie.Web.Features.Procurement.Offers;

/// <summary>Which files an offer may hold: common office formats, up to <see cref="OfferDocument.MaxBytes"/>.</summary>
public static class OfferFiles
{
    public const int MaxDocuments = 30;
    public const int NameMax = 200;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".txt"] = "text/plain",
    };

    public const string Allowed = "pdf, docx, xlsx, odt of txt";

    /// <summary>Why the file cannot be added, in Dutch; null when it can. The content type follows from the extension.</summary>
    public static string? Problem(string? fileName, long length, out string contentType)
    {
        contentType = "";
        var name = Path.GetFileName(fileName ?? "");
        if (name.Length == 0) return "Kies een bestand om toe te voegen.";
        if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
            return $"{name} kan niet worden toegevoegd: alleen bestanden van het type {Allowed} zijn toegestaan.";
        if (length == 0) return $"{name} is leeg.";
        if (length > OfferDocument.MaxBytes)
            return $"{name} is te groot: een bestand mag hoogstens {OfferDocument.MaxBytes / (1024 * 1024)} MB zijn.";
        if (name.Length > NameMax) return $"De bestandsnaam is te lang: maximaal {NameMax} tekens.";
        contentType = type;
        return null;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0} kB",
        _ => $"{bytes / (1024.0 * 1024):0.0} MB".Replace('.', ','),
    };
}
