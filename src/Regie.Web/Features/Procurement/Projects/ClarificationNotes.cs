using Microsoft.AspNetCore.Mvc;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;
using Regie.Web.Features.Collaboration.BusinessCase;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>
/// The clarification note (nota van inlichtingen): every published question, answer and announcement so far, frozen
/// under the next number. Entries not in the previous note are marked new. Nothing in it names a supplier.
/// </summary>
public static class ClarificationNotes
{
    /// <summary>The next note, or null when nothing was published since the last one.</summary>
    public static ClarificationNote? Compile(ProcurementProject project, IReadOnlyList<ProjectQuestion> questions, int lastNumber, DateTimeOffset now, string issuedBy)
    {
        var published = questions.Where(q => q.IsPublished).OrderBy(q => q.Number).ToList();
        if (!published.Any(q => q.NoteNumber is null)) return null;
        var number = lastNumber + 1;
        var note = new ClarificationNote
        {
            BoardId = project.BoardId, ProjectId = project.Id, Number = number, IssuedAt = now, IssuedBy = issuedBy,
            Entries = published.Select(q => new ClarificationEntry(q.Number, q.Kind, q.Reference, q.Text, q.Answer, q.NoteNumber is null)).ToList(),
        };
        foreach (var question in published.Where(q => q.NoteNumber is null)) question.NoteNumber = number;
        return note;
    }

    public static FileContentResult Pdf(ProcurementProject project, string boardName, ClarificationNote note, DateTimeOffset now)
    {
        using var report = new PdfReport($"Nota van inlichtingen {note.Number}",
            $"{project.Reference} {project.Title} · {boardName} · uitgegeven op {note.IssuedAt.ToDutchDate()}");
        report.Paragraph("Deze nota bundelt de vragen van leveranciers met de antwoorden, en de mededelingen van de opdrachtgever. " +
                         "Alle uitgenodigde leveranciers ontvangen dezelfde nota; wie een vraag stelde, staat er niet in. " +
                         "De antwoorden maken deel uit van de aanbestedingsstukken.");
        if (note.Number > 1) report.Paragraph($"Regels met ‘nieuw’ staan niet in nota {note.Number - 1}.");
        report.Table(
            [new PdfColumn("Nr.", 0.5, Numeric: true), new PdfColumn("Soort", 1), new PdfColumn("Betreft", 1.2), new PdfColumn("Vraag of mededeling", 3), new PdfColumn("Antwoord", 3), new PdfColumn("Nieuw", 0.6)],
            note.Entries.Select(e => (IReadOnlyList<string>)
                [e.Number.ToString(Money.Dutch), Enums.Label(e.Kind), e.Reference ?? "", e.Text, e.Answer ?? "", e.New ? "nieuw" : ""]));
        return PdfReport.File(report.ToBytes(), $"nota-van-inlichtingen-{note.Number}-{project.Reference}", now);
    }
}
