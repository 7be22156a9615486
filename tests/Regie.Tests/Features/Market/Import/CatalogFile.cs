using System.Text;
using MiniExcelLibs;

namespace Regie.Tests.Features.Market.Import;

/// <summary>A catalogue import file as a supplier makes it: Dutch headers, one item per row.</summary>
public sealed class CatalogFile
{
    public static readonly string[] Headers =
        ["eigen code", "titel", "samenvatting", "beschrijving", "soort", "sectoren", "vakken", "leerjaren", "prijsmodel", "prijs excl. btw", "locatie van de gegevens", "publiceren"];

    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public CatalogFile Item(string reference, string title, string price = "12,50", string subjects = "rekenen-wiskunde", string publish = "",
        string description = "Oefenen op eigen niveau.", string location = "Binnen de EU/EER")
    {
        _rows.Add([reference, title, "Adaptief oefenen", description, "Digitaal leermiddel", "po", subjects, "groep 5; groep 6", "Per leerling per jaar", price, location, publish]);
        return this;
    }

    public CatalogFile Items(string prefix, int count)
    {
        for (var i = 1; i <= count; i++) Item($"{prefix}-{i:D3}", $"Leerlijn {prefix} {i}");
        return this;
    }

    public CatalogFile Replace(int index, Func<CatalogFile, CatalogFile> item)
    {
        var other = item(new CatalogFile());
        _rows[index] = other._rows[0];
        return this;
    }

    public byte[] Csv() => new UTF8Encoding(true).GetPreamble()
        .Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { Headers }.Concat(_rows).Select(r => string.Join(";", r.Select(Quote)))) + "\r\n")).ToArray();

    public byte[] Xlsx()
    {
        var rows = _rows.Select(r => Headers.Select((h, i) => (h, (object)r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private static string Quote(string value) => value.Contains(';') || value.Contains('"') || value.Contains('\n') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
