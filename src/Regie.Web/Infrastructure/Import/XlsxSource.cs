using System.Globalization;
using MiniExcelLibs;

namespace Regie.Web.Infrastructure.Import;

/// <summary>
/// Reads the first sheet of an Excel workbook into the same records <see cref="CsvSource"/> produces, so every import
/// accepts .xlsx without knowing it. The header row is the first row; line numbers are Excel's row numbers.
/// </summary>
public static class XlsxSource
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>An xlsx file is a zip archive: it starts with "PK\x03\x04".</summary>
    public static bool IsXlsx(byte[] content) => content is [0x50, 0x4B, 0x03, 0x04, ..];

    /// <summary>The old binary Excel format (.xls) starts with the OLE signature.</summary>
    public static bool IsOldExcel(byte[] content) => content is [0xD0, 0xCF, 0x11, 0xE0, ..];

    public static CsvFile Open(byte[] content, IReadOnlyList<ImportColumn> columns)
    {
        List<(int Row, string[] Fields)> rows;
        try
        {
            rows = ReadFirstSheet(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException) // whatever a damaged workbook throws, it is the file's fault
        {
            return CsvFile.Failed("Dit Excel-bestand kan niet worden gelezen. Open het in Excel, sla het op als Excel-werkmap (.xlsx) en probeer het opnieuw.");
        }
        if (rows.Count == 0)
            return CsvFile.Failed("Het eerste werkblad is leeg. Zet de kopregel met kolomnamen in de eerste rij en de gegevens daaronder.");

        var (map, error) = CsvSource.MapHeaders(rows[0].Fields, columns);
        if (error is not null) return CsvFile.Failed(error);
        var records = rows.Skip(1).Where(r => !r.Fields.All(string.IsNullOrWhiteSpace)).Select(r => new CsvRecord(r.Row, map!, r.Fields)).ToList();
        return new CsvFile(null, records, records.Count);
    }

    private static List<(int, string[])> ReadFirstSheet(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var rows = new List<(int, string[])>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            rows.Add((number, row.Values.Select(Text).ToArray()));
        }
        return rows.All(r => r.Item2.All(string.IsNullOrWhiteSpace)) ? [] : rows;
    }

    /// <summary>
    /// Cells as the text a person sees: numbers the Dutch way without thousands separators ("12,5"), so an amount
    /// stays unambiguous for the same parser that reads CSV; dates as dd-MM-yyyy; yes/no as ja/nee.
    /// </summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("0.##########", Dutch),
        decimal m => m.ToString("0.##########", Dutch),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("dd-MM-yyyy", Dutch) : t.ToString("dd-MM-yyyy HH:mm", Dutch),
        bool b => b ? "ja" : "nee",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
