namespace Regie.Web.Features.Chain.Pseudonyms;

/// <summary>The national pupil numbers: BSN (eleven test, remainder 0) and onderwijsnummer (starts with 10, remainder 5).</summary>
public static class PupilNumbers
{
    /// <summary>Digits only, an 8-digit BSN padded with a leading zero; null when it is not a valid BSN or onderwijsnummer.</summary>
    public static (string Number, PupilNumberKind Kind)? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        Span<char> digits = stackalloc char[9];
        var length = 0;
        foreach (var c in raw)
        {
            if (c is ' ' or '.' or '-') continue;
            if (!char.IsAsciiDigit(c) || length == 9) return null;
            digits[length++] = c;
        }
        if (length == 8)
        {
            digits[..8].CopyTo(digits[1..]);
            digits[0] = '0';
            length = 9;
        }
        if (length != 9) return null;
        var number = new string(digits);
        var remainder = Checksum(number);
        if (number.StartsWith("10", StringComparison.Ordinal) && remainder == 5) return (number, PupilNumberKind.Onderwijsnummer);
        return remainder == 0 && number != "000000000" ? (number, PupilNumberKind.Bsn) : null;
    }

    private static int Checksum(string number)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (9 - i) * (number[i] - '0');
        sum -= number[8] - '0';
        return ((sum % 11) + 11) % 11;
    }
}
