using System.Globalization;

namespace Regie.Web.Features.Market.Catalog;

/// <summary>Money amounts as suppliers type them, in Dutch or English notation.</summary>
internal static class Amounts
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40) return false;
        var s = text.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Trim();
        if (s.Length == 0 || s.Any(c => !char.IsAsciiDigit(c) && c is not ',' and not '.')) return false;

        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        char? decimalMark = (lastComma, lastDot) switch
        {
            ( >= 0, >= 0) => lastComma > lastDot ? ',' : '.',
            ( >= 0, _) => s.Count(c => c == ',') == 1 ? ',' : null,
            // "1.234" is Dutch for a thousand and more; "12.50" is a decimal point.
            (_, >= 0) => s.Count(c => c == '.') == 1 && s.Length - lastDot - 1 != 3 ? '.' : null,
            _ => null,
        };
        var thousands = decimalMark == ',' ? '.' : ',';
        var whole = decimalMark is { } mark ? s[..s.LastIndexOf(mark)] : s;
        var fraction = decimalMark is { } m ? s[(s.LastIndexOf(m) + 1)..] : "";
        if (!ThousandsWellPlaced(whole, decimalMark is null ? (lastComma >= 0 ? ',' : '.') : thousands)) return false;
        if (fraction.Length > 2 || fraction.Any(c => !char.IsAsciiDigit(c))) return false;

        var digits = whole.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (digits.Length == 0 && fraction.Length == 0) return false;
        if (!decimal.TryParse($"{(digits.Length == 0 ? "0" : digits)}.{(fraction.Length == 0 ? "0" : fraction)}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        if (value > CatalogItemInput.AmountMax) return false;
        amount = value;
        return true;
    }

    /// <summary>Groups of exactly three digits after the first separator; anything else is a typo, not a number.</summary>
    private static bool ThousandsWellPlaced(string whole, char separator)
    {
        if (whole.Contains(separator == ',' ? '.' : ',')) return false;
        var groups = whole.Split(separator);
        return groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }
}
