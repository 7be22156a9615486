using System.Text;
using Microsoft.Extensions.Configuration;
using Regie.Web.Infrastructure.Sealing;

namespace Regie.Tests.Infrastructure.Sealing;

public sealed class SealerTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "regie-sealing-" + Guid.NewGuid().ToString("N"));

    private SealingKeyRing NewRing() => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Regie:Sealing:KeyDirectory"] = _directory }).Build());

    [Fact]
    public void Sealed_bytes_do_not_contain_the_content_and_open_in_the_same_context()
    {
        var sealer = new Sealer(NewRing());
        var sealedBytes = sealer.Seal("Prijs € 12.345,67"u8, "offer:1:price");

        Assert.DoesNotContain("12.345", Encoding.UTF8.GetString(sealedBytes), StringComparison.Ordinal);
        Assert.Equal("Prijs € 12.345,67", Encoding.UTF8.GetString(sealer.Open(sealedBytes, "offer:1:price")));
    }

    [Fact]
    public void Content_copied_to_another_context_or_changed_does_not_open()
    {
        var sealer = new Sealer(NewRing());
        var sealedBytes = sealer.Seal("kwaliteit"u8, "offer:1:quality");

        Assert.Throws<SealBrokenException>(() => sealer.Open(sealedBytes, "offer:2:quality"));
        sealedBytes[^1] ^= 1;
        Assert.Throws<SealBrokenException>(() => sealer.Open(sealedBytes, "offer:1:quality"));
    }

    [Fact]
    public void A_new_key_seals_from_then_on_and_old_content_still_opens_in_another_instance()
    {
        var ring = NewRing();
        var sealer = new Sealer(ring);
        var before = sealer.SealJson(new[] { 1, 2, 3 }, "c");
        var first = ring.Current.Id;
        var second = ring.Rotate();
        var after = sealer.SealJson(new[] { 4 }, "c");

        Assert.NotEqual(first, second);
        Assert.Equal(second, ring.Current.Id);
        var elsewhere = new Sealer(NewRing()); // another app instance reading the same key directory
        Assert.Equal([1, 2, 3], elsewhere.OpenJson<int[]>(before, "c"));
        Assert.Equal([4], elsewhere.OpenJson<int[]>(after, "c"));
    }

    [Fact]
    public void Without_the_key_file_nothing_opens()
    {
        var sealedBytes = new Sealer(NewRing()).Seal("geheim"u8, "c");
        Directory.Delete(_directory, recursive: true);

        Assert.Throws<SealBrokenException>(() => new Sealer(NewRing()).Open(sealedBytes, "c"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
