using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Regie.Web.Features.Chain;

namespace Regie.BrowserTests.Tests.Chain;

/// <summary>A pupil export as the student administration writes it: semicolons, a header line, BSN or onderwijsnummer.</summary>
public static class PupilExport
{
    private static int _next = RandomNumberGenerator.GetInt32(40_000_000, 90_000_000);

    public static byte[] Csv(IEnumerable<ExportedPupil> pupils)
    {
        var text = new StringBuilder("leerlingnummer;bsn;onderwijsnummer;roepnaam;tussenvoegsel;achternaam;groep;groepsnaam;jaargroep;geboortedatum\r\n");
        foreach (var p in pupils)
            text.Append(CultureInfo.InvariantCulture,
                    $"{p.PupilNumber};{(p.Kind == PupilNumberKind.Bsn ? p.Number : "")};{(p.Kind == PupilNumberKind.Onderwijsnummer ? p.Number : "")};")
                .Append(CultureInfo.InvariantCulture, $"{p.GivenName};{p.Prefix};{p.FamilyName};{p.GroupKey};{p.GroupName};{p.YearGroup};{p.DateOfBirth:dd-MM-yyyy}\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A made-up BSN that passes the eleven test, from a range the demo data does not use.</summary>
    public static string MadeUpBsn()
    {
        while (true)
        {
            var body = Interlocked.Increment(ref _next).ToString("D8", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (body[i] - '0');
            var last = sum % 11;
            if (last <= 9) return body + (char)('0' + last);
        }
    }
}
