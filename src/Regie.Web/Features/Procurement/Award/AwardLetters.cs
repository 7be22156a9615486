using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Award;

/// <summary>
/// The award letters: one per tenderer, written only from the decision record, so a supplier's letter holds its own
/// reason and score and the winner's score — nothing about the other tenderers.
/// </summary>
public static class AwardLetters
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Letter(string boardName, ProcurementProject project, AwardDecision decision, AwardReason reason)
    {
        var winner = decision.ReasonFor(decision.WinningOfferId)!;
        var isWinner = reason.OfferId == decision.WinningOfferId;
        using var pdf = new PdfReport($"Gunningsbeslissing {project.Title}",
            $"{boardName} · kenmerk {project.Reference} · {decision.DecidedAt.ToDutchDate()}");
        pdf.Paragraph($"Aan: {reason.SupplierName}");
        if (decision.Status == AwardStatus.Lapsed)
            pdf.Paragraph("Let op: deze gunningsbeslissing is vervallen. Een nieuwe beslissing volgt of is al verstuurd.");
        pdf.Paragraph(isWinner
            ? $"Wij zijn van plan de opdracht \"{project.Title}\" aan u te gunnen. Uw inschrijving heeft de beste verhouding tussen prijs en kwaliteit."
            : $"Wij zijn van plan de opdracht \"{project.Title}\" te gunnen aan {winner.SupplierName}. Uw inschrijving komt op plaats {reason.Rank} en wordt daarom niet gekozen.");
        pdf.Heading("Scores");
        var rows = new List<IReadOnlyList<string>> { Row(reason, isWinner ? "Uw inschrijving (winnaar)" : "Uw inschrijving") };
        if (!isWinner) rows.Add(Row(winner, $"Winnaar: {winner.SupplierName}"));
        pdf.Table([new PdfColumn("Inschrijving", 3), new PdfColumn("Plaats", 1, Numeric: true), new PdfColumn("Eindscore (van 100)", 1.5, Numeric: true)], rows);
        pdf.Heading("Motivering");
        pdf.Paragraph(reason.Reason);
        pdf.Heading("Opschortende termijn");
        pdf.Paragraph($"Tot en met {AwardDecision.Day(decision.StandstillUntil)} sluiten wij geen overeenkomst. " +
            (isWinner
                ? "Na die datum leggen wij het contract met u vast, tenzij er binnen de termijn bezwaar komt dat tot een andere beslissing leidt."
                : "Wilt u deze beslissing aanvechten, doe dat dan binnen deze termijn. Daarna wordt de overeenkomst met de winnaar gesloten."));
        pdf.Paragraph($"Met vriendelijke groet,\n{boardName}");
        return pdf.ToBytes();
    }

    /// <summary>Every tenderer's letter in one file, each starting on its own page.</summary>
    public static byte[] All(string boardName, ProcurementProject project, AwardDecision decision)
    {
        using var combined = new PdfDocument();
        combined.Info.Title = $"Gunningsbrieven {project.Title}";
        combined.Info.Creator = "Regie";
        foreach (var reason in decision.Reasons.OrderBy(r => r.Rank))
        {
            using var letter = PdfReader.Open(new MemoryStream(Letter(boardName, project, decision, reason)), PdfDocumentOpenMode.Import);
            foreach (var page in letter.Pages) combined.AddPage(page);
        }
        using var stream = new MemoryStream();
        combined.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static IReadOnlyList<string> Row(AwardReason reason, string label) =>
        [label, reason.Rank.ToString(Dutch), reason.TotalScore?.ToString("0.00", Dutch) ?? "–"];
}
