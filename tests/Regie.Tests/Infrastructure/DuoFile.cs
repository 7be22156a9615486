using System.Text;

namespace Regie.Tests.Infrastructure;

/// <summary>Builds files in the shape of DUO's open-data "vestigingen" CSV.</summary>
public sealed class DuoFile
{
    public const string Header =
        "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;ONDERWIJSSTRUCTUUR;NODAAL GEBIED CODE;RPA-GEBIED CODE;WGR-GEBIED CODE;COROPGEBIED CODE";

    private readonly List<string> _lines = [Header];

    public DuoFile Row(string boardNumber, string brin, string location, string name, string city = "Gorinchem", string postcode = "4201 AB", string street = "Lingewal", string number = "7-A")
    {
        _lines.Add($"Zuid-Holland;{boardNumber};{brin};{brin}{location};{name};{street};{number};{postcode};{city};0512;{city};Openbaar;0183-123456;www.school{_lines.Count}.nl;VO/HAVO/VWO; ; ;12;34");
        return this;
    }

    public DuoFile Line(string raw)
    {
        _lines.Add(raw);
        return this;
    }

    public string Text => string.Join("\r\n", _lines) + "\r\n";

    /// <summary>What DUO publishes: Windows-1252, no BOM.</summary>
    public byte[] Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(Text);
    }

    /// <summary>What Excel writes when a user re-saves the file as "CSV UTF-8".</summary>
    public byte[] Utf8WithBom() => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Text)];
}
