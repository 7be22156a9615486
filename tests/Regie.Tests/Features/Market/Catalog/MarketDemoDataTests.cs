using Regie.Web.Features.Market.Catalog;

namespace Regie.Tests.Features.Market.Catalog;

public sealed class MarketDemoDataTests
{
    [Fact]
    public void DemoItems_AreValid_AndThePublishedOnesHaveEveryMandatoryField()
    {
        var items = MarketDemoItems.All.Select((demo, n) =>
        {
            var input = demo.Input(n);
            Assert.Empty(input.Validate());
            var item = new CatalogItem();
            input.ApplyTo(item);
            if (demo.Publish) Assert.Empty(item.MissingForPublication());
            return (demo, item);
        }).ToList();

        var published = items.Where(i => i.demo.Publish).ToList();
        Assert.InRange(published.Count, 38, 45);
        Assert.Equal(Enum.GetValues<ItemKind>().Order(), published.Select(i => i.item.Kind).Distinct().Order());
        Assert.Equal(5, published.Select(i => i.demo.Supplier).Distinct().Count());
        Assert.Equal(2, items.Count(i => !i.demo.Publish && i.demo.Supplier == "Leerwijzer Educatief B.V."));
        Assert.Contains(published, i => i.item.Compliance.DataLocation == DataLocation.OutsideEuEea);
        Assert.Equal(items.Count, items.Select(i => i.item.SupplierReference).Distinct().Count());
    }
}
