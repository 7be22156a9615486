using System.Globalization;

namespace Regie.Web.Features.Schools.Import;

/// <summary>DUO writes place names in capitals ("'S-HERTOGENBOSCH"); people write "'s-Hertogenbosch".</summary>
public static class PlaceName
{
    private static readonly TextInfo Dutch = CultureInfo.GetCultureInfo("nl-NL").TextInfo;

    public static string Normalize(string name)
    {
        if (name.Any(char.IsLower)) return name; // already written by a person
        var titled = Dutch.ToTitleCase(name.ToLowerInvariant());
        foreach (var article in new[] { "'S-", "'T ", "'T-" })
            if (titled.StartsWith(article, StringComparison.Ordinal)) titled = article.ToLowerInvariant() + titled[article.Length..];
        return titled.Replace(" Aan ", " aan ", StringComparison.Ordinal).Replace(" Den ", " den ", StringComparison.Ordinal)
            .Replace(" De ", " de ", StringComparison.Ordinal).Replace(" Op ", " op ", StringComparison.Ordinal)
            .Replace(" In ", " in ", StringComparison.Ordinal).Replace(" Bij ", " bij ", StringComparison.Ordinal)
            .Replace(" Van ", " van ", StringComparison.Ordinal).Replace(" En ", " en ", StringComparison.Ordinal)
            .Replace(" Ij", " IJ", StringComparison.Ordinal) is var fixedIj && fixedIj.StartsWith("Ij", StringComparison.Ordinal) ? "IJ" + fixedIj[2..] : fixedIj;
    }
}
