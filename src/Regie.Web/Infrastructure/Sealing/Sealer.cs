using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Regie.Web.Infrastructure.Sealing;

/// <summary>Sealed content could not be opened: a wrong context, a missing key or tampered bytes.</summary>
public sealed class SealBrokenException(string message) : Exception(message);

/// <summary>
/// Encrypts content that the database must not reveal (sealed offers), with AES-GCM under keys kept outside the
/// database (<see cref="SealingKeyRing"/>), so a database dump or a database administrator reads nothing. Each sealed
/// value is bound to a context (record id and purpose): bytes copied to another record or envelope do not open.
/// Layout: version (1) | key id (16) | nonce (12) | tag (16) | ciphertext.
/// </summary>
public sealed class Sealer(SealingKeyRing keys)
{
    private const byte FormatVersion = 1;
    private const int Header = 1 + 16 + 12 + 16;

    public byte[] Seal(ReadOnlySpan<byte> plain, string context)
    {
        var (keyId, key) = keys.Current;
        var output = new byte[Header + plain.Length];
        output[0] = FormatVersion;
        keyId.TryWriteBytes(output.AsSpan(1, 16));
        RandomNumberGenerator.Fill(output.AsSpan(17, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(17, 12), plain, output.AsSpan(Header), output.AsSpan(29, 16), Encoding.UTF8.GetBytes(context));
        return output;
    }

    public byte[] Open(byte[] sealedBytes, string context)
    {
        if (sealedBytes.Length < Header || sealedBytes[0] != FormatVersion) throw new SealBrokenException("Sealed content has an unknown format.");
        var keyId = new Guid(sealedBytes.AsSpan(1, 16));
        var key = keys.Find(keyId) ?? throw new SealBrokenException($"The sealing key {keyId} is not available.");
        var plain = new byte[sealedBytes.Length - Header];
        try
        {
            using var aes = new AesGcm(key, 16);
            aes.Decrypt(sealedBytes.AsSpan(17, 12), sealedBytes.AsSpan(Header), sealedBytes.AsSpan(29, 16), plain, Encoding.UTF8.GetBytes(context));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SealBrokenException("Sealed content does not open in this context or was changed.");
        }
        return plain;
    }

    public byte[] SealJson<T>(T content, string context) => Seal(JsonSerializer.SerializeToUtf8Bytes(content), context);

    public T OpenJson<T>(byte[] sealedBytes, string context) =>
        JsonSerializer.Deserialize<T>(Open(sealedBytes, context)) ?? throw new SealBrokenException("Sealed content is empty.");
}

/// <summary>The sealing keys (Regie:Sealing:KeyDirectory, default data/keys).</summary>
public sealed class SealingKeyRing(IConfiguration configuration)
    : KeyRing(configuration["Regie:Sealing:KeyDirectory"] is { Length: > 0 } configured ? configured : Path.Combine("data", "keys"));

/// <summary>
/// Secret keys: 32-byte files named by key id in a directory outside the database. The newest file is current; every
/// file stays usable for what it made, so a new key can be added without losing old content. A key is created on first use.
/// </summary>
public abstract class KeyRing(string directory)
{
    private readonly Dictionary<Guid, byte[]> _keys = [];
    private readonly Lock _lock = new();
    private readonly string _directory = directory;
    private (Guid Id, byte[] Key)? _current;

    /// <summary>Every key id known, oldest first.</summary>
    public IReadOnlyList<Guid> KeyIds
    {
        get
        {
            lock (_lock)
            {
                Load();
                return _keys.Keys.OrderBy(k => k.ToString("N"), StringComparer.Ordinal).ToList();
            }
        }
    }

    public (Guid Id, byte[] Key) Current
    {
        get
        {
            lock (_lock)
            {
                if (_current is { } known) return known;
                Load();
                if (_current is null) Add(CreateKey());
                return _current!.Value;
            }
        }
    }

    public byte[]? Find(Guid keyId)
    {
        lock (_lock)
        {
            if (_keys.TryGetValue(keyId, out var key)) return key;
            Load(); // another instance may have added a key since
            return _keys.GetValueOrDefault(keyId);
        }
    }

    /// <summary>Adds a new key that seals from now on; older keys keep opening what they sealed.</summary>
    public Guid Rotate()
    {
        lock (_lock)
        {
            var created = CreateKey();
            Add(created);
            return created.Id;
        }
    }

    private void Load()
    {
        if (!Directory.Exists(_directory)) return;
        foreach (var file in Directory.GetFiles(_directory, "*.key").Order(StringComparer.Ordinal))
        {
            if (!Guid.TryParseExact(Path.GetFileNameWithoutExtension(file), "N", out var id)) continue;
            var key = File.ReadAllBytes(file);
            if (key.Length != 32) throw new InvalidOperationException($"Sealing key file {file} does not hold 32 bytes.");
            Add((id, key));
        }
    }

    private void Add((Guid Id, byte[] Key) entry)
    {
        _keys[entry.Id] = entry.Key;
        // Key ids are version-7 GUIDs, so the newest key sorts last.
        if (_current is null || string.CompareOrdinal(entry.Id.ToString("N"), _current.Value.Id.ToString("N")) > 0) _current = entry;
    }

    private (Guid Id, byte[] Key) CreateKey()
    {
        Directory.CreateDirectory(_directory);
        // Version-7 ids made within one millisecond need not sort in order; the new key must sort after the current one.
        var id = Guid.CreateVersion7();
        while (_current is { } current && string.CompareOrdinal(id.ToString("N"), current.Id.ToString("N")) <= 0) id = Guid.CreateVersion7();
        var key = RandomNumberGenerator.GetBytes(32);
        var path = Path.Combine(_directory, id.ToString("N") + ".key");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            file.Write(key);
        }
        return (id, key);
    }
}

public static class SealingSetup
{
    public static void AddSealing(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SealingKeyRing>();
        builder.Services.AddSingleton<Sealer>();
    }
}
