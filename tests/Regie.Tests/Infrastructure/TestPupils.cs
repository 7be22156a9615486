using System.Security.Cryptography;

namespace Regie.Tests.Infrastructure;

/// <summary>Made-up pupil numbers and ECK iDs, unique per test run and registered with <see cref="LogCapture"/> so no log may contain them.</summary>
public static class TestPupils
{
    private static int _next = RandomNumberGenerator.GetInt32(10_000_000, 40_000_000);

    /// <summary>A valid BSN (eleven test), never used before in this run.</summary>
    public static string Bsn() => Register(NextWithRemainder(0, prefix: null));

    /// <summary>A valid onderwijsnummer: starts with 10, eleven test with remainder 5.</summary>
    public static string Onderwijsnummer() => Register(NextWithRemainder(5, prefix: "10"));

    public static string EckId() => Register("https://ketenid.nl/201703/" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(64)));

    private static string NextWithRemainder(int remainder, string? prefix)
    {
        while (true)
        {
            var body = Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            if (prefix is not null) body = prefix + body[2..];
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (body[i] - '0');
            // sum - last ≡ remainder (mod 11), with last a single digit
            var last = ((sum - remainder) % 11 + 11) % 11;
            if (last <= 9) return body + (char)('0' + last);
        }
    }

    private static string Register(string value)
    {
        LogCapture.Sensitive(value);
        return value;
    }
}
