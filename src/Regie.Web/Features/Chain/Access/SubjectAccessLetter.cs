using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Export;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Chain.Access;

/// <summary>
/// The answer to parents' access request as a dated letter from the school. It names the pupil, because the school hands
/// it to the parents, but never a national number or an ECK iD: those are not in the overview to begin with.
/// </summary>
public static class SubjectAccessLetter
{
    public sealed record LetterHead(string Board, string School, string PupilName, string? GroupName, string Signatory, DateTimeOffset Date);

    public const string NothingShared = "Regie heeft geen gegevens over deze leerling met leveranciers gedeeld, en er zijn geen resultaten van leveranciers ontvangen.";

    public const string HowSharingWorks = "Leveranciers krijgen nooit de naam, het burgerservicenummer of de geboortedatum van een leerling. Zij krijgen " +
        "alleen een pseudoniem: een code die voor iedere leverancier anders is, zodat leveranciers hun gegevens niet aan elkaar kunnen koppelen. " +
        "Alleen de school weet bij welke leerling een code hoort. Hieronder staat per leverancier wat daarnaast is gedeeld, bijvoorbeeld de groep.";

    public static byte[] Write(LetterHead heading, IReadOnlyList<ReceivedData> received)
    {
        using var pdf = new PdfReport("Antwoord op uw verzoek om inzage", $"{heading.Board} · {heading.School} · {heading.Date.ToDutchDate()}");
        pdf.Paragraph($"Betreft: de gegevens van {heading.PupilName}{(heading.GroupName is { } group ? $" ({PupilGroup.Label(group, group)})" : "")} bij leveranciers van digitaal leermateriaal");
        pdf.Paragraph("U heeft gevraagd welke leveranciers gegevens over uw kind hebben ontvangen. Onze school wisselt leerlinggegevens met " +
                      "leveranciers uit via Regie. Hieronder staat wat Regie daarover heeft vastgelegd, tot en met de datum van deze brief.");
        pdf.Heading("Zo worden gegevens gedeeld");
        pdf.Paragraph(HowSharingWorks);
        if (received.Count == 0)
        {
            pdf.Heading("Ontvangen gegevens");
            pdf.Paragraph(NothingShared);
        }
        else
        {
            pdf.Heading("Ontvangen gegevens");
            pdf.Table([new PdfColumn("Leverancier", 2), new PdfColumn("Product", 2), new PdfColumn("Gedeelde gegevens", 2), new PdfColumn("Eerst ontvangen", 1.3), new PdfColumn("Laatst ontvangen", 1.3)],
                received.Select(r => (IReadOnlyList<string>)[r.SupplierName, r.ProductName, r.Fields, Day(r.FirstShared), Day(r.LastShared)]));
            pdf.Heading("Resultaten die leveranciers aan de school gaven");
            var withResults = received.Where(r => r.ResultCount > 0).ToList();
            if (withResults.Count == 0) pdf.Paragraph("Geen enkele leverancier heeft resultaten van deze leerling aan de school gegeven.");
            else
                pdf.Table([new PdfColumn("Leverancier", 2), new PdfColumn("Product", 2), new PdfColumn("Resultaten", 1, Numeric: true), new PdfColumn("Eerste", 1.3), new PdfColumn("Laatste", 1.3)],
                    withResults.Select(r => (IReadOnlyList<string>)[r.SupplierName, r.ProductName, r.ResultCount.ToString("N0", DutchCulture), Day(r.FirstResult), Day(r.LastResult)]));
            pdf.Heading("Afspraken met de leveranciers");
            pdf.Table([new PdfColumn("Leverancier", 2), new PdfColumn("Product", 2), new PdfColumn("Verwerkersovereenkomst", 4)],
                received.Select(r => (IReadOnlyList<string>)[r.SupplierName, r.ProductName, r.Agreement]));
        }
        pdf.Heading("Vragen");
        pdf.Paragraph("Wilt u weten wat een leverancier verder met deze gegevens doet, of wilt u gegevens laten verbeteren of verwijderen? " +
                      "Neem dan contact op met de school. Wij helpen u daarbij en spreken zo nodig de leverancier aan.");
        pdf.Paragraph($"Met vriendelijke groet,\n{heading.Signatory}\nprivacycontactpersoon, {heading.School}");
        return pdf.ToBytes();
    }

    private static readonly System.Globalization.CultureInfo DutchCulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    private static string Day(DateTimeOffset? at) => at is { } value ? value.Local().ToString("dd-MM-yyyy", DutchCulture) : "–";

    private static string Day(DateOnly? day) => day is { } value ? value.ToString("dd-MM-yyyy", DutchCulture) : "–";
}
