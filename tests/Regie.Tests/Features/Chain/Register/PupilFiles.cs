using System.Globalization;
using System.Text;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Register.Import;

namespace Regie.Tests.Features.Chain.Register;

/// <summary>A made-up pupil of a student-administration export; numbers come from <see cref="TestPupils"/>.</summary>
public sealed record TestPupil(
    string PupilNumber, string Number, string GivenName, string FamilyName, string Group, int YearGroup,
    DateOnly? Born = null, string? EckId = null, string? Prefix = null, bool Onderwijsnummer = false)
{
    public static TestPupil Make(string group = "5A", int yearGroup = 5, bool eckId = false)
    {
        var n = TestData.Next();
        return new($"L{n}", TestPupils.Bsn(), $"Kind{n}", $"Achternaam{n}", group, yearGroup, new DateOnly(2017, 3, 14), eckId ? TestPupils.EckId() : null);
    }
}

/// <summary>Builds the same pupils as the CSV one administration system exports and as the UWLR XML another one does.</summary>
public static class PupilFiles
{
    public static byte[] Csv(IEnumerable<TestPupil> pupils, string? dateFormat = "dd-MM-yyyy")
    {
        var text = new StringBuilder("leerlingnummer;bsn;onderwijsnummer;roepnaam;tussenvoegsel;achternaam;groep;groepsnaam;jaargroep;geboortedatum;eckid\r\n");
        foreach (var p in pupils)
            text.Append(CultureInfo.InvariantCulture, $"{p.PupilNumber};{(p.Onderwijsnummer ? "" : p.Number)};{(p.Onderwijsnummer ? p.Number : "")};{p.GivenName};{p.Prefix};{p.FamilyName};{p.Group};Groep {p.Group};{p.YearGroup};{p.Born?.ToString(dateFormat, CultureInfo.InvariantCulture)};{p.EckId}\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xml(string brin, IEnumerable<TestPupil> pupils, string location = "00", string ns = LeerlinggegevensXml.Namespace, string? prolog = null)
    {
        var list = pupils.ToList();
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        text.Append(prolog);
        text.Append(CultureInfo.InvariantCulture, $"<leerlinggegevens_antwoord xmlns=\"{ns}\">\n  <school><brincode>{brin}</brincode><dependancecode>{location}</dependancecode><schooljaar>2025-2026</schooljaar></school>\n  <groepen>\n");
        foreach (var group in list.GroupBy(p => p.Group))
            text.Append(CultureInfo.InvariantCulture, $"    <groep key=\"{group.Key}\"><naam>Groep {group.Key}</naam><jaargroep>{group.First().YearGroup}</jaargroep></groep>\n");
        text.Append("  </groepen>\n  <leerlingen>\n");
        foreach (var p in list)
        {
            text.Append(CultureInfo.InvariantCulture, $"    <leerling key=\"{p.PupilNumber}\">\n");
            text.Append(CultureInfo.InvariantCulture, $"      <{(p.Onderwijsnummer ? "onderwijsnummer" : "bsn")}>{p.Number}</{(p.Onderwijsnummer ? "onderwijsnummer" : "bsn")}>\n");
            text.Append(CultureInfo.InvariantCulture, $"      <roepnaam>{p.GivenName}</roepnaam>{(p.Prefix is null ? "" : $"<voorvoegsel>{p.Prefix}</voorvoegsel>")}<achternaam>{p.FamilyName}</achternaam>\n");
            if (p.Born is { } born) text.Append(CultureInfo.InvariantCulture, $"      <geboortedatum>{born:yyyy-MM-dd}</geboortedatum>\n");
            text.Append(CultureInfo.InvariantCulture, $"      <groep key=\"{p.Group}\"/>\n");
            if (p.EckId is not null) text.Append(CultureInfo.InvariantCulture, $"      <eckid>{p.EckId}</eckid>\n");
            text.Append("    </leerling>\n");
        }
        text.Append("  </leerlingen>\n</leerlinggegevens_antwoord>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
