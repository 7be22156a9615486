using System.Globalization;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>
/// Amounts are typed the Dutch way ("12.500" or "1.234,50"). Forms keep them as text so what the user typed comes
/// back unchanged after an error, and a stored 1234.5 is shown as "1234,5" instead of being read back as 12345.
/// </summary>
public static class DutchNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var clean = text.Trim().Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.TryParse(clean, NumberStyles.Number, Money.Dutch, out value);
    }

    /// <summary>For input that was validated already; anything unreadable counts as zero.</summary>
    public static decimal ParseValidated(string? text) => TryParse(text, out var value) ? value : 0m;

    public static string? Format(decimal? value) => value?.ToString("0.##", Money.Dutch);
}
