using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Regie.Web.Infrastructure.Sealing;

namespace Regie.Web.Features.Chain.Pseudonyms;

/// <summary>The pseudonymisation service's keys (Regie:Chain:KeyDirectory, default data/pseudonym-keys); boards never read them.</summary>
public sealed class PseudonymKeyRing(IConfiguration configuration) : KeyRing(ChainKeyDirectories.Of(configuration));

/// <summary>A key that never rotates: lookups of stored numbers and ECK iDs must keep matching.</summary>
public sealed class LookupKeyRing(IConfiguration configuration) : KeyRing(Path.Combine(ChainKeyDirectories.Of(configuration), "lookup"));

internal static class ChainKeyDirectories
{
    public static string Of(IConfiguration configuration) =>
        configuration["Regie:Chain:KeyDirectory"] is { Length: > 0 } configured ? configured : Path.Combine("data", "pseudonym-keys");
}

/// <summary>
/// The school side's first-level hash: scrypt over the lower-cased number in UTF-8 with the environment's salt
/// (Regie:Chain:Salt, Base64) and N = 131072, r = 8, p = 4, 32 bytes, as 64 lower-case hex characters.
/// The cost is configurable only so test runs need not spend a second per pupil.
/// </summary>
public sealed class FirstLevelHasher(IConfiguration configuration)
{
    public const string TestSalt = "rktYml0MIp9TC9u6Ny6uqw==";
    public const int StandardCost = 131072;

    private readonly byte[] _salt = Convert.FromBase64String(configuration["Regie:Chain:Salt"] is { Length: > 0 } salt ? salt : TestSalt);
    private readonly int _cost = configuration.GetValue("Regie:Chain:ScryptCost", StandardCost);

    public string Hash(string number) =>
        Convert.ToHexStringLower(SCrypt.Generate(Encoding.UTF8.GetBytes(number.ToLowerInvariant()), _salt, _cost, 8, 4, 32));

    /// <summary>Hashes many numbers on every core; scrypt at this cost takes about a second each.</summary>
    public string[] HashAll(IReadOnlyList<string> numbers, Action<int>? done = null, CancellationToken ct = default)
    {
        var hashes = new string[numbers.Count];
        var finished = 0;
        Parallel.For(0, numbers.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            hashes[i] = Hash(numbers[i]);
            done?.Invoke(Interlocked.Increment(ref finished));
        });
        return hashes;
    }
}

/// <summary>
/// Derives pseudonyms from first-level hashes with the service's own key: a different pseudonym per supplier, so
/// suppliers cannot link pupils with each other. Issued pseudonyms are stored (IssuedPseudonym), which keeps them after
/// a key rotation; a new key only applies to pseudonyms issued from then on.
/// </summary>
public sealed class PseudonymService(PseudonymKeyRing keys, LookupKeyRing lookupKeys)
{
    /// <summary>Bytes of HMAC output kept: 160 bits, written as 40 hex characters.</summary>
    public const int PseudonymBytes = 20;

    public Guid CurrentKeyId => keys.Current.Id;

    public IReadOnlyList<Guid> KeyIds => keys.KeyIds;

    public Guid Rotate() => keys.Rotate();

    /// <summary>The pseudonym a supplier gets for a pupil, under the current key.</summary>
    public (string Value, Guid KeyId) ForSupplier(string firstLevelHash, Guid supplierId)
    {
        var (keyId, key) = keys.Current;
        return (ForSupplier(firstLevelHash, supplierId, key), keyId);
    }

    /// <summary>HMAC-SHA256(key, supplier id ‖ first-level hash bytes), truncated; allocation-free apart from the result.</summary>
    public static string ForSupplier(string firstLevelHash, Guid supplierId, byte[] key)
    {
        Span<byte> input = stackalloc byte[16 + 32];
        supplierId.TryWriteBytes(input[..16]);
        if (Convert.FromHexString(firstLevelHash, input[16..], out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            throw new ArgumentException("A first-level hash is 64 hex characters.", nameof(firstLevelHash));
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, input, mac);
        return Convert.ToHexStringLower(mac[..PseudonymBytes]);
    }

    /// <summary>Finds a pupil again at the next import without scrypt: HMAC of the normalised number under the fixed lookup key.</summary>
    public string NumberLookup(string number) => Lookup("number:" + number);

    public string EckIdLookup(string eckId) => Lookup("eck-id:" + eckId);

    private string Lookup(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(lookupKeys.Current.Key, Encoding.UTF8.GetBytes(value)));
}
