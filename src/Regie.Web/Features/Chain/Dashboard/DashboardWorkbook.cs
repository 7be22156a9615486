using Microsoft.AspNetCore.Mvc;
using Regie.Web.Infrastructure.Export;

namespace Regie.Web.Features.Chain.Dashboard;

/// <summary>A group's (or pupil's) dashboard as an Excel workbook: per goal, per test, per product, per pupil and the stalled pupils.</summary>
public static class DashboardWorkbook
{
    public static FileContentResult File(DashboardReport report, string baseName, DateTimeOffset now)
    {
        var goalColumns = new List<ExportColumn<GoalRow>>
        {
            new("Leerdoel", g => g.Goal.Label), new("Resultaten", g => g.Results, ExportKind.Number),
            new("Gemiddelde score (% van de schaal)", g => Aggregate.Round(g.AveragePercent), ExportKind.Number),
            new("Op of boven de norm (%)", g => Aggregate.Round(g.ShareAtNorm), ExportKind.Number),
        };
        goalColumns.AddRange(report.Weeks.Select((w, i) => new ExportColumn<GoalRow>(DashboardText.Week(w), g => Aggregate.Round(g.PerWeek[i]), ExportKind.Number)));

        var pupilColumns = new List<ExportColumn<PupilRow>>
        {
            new("Leerling", p => p.Name), new("Resultaten", p => p.Results, ExportKind.Number),
            new("Resultaten in de laatste weken", p => p.ResultsInWindow, ExportKind.Number),
            new("Gemiddelde score (% van de schaal)", p => Aggregate.Round(p.AveragePercent), ExportKind.Number),
            new("Op of boven de norm (%)", p => Aggregate.Round(p.ShareAtNorm), ExportKind.Number),
            new("Tijd (minuten)", p => p.Minutes, ExportKind.Number), new("Laatste resultaat", p => p.LastTakenOn, ExportKind.Date),
            new("Stilstand", p => p.Stalled),
        };
        pupilColumns.AddRange(report.Products.Select(product =>
            new ExportColumn<PupilRow>($"Tijd {product.Product} (minuten)", p => p.MinutesPerProduct.GetValueOrDefault(product.Id), ExportKind.Number)));

        var stalled = report.Stalled.SelectMany(p => p.Reasons.Select(r => (Pupil: p.Name, Reason: r))).ToList();
        return new ExportWorkbook()
            .Sheet("Per leerdoel", report.Goals, goalColumns, "0.#")
            .Sheet("Per toets", report.Tests,
            [
                new("Toets", t => t.Name), new("Product", t => t.Product), new("Resultaten", t => t.Results, ExportKind.Number),
                new("Gemiddelde score", t => Math.Round(t.AverageScore, 2), ExportKind.Number), new("Laagste score", t => t.Min, ExportKind.Number),
                new("Hoogste score", t => t.Max, ExportKind.Number), new("Norm", t => t.Norm, ExportKind.Number),
                new("Op of boven de norm (%)", t => Aggregate.Round(t.ShareAtNorm), ExportKind.Number),
                new("Leerlingen onder de norm", t => t.PupilsBelowNorm, ExportKind.Number),
            ], "0.##")
            .Sheet("Per product", report.Products,
            [
                new("Product", p => p.Product), new("Resultaten", p => p.Results, ExportKind.Number),
                new("Leerlingen", p => p.Pupils, ExportKind.Number), new("Tijd (minuten)", p => p.Minutes, ExportKind.Number),
            ], "0")
            .Sheet("Per leerling", report.Pupils, pupilColumns, "0.#")
            .Sheet("Stilstand", stalled,
            [
                new("Leerling", s => s.Pupil), new("Soort", s => s.Reason.Kind),
                new("Toelichting", s => s.Reason.Text),
            ])
            .File(baseName, now);
    }
}
