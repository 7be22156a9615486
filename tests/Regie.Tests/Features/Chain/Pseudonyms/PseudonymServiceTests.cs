using Microsoft.Extensions.Configuration;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Tests.Features.Chain.Pseudonyms;

public sealed class PseudonymServiceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "regie-pseudonyms-" + Guid.NewGuid().ToString("N"));
    private readonly IConfiguration _configuration;

    public PseudonymServiceTests() => _configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Regie:Chain:KeyDirectory"] = _directory }).Build();

    private PseudonymService NewService(out PseudonymKeyRing keys)
    {
        keys = new PseudonymKeyRing(_configuration);
        return new PseudonymService(keys, new LookupKeyRing(_configuration));
    }

    /// <summary>First-level hashes are 64 hex characters; these stand in for scrypt output.</summary>
    private static string FirstLevelHash(int seed) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed)));

    [Fact]
    public void DifferentSuppliers_GetDifferentPseudonyms_ForTheSamePupil()
    {
        var service = NewService(out _);
        var hash = FirstLevelHash(1);

        var (forA, _) = service.ForSupplier(hash, Guid.NewGuid());
        var (forB, _) = service.ForSupplier(hash, Guid.NewGuid());

        Assert.NotEqual(forA, forB);
        Assert.Matches("^[0-9a-f]{40}$", forA);
    }

    [Fact]
    public void SameInputs_GiveTheSamePseudonym_AlsoInAnotherInstanceWithTheSameKeys()
    {
        var supplier = Guid.NewGuid();
        var hash = FirstLevelHash(2);
        var first = NewService(out _).ForSupplier(hash, supplier);

        var again = NewService(out _).ForSupplier(hash, supplier);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Value, NewService(out _).ForSupplier(FirstLevelHash(3), supplier).Value);
    }

    [Fact]
    public void Rotation_GivesNewIssuesANewValue_WhileTheEarlierIssueStillMapsBackUnderItsKey()
    {
        var service = NewService(out var keys);
        var supplier = Guid.NewGuid();
        var hash = FirstLevelHash(4);
        var (issued, oldKey) = service.ForSupplier(hash, supplier);

        var newKey = service.Rotate();
        var (after, usedKey) = service.ForSupplier(hash, supplier);

        Assert.Equal(newKey, usedKey);
        Assert.Equal(newKey, service.CurrentKeyId);
        Assert.NotEqual(issued, after);
        Assert.Equal([oldKey, newKey], service.KeyIds);
        // What an IssuedPseudonym stored (value + key id) is re-derived from the old key, also by a fresh instance.
        NewService(out var reopened);
        Assert.Equal(issued, PseudonymService.ForSupplier(hash, supplier, reopened.Find(oldKey)!));
        Assert.Equal(issued, PseudonymService.ForSupplier(hash, supplier, keys.Find(oldKey)!));
    }

    [Fact]
    public void Lookups_DoNotChangeWithRotation()
    {
        var service = NewService(out _);
        var bsn = TestPupils.Bsn();
        var before = service.NumberLookup(bsn);

        service.Rotate();

        Assert.Equal(before, service.NumberLookup(bsn));
        Assert.Equal(before, NewService(out _).NumberLookup(bsn));
        Assert.NotEqual(before, service.EckIdLookup(bsn));
    }

    [Fact]
    public void MalformedFirstLevelHash_IsRefused() =>
        Assert.Throws<ArgumentException>(() => NewService(out _).ForSupplier("abc", Guid.NewGuid()));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
