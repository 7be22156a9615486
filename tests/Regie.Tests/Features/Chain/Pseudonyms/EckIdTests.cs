using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Tests.Features.Chain.Pseudonyms;

public sealed class EckIdTests
{
    private static string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(i => "0123456789abcdef"[(i * 7 + 3) % 16]));

    [Fact]
    public void ProductionAndPilotIds_AreValid()
    {
        var pilot = EckId.PilotBase + Hex(128);
        LogCapture.Sensitive(pilot);

        Assert.True(EckId.IsValid(TestPupils.EckId()));
        Assert.True(EckId.IsValid(pilot));
    }

    [Theory]
    [InlineData(127)]
    [InlineData(129)]
    [InlineData(0)]
    public void WrongLength_IsInvalid(int length) => Assert.False(EckId.IsValid(EckId.ProductionBase + Hex(length)));

    [Fact]
    public void UpperCaseHex_IsInvalid() => Assert.False(EckId.IsValid(EckId.ProductionBase + Hex(128).ToUpperInvariant()));

    [Fact]
    public void NonHexCharacter_IsInvalid() => Assert.False(EckId.IsValid(EckId.ProductionBase + Hex(127) + "g"));

    [Theory]
    [InlineData("https://ketenid.nl/201704/")]
    [InlineData("http://ketenid.nl/201703/")]
    [InlineData("https://KETENID.nl/201703/")]
    [InlineData("")]
    public void WrongBase_IsInvalid(string prefix) => Assert.False(EckId.IsValid(prefix + Hex(128)));

    [Fact]
    public void Null_IsInvalid() => Assert.False(EckId.IsValid(null));
}
