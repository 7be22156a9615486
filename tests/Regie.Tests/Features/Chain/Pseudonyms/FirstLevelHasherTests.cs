using Microsoft.Extensions.Configuration;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Tests.Features.Chain.Pseudonyms;

public sealed class FirstLevelHasherTests
{
    private const string VectorNumber = "063138219";

    private static FirstLevelHasher Hasher(int? cost = null) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Regie:Chain:Salt"] = "rktYml0MIp9TC9u6Ny6uqw==",
            ["Regie:Chain:ScryptCost"] = cost?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build());

    [Fact]
    public void TestVector_AtTheStandardCost_GivesThePublishedHash()
    {
        LogCapture.Sensitive(VectorNumber);

        Assert.Equal("9735dfd2235eaeb5f0300886bcc99c82ffc1d6420c4e0bde8de7218def2135fa", Hasher().Hash(VectorNumber));
    }

    [Fact]
    public void Hash_IsSixtyFourLowerCaseHex_AndLowerCasesTheNumberFirst()
    {
        var hasher = Hasher(cost: 1024);

        var hash = hasher.Hash("AB12");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, hasher.Hash("ab12"));
        Assert.NotEqual(hash, Hasher(cost: 2048).Hash("ab12"));
    }

    [Fact]
    public void HashAll_GivesTheSameHashesInOrder_AndReportsProgress()
    {
        var hasher = Hasher(cost: 1024);
        var numbers = new[] { TestPupils.Bsn(), TestPupils.Bsn(), TestPupils.Onderwijsnummer() };
        var reported = 0;

        var hashes = hasher.HashAll(numbers, done => Interlocked.Increment(ref reported));

        Assert.Equal(numbers.Select(hasher.Hash), hashes);
        Assert.Equal(3, reported);
    }
}
