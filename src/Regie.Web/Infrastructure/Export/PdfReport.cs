using Microsoft.AspNetCore.Mvc;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Infrastructure.Export;

/// <summary>A table column of a PDF report; widths are relative weights.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, bool Numeric = false);

/// <summary>
/// The one way Regie writes a PDF: A4 portrait with a title, headings, paragraphs and tables that wrap their text
/// and continue on a new page (with the header repeated). Callers pass text already formatted the Dutch way.
/// </summary>
public sealed class PdfReport : IDisposable
{
    private const double Margin = 50, LineGap = 1.3, CellPadding = 4;
    private static readonly XColor Brand = XColor.FromArgb(0x15, 0x42, 0x73);
    private readonly PdfDocument _document = new();
    private readonly XFont _title, _heading, _body, _bodyBold, _small;
    private XGraphics _page = null!;
    private double _y;

    public PdfReport(string title, string subtitle)
    {
        PdfFonts.Register();
        _title = new XFont(PdfFonts.Family, 18, XFontStyleEx.Bold);
        _heading = new XFont(PdfFonts.Family, 13, XFontStyleEx.Bold);
        _body = new XFont(PdfFonts.Family, 9.5, XFontStyleEx.Regular);
        _bodyBold = new XFont(PdfFonts.Family, 9.5, XFontStyleEx.Bold);
        _small = new XFont(PdfFonts.Family, 8, XFontStyleEx.Regular);
        _document.Info.Title = title;
        _document.Info.Creator = "Regie";
        NewPage();
        Lines(title, _title, Brand);
        Lines(subtitle, _small, XColors.DimGray);
        _y += 8;
    }

    private double Width => _page.PageSize.Width - 2 * Margin;
    private double Bottom => _page.PageSize.Height - Margin;

    public PdfReport Heading(string text)
    {
        _y += 10;
        EnsureRoom(_heading.Height * 3);
        return Lines(text, _heading, Brand);
    }

    public PdfReport Paragraph(string text)
    {
        Lines(text, _body, XColors.Black);
        _y += 4;
        return this;
    }

    public PdfReport Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var header = Layout(columns.Select(c => c.Header).ToList(), widths, _bodyBold);
        EnsureRoom(header.Height * 3);
        Draw(header, columns, widths, _bodyBold, shaded: true);
        foreach (var row in rows)
        {
            var cells = Layout(row, widths, _body);
            if (_y + cells.Height > Bottom)
            {
                NewPage();
                Draw(header, columns, widths, _bodyBold, shaded: true);
            }
            Draw(cells, columns, widths, _body, shaded: false);
        }
        _y += 6;
        return this;
    }

    public byte[] ToBytes()
    {
        _page.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public static FileContentResult File(byte[] pdf, string baseName, DateTimeOffset now) =>
        new(pdf, "application/pdf") { FileDownloadName = $"{baseName}-{now.Local():yyyy-MM-dd}.pdf" };

    public void Dispose() => _document.Dispose();

    private sealed record RowLayout(List<List<string>> Cells, double Height);

    private RowLayout Layout(IReadOnlyList<string> cells, double[] widths, XFont font)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * CellPadding)).ToList();
        return new(wrapped, wrapped.Max(w => w.Count) * font.Height * LineGap + 2 * CellPadding);
    }

    private void Draw(RowLayout row, IReadOnlyList<PdfColumn> columns, double[] widths, XFont font, bool shaded)
    {
        if (shaded) _page.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xEE, 0xF2, 0xF7)), Margin, _y, Width, row.Height);
        var x = Margin;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var lineY = _y + CellPadding;
            var format = columns[i].Numeric ? XStringFormats.TopRight : XStringFormats.TopLeft;
            foreach (var line in row.Cells[i])
            {
                _page.DrawString(line, font, XBrushes.Black, new XRect(x + CellPadding, lineY, widths[i] - 2 * CellPadding, font.Height), format);
                lineY += font.Height * LineGap;
            }
            x += widths[i];
        }
        _y += row.Height;
        _page.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, _y, Margin + Width, _y);
    }

    private PdfReport Lines(string text, XFont font, XColor color)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            EnsureRoom(font.Height * LineGap);
            _page.DrawString(line, font, new XSolidBrush(color), new XRect(Margin, _y, Width, font.Height), XStringFormats.TopLeft);
            _y += font.Height * LineGap;
        }
        return this;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _page.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom) NewPage();
    }

    private void NewPage()
    {
        _page?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _y = Margin;
    }
}
