using System.Text;

namespace Regie.BrowserTests.Infrastructure;

public sealed record DuoLocation(string Brin, string Name, string Postcode, string City, string Street = "Schoolstraat", string HouseNumber = "1");

/// <summary>A "vestigingen" file as DUO publishes it: semicolons, a header line, a trailing separator on every line.</summary>
public static class DuoFile
{
    private const string Header =
        "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;" +
        "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;ONDERWIJSSTRUCTUUR;";

    public static byte[] Create(string boardNumber, params DuoLocation[] locations)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var l in locations)
            text.Append($"Zuid-Holland;{boardNumber};{l.Brin};{l.Brin}00;{l.Name};{l.Street};{l.HouseNumber};{l.Postcode};")
                .Append($"{l.City.ToUpperInvariant()};0512;{l.City.ToUpperInvariant()};Openbaar;0183-123456;www.{l.Brin.ToLowerInvariant()}.example;PO;\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
