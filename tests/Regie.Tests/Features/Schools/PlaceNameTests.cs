using Regie.Web.Features.Schools.Import;

namespace Regie.Tests.Features.Schools;

public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("GORINCHEM", "Gorinchem")]
    [InlineData("'S-HERTOGENBOSCH", "'s-Hertogenbosch")]
    [InlineData("ALPHEN AAN DEN RIJN", "Alphen aan den Rijn")]
    [InlineData("CAPELLE AAN DEN IJSSEL", "Capelle aan den IJssel")]
    [InlineData("IJSSELSTEIN", "IJsselstein")]
    [InlineData("BERGEN OP ZOOM", "Bergen op Zoom")]
    [InlineData("DEN HAAG", "Den Haag")]
    [InlineData("Zoë-dorp", "Zoë-dorp")]
    public void CapitalsBecomeTheUsualSpelling(string duo, string expected) => Assert.Equal(expected, PlaceName.Normalize(duo));
}
