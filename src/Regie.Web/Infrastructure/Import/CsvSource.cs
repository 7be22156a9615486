using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Regie.Web.Infrastructure.Import;

/// <summary>A column an import reads, by its header name; older files may use one of the aliases.</summary>
public sealed record ImportColumn(string Name, bool Required, params string[] Aliases)
{
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>One data row of a file, with the line number a person sees in a text editor.</summary>
public sealed class CsvRecord(int line, IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public int Line { get; } = line;

    /// <summary>The trimmed value of a column, or null when absent or blank (DUO writes blanks as one space).</summary>
    public string? this[ImportColumn column] =>
        columns.TryGetValue(column.Name, out var index) && index < fields.Length && !string.IsNullOrWhiteSpace(fields[index])
            ? fields[index].Trim()
            : null;

    public bool Has(ImportColumn column) => columns.ContainsKey(column.Name);
}

/// <summary>
/// Reads a semicolon-separated file, detecting UTF-8 (with or without BOM), UTF-16 and Windows-1252.
/// An Excel workbook (.xlsx) is handed to <see cref="XlsxSource"/>, which yields the same records.
/// </summary>
public static class CsvSource
{
    private static readonly Encoding Windows1252 = GetWindows1252();
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static CsvFile Open(byte[] content, IReadOnlyList<ImportColumn> columns)
    {
        if (XlsxSource.IsXlsx(content)) return XlsxSource.Open(content, columns);
        if (XlsxSource.IsOldExcel(content))
            return CsvFile.Failed("Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.");
        if (content.Length == 0 || content.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
            return CsvFile.Failed("Het bestand is leeg. Kies een CSV-bestand met een kopregel en minstens één regel gegevens.");
        var text = Decode(content);
        if (text is null || LooksBinary(text))
            return CsvFile.Failed("Dit is geen leesbaar CSV-bestand: het bevat binaire gegevens. Kies een tekstbestand met kolommen gescheiden door puntkomma's (;), zoals DUO dat levert.");

        var headerLine = text.AsSpan(0, IndexOfLineEnd(text)).ToString();
        if (!headerLine.Contains(';'))
        {
            var used = headerLine.Contains('\t') ? "tabs" : headerLine.Contains(',') ? "komma's" : null;
            return CsvFile.Failed(used is null
                ? "De eerste regel is geen kopregel met kolomnamen gescheiden door puntkomma's (;)."
                : $"Het bestand gebruikt {used} als scheidingsteken. Regie verwacht puntkomma's (;), zoals in de bestanden van DUO. Sla het bestand in Excel op als 'CSV (gescheiden door lijstscheidingsteken)' en probeer het opnieuw.");
        }

        var (map, error) = MapHeaders(headerLine.Split(';').Select(h => h.Trim().Trim('"')).ToArray(), columns);
        if (error is not null) return CsvFile.Failed(error);

        return new CsvFile(null, ReadRecords(text, map!), text.Count(c => c == '\n'));
    }

    /// <summary>Finds each column by its name or an alias, ignoring case; the error names the required columns that are missing.</summary>
    internal static (IReadOnlyDictionary<string, int>? Map, string? Error) MapHeaders(string[] headerCells, IReadOnlyList<ImportColumn> columns)
    {
        var headers = headerCells.Select(h => h.Trim().ToUpperInvariant()).ToArray();
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            var index = column.Names.Select(n => Array.IndexOf(headers, n.ToUpperInvariant())).FirstOrDefault(i => i >= 0, -1);
            if (index >= 0) map[column.Name] = index;
        }
        var missing = columns.Where(c => c.Required && !map.ContainsKey(c.Name)).Select(c => $"'{c.Name}'").ToList();
        if (missing.Count == 0) return (map, null);
        return (null, missing.Count == 1
            ? $"De kolom {missing[0]} ontbreekt in de kopregel. Controleer of u het juiste bestand heeft gekozen."
            : $"De kolommen {string.Join(", ", missing)} ontbreken in de kopregel. Controleer of u het juiste bestand heeft gekozen.");
    }

    private static IEnumerable<CsvRecord> ReadRecords(string text, IReadOnlyDictionary<string, int> map)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        var first = true;
        while (parser.Read())
        {
            if (first) { first = false; continue; }
            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            yield return new CsvRecord(parser.RawRow, map, fields);
        }
    }

    private static string? Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble)) return TryDecode(StrictUtf8, content, 3);
        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE) return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        return TryDecode(StrictUtf8, content, 0) ?? Windows1252.GetString(content);
    }

    private static string? TryDecode(Encoding encoding, byte[] content, int offset)
    {
        try { return encoding.GetString(content, offset, content.Length - offset); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>Text files have no NUL characters and few control characters.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 16_384));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0') return true;
            if (char.IsControl(c) && c is not '\r' and not '\n' and not '\t') control++;
        }
        return control > sample.Length / 100;
    }

    private static int IndexOfLineEnd(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text.Length : end;
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}

public sealed record CsvFile(string? Error, IEnumerable<CsvRecord> Records, int EstimatedRows = 0)
{
    public static CsvFile Failed(string error) => new(error, []);
}
