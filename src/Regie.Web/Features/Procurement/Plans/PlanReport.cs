using Microsoft.AspNetCore.Mvc;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>One plan version as an Excel workbook (lines, years, categories, schools, depreciation) and as a PDF for the board.</summary>
public sealed class PlanReport(InvestmentPlan plan, InvestmentPlanVersion version, PlanTotals totals, IReadOnlyList<InvestmentPlanLine> lines, SchoolListing schools, DateTimeOffset now)
{
    /// <summary>A PDF is read, not searched: beyond this many lines it lists the costliest and says so.</summary>
    public const int PdfLineLimit = 300;

    private readonly Dictionary<Guid, string> _schools = schools.Find(new ListState { Status = "alle" }).ToDictionary(s => s.Id, s => s.Name);
    private decimal Reserve => PlanCalculator.Reserve(version.ReserveKind, version.ReserveValue, totals.Purchases);
    private string FileName => $"investeringsplan-v{version.Number}-{Slug(plan.Title)}";

    private string School(Guid? id) => id is { } s ? _schools.GetValueOrDefault(s, "Onbekende school") : PlanLabels.WholeBoard;

    public FileContentResult Excel()
    {
        var horizon = totals.Horizon;
        var lineColumns = new List<ExportColumn<InvestmentPlanLine>>
        {
            new("Omschrijving", l => l.Description), new("School", l => School(l.SchoolId)), new("Categorie", l => l.Category),
            new("Aantal", l => l.Quantity, ExportKind.Number), new("Prijs per stuk (euro)", l => l.UnitPrice, ExportKind.Number),
            new("Aanschafjaar", l => l.PurchaseYear.ToString(PlanLabels.Dutch)),
            new("Fasering", l => string.Join("; ", l.Phases.Select(p => $"{p.Year}: {PlanLabels.Number(p.Quantity)}{(p.Note is null ? "" : " (" + p.Note + ")")}"))),
            new("Afschrijvingstermijn (jaren)", l => l.DepreciationYears, ExportKind.Number), new("Afschrijvingsmethode", l => l.DepreciationMethod),
            new("Onderhoud per jaar", l => l.YearlyMaintenance, ExportKind.Number), new("Licenties per jaar", l => l.YearlyLicences, ExportKind.Number),
            new("Verzekering per jaar", l => l.YearlyInsurance, ExportKind.Number), new("Ondersteuning per jaar", l => l.YearlySupport, ExportKind.Number),
            new("Contractduur", l => PlanLabels.Term(l.ContractMonths)),
            new($"Kosten {horizon} (euro)", l => PlanCalculator.TotalCostOfOwnership(PlanLineFigures.From(l), horizon).Total, ExportKind.Number),
            new("Toelichting", l => l.Note),
        };
        var categoryColumns = new List<ExportColumn<CategoryTotal>> { new("Categorie", c => c.Category) };
        categoryColumns.AddRange(horizon.All.Select((year, i) => new ExportColumn<CategoryTotal>(year.ToString(PlanLabels.Dutch), c => c.CostsPerYear[i], ExportKind.Number)));
        categoryColumns.AddRange([new("Aanschaf", c => c.Purchases, ExportKind.Number), new("Terugkerend", c => c.Recurring, ExportKind.Number),
            new("Afschrijving", c => c.Depreciation, ExportKind.Number), new("Totaal", c => c.Costs, ExportKind.Number)]);
        var schedules = lines.ToDictionary(l => l.Id, l => PlanCalculator.DepreciationSchedule(PlanLineFigures.From(l)));
        var depreciationColumns = new List<ExportColumn<InvestmentPlanLine>> { new("Omschrijving", l => l.Description), new("School", l => School(l.SchoolId)), new("Methode", l => l.DepreciationMethod) };
        depreciationColumns.AddRange(horizon.All.Select(year => new ExportColumn<InvestmentPlanLine>(year.ToString(PlanLabels.Dutch),
            l => schedules[l.Id].GetValueOrDefault(year), ExportKind.Number)));
        depreciationColumns.Add(new("Na " + horizon.LastYear, l => schedules[l.Id].Where(d => d.Key > horizon.LastYear).Sum(d => d.Value), ExportKind.Number));

        return new ExportWorkbook()
            .Sheet("Samenvatting", Summary(), [new("Onderdeel", s => s.Label), new("Bedrag (euro)", s => s.Amount, ExportKind.Number)])
            .Sheet("Regels", lines, lineColumns)
            .Sheet("Per jaar", totals.Years, [new("Jaar", y => y.Year.ToString(PlanLabels.Dutch)), new("Aanschaf", y => y.Purchases, ExportKind.Number),
                new("Terugkerend", y => y.Recurring, ExportKind.Number), new("Totaal uitgaven", y => y.Costs, ExportKind.Number), new("Afschrijving", y => y.Depreciation, ExportKind.Number)])
            .Sheet("Per categorie", totals.Categories, categoryColumns)
            .Sheet("Per school", totals.Schools, [new("School", s => School(s.SchoolId)), new("Regels", s => s.Lines, ExportKind.Number),
                new("Aanschaf", s => s.Purchases, ExportKind.Number), new("Terugkerend", s => s.Recurring, ExportKind.Number), new("Totaal", s => s.Costs, ExportKind.Number)])
            .Sheet("Afschrijving", lines, depreciationColumns)
            .File(FileName, now);
    }

    public FileContentResult Pdf()
    {
        var horizon = totals.Horizon;
        using var report = new PdfReport($"Investeringsplan: {plan.Title}",
            $"Versie {version.Number} ({Enums.Label(version.Status).ToLowerInvariant()}{(version.AdoptedAt is { } at ? $", vastgesteld op {at.ToDutchDate()} door {version.AdoptedBy}" : "")}), " +
            $"{(plan.SchoolId is { } s ? School(s) : "hele bestuur")}, looptijd {horizon}. Bedragen exclusief btw. Gemaakt met Regie op {now.ToDutchDateTime()}.");
        report.Heading("Totalen").Table([new("Onderdeel", 2), new("Bedrag", 1, true)], Summary().Select(s => (IReadOnlyList<string>)[s.Label, s.Amount.ToEuro()]));
        report.Heading("Per jaar").Table(
            [new("Jaar", 0.7), new("Aanschaf", 1, true), new("Terugkerend", 1, true), new("Totaal uitgaven", 1, true), new("Afschrijving", 1, true)],
            totals.Years.Select(y => (IReadOnlyList<string>)[y.Year.ToString(PlanLabels.Dutch), y.Purchases.ToEuro(), y.Recurring.ToEuro(), y.Costs.ToEuro(), y.Depreciation.ToEuro()]));
        report.Heading("Per categorie").Table(
            [new("Categorie", 2), new("Aanschaf", 1, true), new("Terugkerend", 1, true), new("Afschrijving", 1, true), new("Totaal", 1, true)],
            totals.Categories.Select(c => (IReadOnlyList<string>)[Enums.Label(c.Category), c.Purchases.ToEuro(), c.Recurring.ToEuro(), c.Depreciation.ToEuro(), c.Costs.ToEuro()]));
        report.Heading("Per school").Table(
            [new("School", 2), new("Regels", 0.6, true), new("Aanschaf", 1, true), new("Terugkerend", 1, true), new("Totaal", 1, true)],
            totals.Schools.OrderBy(x => x.SchoolId is null ? 0 : 1).ThenBy(x => School(x.SchoolId))
                .Select(x => (IReadOnlyList<string>)[School(x.SchoolId), x.Lines.ToString("N0", PlanLabels.Dutch), x.Purchases.ToEuro(), x.Recurring.ToEuro(), x.Costs.ToEuro()]));
        var costed = lines.Select(l => (Line: l, Cost: PlanCalculator.TotalCostOfOwnership(PlanLineFigures.From(l), horizon).Total))
            .OrderByDescending(l => l.Cost).ToList();
        report.Heading("Regels");
        if (costed.Count > PdfLineLimit)
            report.Paragraph($"Het plan heeft {costed.Count:N0} regels; hieronder staan de {PdfLineLimit} regels met de hoogste kosten. Alle regels staan in de Excel-export.");
        report.Table(
            [new("Omschrijving", 2.2), new("School", 1.3), new("Categorie", 1.2), new("Aantal", 0.6, true), new("Aanschaf", 0.9), new($"Kosten {horizon}", 1, true)],
            costed.Take(PdfLineLimit).Select(c => (IReadOnlyList<string>)[c.Line.Description, School(c.Line.SchoolId), Enums.Label(c.Line.Category),
                PlanLabels.Number(c.Line.Quantity), c.Line.Phases.Count == 0 ? c.Line.PurchaseYear.ToString(PlanLabels.Dutch) : string.Join(", ", c.Line.Phases.Select(p => p.Year)), c.Cost.ToEuro()]));
        return PdfReport.File(report.ToBytes(), FileName, now);
    }

    private IEnumerable<(string Label, decimal Amount)> Summary() =>
    [
        ("Aanschaf", totals.Purchases), ("Terugkerende kosten", totals.Recurring), ("Totaal uitgaven", totals.Costs),
        ($"Reserve onvoorzien ({PlanLabels.Reserve(version.ReserveKind, version.ReserveValue)})", Reserve),
        ("Totaal met reserve", totals.Costs + Reserve), ($"Afschrijving binnen {totals.Horizon}", totals.Depreciation),
    ];

    private static string Slug(string title)
    {
        var slug = new string(SearchTerms.Normalize(title).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        slug = slug.Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
