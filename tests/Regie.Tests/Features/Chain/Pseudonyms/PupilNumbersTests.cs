using System.Globalization;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Pseudonyms;

namespace Regie.Tests.Features.Chain.Pseudonyms;

public sealed class PupilNumbersTests
{
    [Fact]
    public void ValidBsn_IsRecognisedAsBsn()
    {
        var bsn = TestPupils.Bsn();

        Assert.Equal((bsn, PupilNumberKind.Bsn), PupilNumbers.Parse(bsn));
    }

    [Fact]
    public void BsnWithSpacesDotsOrDashes_IsNormalisedToDigits()
    {
        var bsn = TestPupils.Bsn();

        Assert.Equal(bsn, PupilNumbers.Parse($"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}")?.Number);
        Assert.Equal(bsn, PupilNumbers.Parse($" {bsn[..3]}-{bsn[3..6]} {bsn[6..]} ")?.Number);
    }

    [Fact]
    public void EightDigitBsn_IsPaddedWithALeadingZero()
    {
        var padded = BsnStartingWithZero();

        Assert.Equal((padded, PupilNumberKind.Bsn), PupilNumbers.Parse(padded[1..]));
    }

    [Fact]
    public void WrongCheckDigit_IsInvalid()
    {
        var bsn = TestPupils.Bsn();
        var wrong = bsn[..8] + (char)('0' + (bsn[8] - '0' + 1) % 10);
        LogCapture.Sensitive(wrong);

        Assert.Null(PupilNumbers.Parse(wrong));
    }

    [Fact]
    public void Onderwijsnummer_IsRecognisedAsOnderwijsnummer()
    {
        var number = TestPupils.Onderwijsnummer();

        Assert.Equal((number, PupilNumberKind.Onderwijsnummer), PupilNumbers.Parse(number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("000000000")]
    [InlineData("12345")]
    [InlineData("1234567890")]
    [InlineData("12345678a")]
    public void NotANumber_IsInvalid(string? raw) => Assert.Null(PupilNumbers.Parse(raw));

    /// <summary>A valid nine-digit BSN whose first digit is 0, so it can also be written with eight digits.</summary>
    private static string BsnStartingWithZero()
    {
        for (var body = Random.Shared.Next(1_000_000, 9_000_000); ; body++)
        {
            var digits = "0" + body.ToString("D7", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++) sum += (9 - i) * (digits[i] - '0');
            var last = sum % 11;
            if (last > 9) continue;
            var bsn = digits + (char)('0' + last);
            LogCapture.Sensitive(bsn);
            LogCapture.Sensitive(bsn[1..]);
            return bsn;
        }
    }
}
