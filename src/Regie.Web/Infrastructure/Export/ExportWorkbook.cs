using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Infrastructure.Export;

/// <summary>
/// An xlsx with several sheets, for reports that are more than one list (a business case: lines, totals, phases).
/// Uses the same <see cref="ExportColumn{T}"/> as <see cref="ExportFile"/>, whose single-list xlsx is a one-sheet workbook.
/// </summary>
public sealed class ExportWorkbook
{
    private readonly Dictionary<string, object> _sheets = [];
    private readonly List<DynamicExcelColumn> _columns = [];

    /// <param name="numberFormat">Excel format of number columns; Excel shows it with the reader's own separators.</param>
    public ExportWorkbook Sheet<T>(string name, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string numberFormat = "#,##0.00")
    {
        // Keys are unique per workbook because MiniExcel applies one column configuration to every sheet.
        var keys = columns.Select((_, i) => $"s{_sheets.Count}c{i}").ToArray();
        _columns.AddRange(columns.Select((c, i) => new DynamicExcelColumn(keys[i])
        {
            Name = c.Header,
            Index = i,
            Width = Math.Clamp(c.Header.Length + 6, 12, 50),
            Format = c.Kind switch { ExportKind.Number => numberFormat, ExportKind.Date => "dd-mm-yyyy", ExportKind.DateTime => "dd-mm-yyyy hh:mm", _ => null },
        }));
        _sheets[name] = rows.Select(row =>
        {
            var values = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++) values[keys[i]] = Cell(columns[i].Value(row), columns[i].Kind);
            return values;
        }).ToList();
        return this;
    }

    public FileContentResult File(string baseName, DateTimeOffset now) =>
        new(Bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            FileDownloadName = $"{baseName}-{now.Local():yyyy-MM-dd}.xlsx",
        };

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(_sheets, configuration: new OpenXmlConfiguration { DynamicColumns = [.. _columns] });
        return stream.ToArray();
    }

    private static object? Cell(object? value, ExportKind kind) => value switch
    {
        DateTimeOffset d => d.Local().DateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        bool b => b ? "ja" : "nee",
        Enum e => Enums.Label(e),
        _ when kind == ExportKind.Text => value?.ToString(),
        _ => value,
    };
}
