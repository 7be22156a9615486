using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using Regie.Web.Infrastructure;

namespace Regie.Web.Infrastructure.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public enum ExportKind
{
    Text,
    Number,
    Date,
    DateTime,
}

public sealed record ExportColumn<T>(string Header, Func<T, object?> Value, ExportKind Kind = ExportKind.Text);

/// <summary>
/// The one way Regie turns a list into a download: CSV for Dutch Excel (semicolons, decimal comma,
/// dd-MM-yyyy, UTF-8 with BOM) or a real xlsx with typed number and date cells.
/// </summary>
public static class ExportFile
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static bool TryParseFormat(string? value, out ExportFormat format) =>
        Enum.TryParse(value, ignoreCase: true, out format) && Enum.IsDefined(format);

    public static FileContentResult Create<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, ExportFormat format, string baseName, DateTimeOffset now)
    {
        var fileName = $"{baseName}-{TimeZoneInfo.ConvertTime(now, Amsterdam):yyyy-MM-dd}";
        return format == ExportFormat.Csv
            ? new FileContentResult(Csv(rows, columns), "text/csv; charset=utf-8") { FileDownloadName = fileName + ".csv" }
            : new FileContentResult(Xlsx(rows, columns), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = fileName + ".xlsx" };
    }

    private static byte[] Csv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(Dutch) { Delimiter = ";" }))
        {
            foreach (var column in columns) csv.WriteField(column.Header);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns) csv.WriteField(FormatText(column.Value(row), column.Kind));
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private static byte[] Xlsx<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns) =>
        new ExportWorkbook().Sheet("Gegevens", rows, columns, "#,##0.##").Bytes();

    private static string FormatText(object? value, ExportKind kind) => value switch
    {
        null => "",
        DateTimeOffset d when kind == ExportKind.DateTime => TimeZoneInfo.ConvertTime(d, Amsterdam).ToString("dd-MM-yyyy HH:mm", Dutch),
        DateTimeOffset d => TimeZoneInfo.ConvertTime(d, Amsterdam).ToString("dd-MM-yyyy", Dutch),
        DateOnly d => d.ToString("dd-MM-yyyy", Dutch),
        bool b => b ? "ja" : "nee",
        Enum e => Enums.Label(e),
        IFormattable f => f.ToString(kind == ExportKind.Number ? "#,##0.##" : null, Dutch),
        _ => value.ToString() ?? "",
    };
}
