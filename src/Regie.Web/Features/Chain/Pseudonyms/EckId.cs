namespace Regie.Web.Features.Chain.Pseudonyms;

/// <summary>The sector's chain pseudonym: https://ketenid.nl/201703/ (or the pilot base) followed by 128 lower-case hex characters.</summary>
public static class EckId
{
    public const string ProductionBase = "https://ketenid.nl/201703/";
    public const string PilotBase = "https://ketenid.nl/pilot/";

    public static bool IsValid(string? value)
    {
        if (value is null) return false;
        var rest = value.StartsWith(ProductionBase, StringComparison.Ordinal) ? value.AsSpan(ProductionBase.Length)
            : value.StartsWith(PilotBase, StringComparison.Ordinal) ? value.AsSpan(PilotBase.Length)
            : default;
        if (rest.Length != 128) return false;
        foreach (var c in rest)
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c)) return false;
        return true;
    }
}
