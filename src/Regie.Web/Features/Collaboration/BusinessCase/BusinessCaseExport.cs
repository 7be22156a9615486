using Microsoft.AspNetCore.Mvc;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>The business case as an Excel workbook (lines, years, phases, summary) and as a PDF to hand to a board.</summary>
public static class BusinessCaseExport
{
    private static readonly IReadOnlyList<ExportColumn<BusinessCaseLine>> LineColumns =
    [
        new("Soort regel", l => l.Type),
        new("Fase", l => l.Phase),
        new("Soort opbrengst", l => l.RevenueKind),
        new("Omschrijving", l => l.Description),
        new("Eenmalig of per jaar", l => l.Frequency),
        new("Bedrag (euro)", l => l.Amount, ExportKind.Number),
        new("Uren", l => l.Hours, ExportKind.Number),
        new("Uurtarief (euro)", l => l.HourlyRate, ExportKind.Number),
        new("Vanaf jaar", l => l.FromYear.ToString(Money.Dutch)),
        new("Tot en met jaar", l => l.ToYear?.ToString(Money.Dutch)),
    ];

    private static readonly IReadOnlyList<ExportColumn<CaseYear>> YearColumns =
    [
        new("Jaar", y => y.Year.ToString(Money.Dutch)),
        new("Kosten", y => y.Costs, ExportKind.Number),
        new("Waarvan eigen uren", y => y.HiddenCosts, ExportKind.Number),
        new("Opbrengsten", y => y.Revenues, ExportKind.Number),
        new("Subsidie", y => y.Subsidies, ExportKind.Number),
        new("Netto kasstroom", y => y.Net, ExportKind.Number),
        new("Cumulatieve kasstroom", y => y.Cumulative, ExportKind.Number),
        new("Netto zonder subsidie", y => y.NetWithoutSubsidy, ExportKind.Number),
        new("Cumulatief zonder subsidie", y => y.CumulativeWithoutSubsidy, ExportKind.Number),
        new("Disconteringsfactor", y => decimal.Round(y.DiscountFactor, 4), ExportKind.Number),
    ];

    public static FileContentResult Excel(Initiative initiative, IEnumerable<BusinessCaseLine> lines, BusinessCaseResult result, DateTimeOffset now)
    {
        var years = result.Settings.Years;
        var phaseColumns = new List<ExportColumn<PhaseTotal>> { new("Fase", p => p.Phase) };
        phaseColumns.AddRange(years.Select((year, i) => new ExportColumn<PhaseTotal>(year.ToString(Money.Dutch), p => p.PerYear[i], ExportKind.Number)));
        phaseColumns.Add(new("Totaal", p => p.Total, ExportKind.Number));
        var summary = new (string Label, decimal Value)[]
        {
            ("Totale kosten", result.TotalCosts), ("Waarvan eigen uren", result.TotalHiddenCosts), ("Opbrengsten", result.TotalRevenues),
            ("Subsidie", result.TotalSubsidies), ("Netto resultaat", result.TotalNet),
            ($"Contante waarde bij {Money.Percent(result.Settings.DiscountRatePercent)}", result.NetPresentValue),
            ("Contante waarde zonder subsidie", result.NetPresentValueWithoutSubsidy),
        };
        return new ExportWorkbook()
            .Sheet("Samenvatting", summary, [new("Onderdeel", s => s.Label), new("Bedrag (euro)", s => s.Value, ExportKind.Number)])
            .Sheet("Regels", lines, LineColumns)
            .Sheet("Per jaar", result.Years, YearColumns)
            .Sheet("Per fase", result.Phases, phaseColumns)
            .File(FileName(initiative), now);
    }

    public static FileContentResult Pdf(Initiative initiative, IEnumerable<BusinessCaseLine> lines, BusinessCaseResult result, DateTimeOffset now)
    {
        using var report = new PdfReport($"Business case: {initiative.Title}",
            $"Looptijd {result.Settings.StartYear} tot en met {result.Settings.EndYear}, disconteringsvoet {Money.Percent(result.Settings.DiscountRatePercent)}. " +
            $"Gemaakt met Regie op {now.ToDutchDateTime()}.");
        report.Heading("Samenvatting");
        foreach (var sentence in CaseSummary.Describe(result)) report.Paragraph(sentence);
        report.Heading("Per jaar").Table(YearTable.Columns, YearTable.Rows(result));
        report.Heading("Kosten per fase").Table(PhaseTable.Columns(result), PhaseTable.Rows(result));
        report.Heading("Regels").Table(
            [new("Soort"), new("Omschrijving", 2.4), new("Fase"), new("Wanneer", 1.3), new("Bedrag", 1, Numeric: true)],
            lines.Select(l => (IReadOnlyList<string>)[Enums.Label(l.Type), l.Description + Hours(l), l.Phase is { } p ? Enums.Label(p) : "", When(l), Money.Euro(l.Amount)]));
        return PdfReport.File(report.ToBytes(), FileName(initiative), now);
    }

    public static string When(BusinessCaseLine l) => l.Frequency == Frequency.OneOff
        ? $"eenmalig in {l.FromYear}"
        : l.ToYear is { } to ? $"per jaar, {l.FromYear} t/m {to}" : $"per jaar vanaf {l.FromYear}";

    private static string Hours(BusinessCaseLine l) =>
        l is { Type: LineType.OwnHours, Hours: { } h, HourlyRate: { } r } ? $" ({Money.Number(h)} uur × {Money.Euro(r)})" : "";

    private static string FileName(Initiative initiative) => "business-case-" + Slug(initiative.Title);

    private static string Slug(string title)
    {
        var slug = new string(SearchTerms.Normalize(title).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        slug = slug.Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}

/// <summary>The per-year table as text, shared by the page's PDF; figures are formatted the Dutch way.</summary>
public static class YearTable
{
    public static readonly IReadOnlyList<PdfColumn> Columns =
    [
        new("Jaar", 0.7), new("Kosten", 1, true), new("Opbrengsten", 1, true), new("Subsidie", 1, true),
        new("Netto", 1, true), new("Cumulatief", 1, true), new("Cumulatief zonder subsidie", 1.2, true),
    ];

    public static IEnumerable<IReadOnlyList<string>> Rows(BusinessCaseResult r) =>
        r.Years.Select(y => (IReadOnlyList<string>)
        [
            y.Year.ToString(Money.Dutch), Money.Euro(y.Costs), Money.Euro(y.Revenues), Money.Euro(y.Subsidies),
            Money.Euro(y.Net), Money.Euro(y.Cumulative), Money.Euro(y.CumulativeWithoutSubsidy),
        ]).Append(
        [
            "Totaal", Money.Euro(r.TotalCosts), Money.Euro(r.TotalRevenues), Money.Euro(r.TotalSubsidies), Money.Euro(r.TotalNet), "", "",
        ]).Append(["Contante waarde", "", "", "", Money.Euro(r.NetPresentValue), "zonder subsidie:", Money.Euro(r.NetPresentValueWithoutSubsidy)]);
}

public static class PhaseTable
{
    public static IReadOnlyList<PdfColumn> Columns(BusinessCaseResult r) =>
        [new("Fase", 1.4), .. r.Settings.Years.Select(y => new PdfColumn(y.ToString(Money.Dutch), 1, true)), new("Totaal", 1, true)];

    public static IEnumerable<IReadOnlyList<string>> Rows(BusinessCaseResult r) =>
        r.Phases.Select(p => (IReadOnlyList<string>)[Enums.Label(p.Phase), .. p.PerYear.Select(Money.Euro), Money.Euro(p.Total)]);
}
