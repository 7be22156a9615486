using System.Text;
using System.Xml;

namespace Regie.Web.Features.Chain.Api;

/// <summary>
/// The roster in the shape of UWLR's leerlinggegevens message: per school a <c>leerlinggegevens_antwoord</c> with
/// <c>school</c>, <c>groepen</c> and <c>leerlingen</c>, the pupil's identifier in the <c>key</c> attribute.
/// </summary>
public static class RosterXml
{
    public const string Namespace = "http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens";
    public const string ContentType = "application/xml; charset=utf-8";

    public static byte[] Write(Roster roster)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("leerlinggegevens", Namespace);
            foreach (var school in roster.Schools)
            {
                xml.WriteStartElement("leerlinggegevens_antwoord", Namespace);
                xml.WriteStartElement("school", Namespace);
                xml.WriteElementString("brincode", Namespace, school.Brin);
                xml.WriteElementString("dependancecode", Namespace, school.LocationNumber);
                xml.WriteElementString("schooljaar", Namespace, roster.SchoolYear);
                xml.WriteEndElement();
                if (school.Groups is { } groups)
                {
                    xml.WriteStartElement("groepen", Namespace);
                    foreach (var group in groups)
                    {
                        xml.WriteStartElement("groep", Namespace);
                        xml.WriteAttributeString("key", group.Key);
                        xml.WriteElementString("naam", Namespace, group.Name);
                        if (group.YearGroup is { } year) xml.WriteElementString("jaargroep", Namespace, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteStartElement("leerlingen", Namespace);
                foreach (var pupil in school.Pupils)
                {
                    xml.WriteStartElement("leerling", Namespace);
                    xml.WriteAttributeString("key", pupil.PupilId);
                    if (pupil.YearGroup is { } year) xml.WriteElementString("jaargroep", Namespace, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (pupil.Group is { } group)
                    {
                        xml.WriteStartElement("groep", Namespace);
                        xml.WriteAttributeString("key", group);
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }
}
