using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Regie.Web.Features.Chain.Api;

/// <summary>
/// Reads a UWLR-shaped leerresultaten_verzoek into a <see cref="DeliveryInput"/>. DTDs and entities are refused
/// outright; a wrong root, namespace or a truncated file is a <see cref="FormatException"/> with a Dutch message.
/// </summary>
public static class LeerresultatenXml
{
    public const string Namespace = "http://www.edustandaard.nl/leerresultaten/2/leerresultaten";
    private static readonly XNamespace Ns = Namespace;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0, CloseInput = false,
        IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    public static DeliveryInput Read(ReadOnlyMemory<byte> content)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            if (content.Span.IndexOf("<!DOCTYPE"u8) >= 0 || content.Span.IndexOf("<!ENTITY"u8) >= 0)
                throw new FormatException("De XML bevat een DTD of entiteiten. Die zijn om veiligheidsredenen niet toegestaan; stuur de leerresultaten zonder DOCTYPE.");
            throw new FormatException($"De XML is onvolledig of niet goed gevormd (regel {e.LineNumber}, positie {e.LinePosition}). Controleer of het bestand volledig is verstuurd.");
        }
        var root = document.Root!;
        if (root.Name.LocalName != "leerresultaten_verzoek")
            throw new FormatException($"Het hoofdelement moet leerresultaten_verzoek zijn, niet {root.Name.LocalName}.");
        if (root.Name.Namespace != Ns)
            throw new FormatException($"De XML heeft de verkeerde namespace. Gebruik {Namespace}.");

        var school = root.Element(Ns + "school") ?? throw new FormatException("Het element school (met brincode en dependancecode) ontbreekt.");
        var input = new DeliveryInput
        {
            School = (Text(school, "brincode") ?? "", Text(school, "dependancecode") ?? ""),
            Toetsen = [],
            Resultaten = [],
        };
        var administrations = root.Element(Ns + "toetsafnames")?.Elements(Ns + "toetsafname").ToList() ?? [];
        for (var a = 0; a < administrations.Count; a++)
        {
            var pupil = Text(administrations[a], "leerlingid");
            var results = administrations[a].Element(Ns + "resultaten")?.Elements(Ns + "resultaat").ToList() ?? [];
            for (var r = 0; r < results.Count; r++)
                input.Resultaten.Add(Result(results[r], pupil, $"toetsafname[{a + 1}].resultaat[{r + 1}] (regel {Line(results[r])})"));
        }
        var tests = root.Element(Ns + "toetsen")?.Elements(Ns + "toets").ToList() ?? [];
        for (var t = 0; t < tests.Count; t++)
            input.Toetsen.Add(Test(tests[t], $"toets[{t + 1}] (regel {Line(tests[t])})"));
        return input;
    }

    private static ResultInput Result(XElement element, string? pupil, string record)
    {
        var unreadable = new List<(string, string)>();
        var result = new ResultInput
        {
            Record = record, Leerlingid = pupil, Key = Text(element, "key"), Afnamedatum = Text(element, "afnamedatum"),
            Toetscode = Text(element, "toetscode"), Toetsonderdeelcode = Text(element, "toetsonderdeelcode"),
            Score = Number(element, "score", unreadable), Leerdoel = Text(element, "leerdoel"),
            Minuten = Number(element, "minuten", unreadable) is { } minutes ? (minutes == Math.Floor(minutes) && Math.Abs(minutes) < int.MaxValue ? (int)minutes : Unreadable(unreadable, "minuten")) : null,
            Unreadable = unreadable,
        };
        return result;
    }

    private static TestInput Test(XElement element, string record)
    {
        var unreadable = new List<(string, string)>();
        var parts = element.Element(Ns + "toetsonderdelen")?.Elements(Ns + "toetsonderdeel").ToList() ?? [];
        var test = new TestInput
        {
            Record = record, Toetscode = Text(element, "toetscode"), Naam = Text(element, "naam"), Leerdoel = Text(element, "leerdoel"),
            Minimum = Number(element, "minimum", unreadable), Maximum = Number(element, "maximum", unreadable), Norm = Number(element, "norm", unreadable),
            Onderdelen = parts.Select((p, i) => Part(p, $"toetsonderdeel[{i + 1}].", unreadable)).ToList(),
        };
        test.Unreadable = unreadable;
        return test;
    }

    private static TestPartInput Part(XElement element, string prefix, List<(string, string)> unreadable)
    {
        var own = new List<(string Field, string Message)>();
        var part = new TestPartInput
        {
            Toetsonderdeelcode = Text(element, "toetsonderdeelcode"), Naam = Text(element, "naam"), Leerdoel = Text(element, "leerdoel"),
            Minimum = Number(element, "minimum", own), Maximum = Number(element, "maximum", own), Norm = Number(element, "norm", own),
        };
        unreadable.AddRange(own.Select(e => (prefix + e.Field, e.Message)));
        return part;
    }

    private static string? Text(XElement parent, string name) => parent.Element(Ns + name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static double? Number(XElement parent, string name, List<(string, string)> unreadable)
    {
        if (Text(parent, name) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        unreadable.Add((name, "Dit is geen getal; gebruik een punt als decimaalteken."));
        return null;
    }

    private static int? Unreadable(List<(string, string)> unreadable, string name)
    {
        unreadable.Add((name, "Dit is geen geheel getal."));
        return null;
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
