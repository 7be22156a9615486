using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Import;

namespace Regie.Web.Features.Chain.Register.Import;

/// <summary>
/// Reads a UWLR-shaped leerlinggegevens file (docs/chain-formats.md) into the same named fields as the CSV, so one
/// import checks both. A DTD is refused outright: with it a file could pull in other files or expand without limit.
/// </summary>
public static partial class LeerlinggegevensXml
{
    public const string Namespace = "http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens";
    private static readonly string[] RootNames = ["leerlinggegevens_verzoek", "leerlinggegevens_antwoord"];
    private static readonly XNamespace Ns = Namespace;

    /// <summary>An XML file starts, after an optional byte-order mark and white space, with '&lt;'.</summary>
    public static bool LooksLikeXml(byte[] content)
    {
        var text = content.AsSpan();
        if (text.StartsWith(Encoding.UTF8.Preamble)) text = text[3..];
        else if (text is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return true;
        foreach (var b in text)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'<';
        }
        return false;
    }

    public static CsvFile Open(byte[] content, IReadOnlyList<ImportColumn> columns, School school)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return CsvFile.Failed(HasDoctype(content)
                ? "Het XML-bestand bevat een DTD (<!DOCTYPE …>). Regie leest zulke bestanden niet, omdat een DTD andere bestanden kan laten inlezen. Exporteer het bestand opnieuw zonder DTD."
                : $"Het XML-bestand is onvolledig of beschadigd (de fout zit rond regel {e.LineNumber}). Exporteer het bestand opnieuw uit de leerlingadministratie.");
        }

        var root = document.Root!;
        if (root.Name.NamespaceName != Namespace || !RootNames.Contains(root.Name.LocalName))
            return CsvFile.Failed($"Dit is geen leerlinggegevensbestand in het UWLR-formaat: Regie verwacht het element 'leerlinggegevens_verzoek' of 'leerlinggegevens_antwoord' in de naamruimte {Namespace}.");
        if (SchoolError(root.Element(Ns + "school"), school) is { } schoolError) return CsvFile.Failed(schoolError);

        var groups = new Dictionary<string, (string? Name, string? YearGroup)>(StringComparer.Ordinal);
        foreach (var group in root.Element(Ns + "groepen")?.Elements(Ns + "groep") ?? [])
            if (KeyOf(group) is { } key) groups.TryAdd(key, (Text(group, "naam"), Text(group, "jaargroep")));

        var pupils = root.Element(Ns + "leerlingen")?.Elements(Ns + "leerling").ToList() ?? [];
        if (pupils.Count == 0) return CsvFile.Failed("Het XML-bestand bevat geen leerlingen: het element 'leerlingen' met daarin 'leerling' ontbreekt of is leeg.");

        var map = columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.OrdinalIgnoreCase);
        var records = pupils.Select(pupil => new CsvRecord(((IXmlLineInfo)pupil).LineNumber, map, FieldsOf(pupil, columns, groups))).ToList();
        return new CsvFile(null, records, records.Count);
    }

    private static string[] FieldsOf(XElement pupil, IReadOnlyList<ImportColumn> columns, Dictionary<string, (string? Name, string? YearGroup)> groups)
    {
        var groupKey = pupil.Element(Ns + "groep") is { } groupElement ? KeyOf(groupElement) : null;
        var group = groupKey is not null && groups.TryGetValue(groupKey, out var g) ? g : default;
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [PupilColumns.PupilNumber.Name] = Text(pupil, "leerlingnummer") ?? Attribute(pupil, "key"),
            [PupilColumns.Bsn.Name] = Text(pupil, "bsn"),
            [PupilColumns.Onderwijsnummer.Name] = Text(pupil, "onderwijsnummer"),
            [PupilColumns.GivenName.Name] = Text(pupil, "roepnaam"),
            [PupilColumns.Prefix.Name] = Text(pupil, "voorvoegsel"),
            [PupilColumns.FamilyName.Name] = Text(pupil, "achternaam"),
            [PupilColumns.Group.Name] = groupKey,
            [PupilColumns.GroupName.Name] = group.Name,
            [PupilColumns.YearGroup.Name] = Text(pupil, "jaargroep") ?? group.YearGroup,
            [PupilColumns.DateOfBirth.Name] = Text(pupil, "geboortedatum"),
            [PupilColumns.EckId.Name] = Text(pupil, "eckid"),
        };
        return columns.Select(c => values.GetValueOrDefault(c.Name) ?? "").ToArray();
    }

    private static string? SchoolError(XElement? element, School school)
    {
        if (element is null) return "Het element 'school' met de brincode ontbreekt in het XML-bestand.";
        var brin = Text(element, "brincode")?.ToUpperInvariant();
        if (brin is null) return "De brincode van de school ontbreekt in het XML-bestand.";
        if (brin != school.Brin)
            return School.IsValidBrin(brin)
                ? $"Dit bestand is van een andere school (brincode {brin}). U importeert voor {school.Name} (brincode {school.Brin})."
                : $"De brincode in het bestand is ongeldig. U importeert voor {school.Name} (brincode {school.Brin}).";
        var location = Text(element, "dependancecode") ?? "00";
        if (location != school.LocationNumber)
            return School.IsValidLocationNumber(location)
                ? $"Dit bestand is van een andere vestiging (dependancecode {location}). U importeert voor {school.Name} (vestiging {school.LocationNumber})."
                : $"De dependancecode in het bestand is ongeldig. U importeert voor {school.Name} (vestiging {school.LocationNumber}).";
        if (Text(element, "schooljaar") is { } year && !IsSchoolYear(year))
            return "Het schooljaar in het bestand is ongeldig: verwacht twee opeenvolgende jaren, zoals 2025-2026.";
        return null;
    }

    private static bool IsSchoolYear(string value)
    {
        var match = SchoolYear().Match(value);
        return match.Success && int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            == int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    /// <summary>The key of a group, as UWLR writes it (an attribute) or as a child element.</summary>
    private static string? KeyOf(XElement element) => Attribute(element, "key") ?? Text(element, "key") ?? NonBlank(element.HasElements ? null : element.Value);

    private static string? Text(XElement parent, string name) => NonBlank(parent.Element(Ns + name)?.Value);

    private static string? Attribute(XElement element, string name) => NonBlank(element.Attribute(name)?.Value);

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool HasDoctype(byte[] content) =>
        content.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0 || content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("<!DOCTYPE")) >= 0
        || content.AsSpan().IndexOf(Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE")) >= 0;

    [GeneratedRegex("^([0-9]{4})-([0-9]{4})$")] private static partial Regex SchoolYear();
}
