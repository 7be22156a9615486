using System.Globalization;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Market.Reviews;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Reviews;

/// <summary>Published items, their suppliers and reviews, for the review and in-use tests.</summary>
public static class ReviewTestData
{
    public static async Task<CatalogItem> ReviewableItemAsync(this RegieApp app, Supplier? supplier = null, BuildingBlocks blocks = BuildingBlocks.Content, bool publish = true)
    {
        supplier ??= await app.CreateOrganizationAsync(new Supplier());
        var item = new CatalogItem
        {
            SupplierId = supplier.Id, SupplierName = supplier.Name, Title = $"Rekenplein {TestData.Next()}", Summary = "Oefenen met rekenen.",
            Description = "Adaptief oefenen.", Kind = ItemKind.Software, Sectors = SchoolSectors.Po, PriceExclVat = 12.5m, BuildingBlocks = blocks,
            Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea },
        };
        if (publish) Assert.Empty(item.Publish(DateTimeOffset.UtcNow));
        await app.WithDbAsync(async db => { db.CatalogItems.Add(item); return await db.SaveChangesAsync(); }, supplier);
        return item;
    }

    public static async Task<(Supplier Supplier, HttpClient Client)> SupplierUserAsync(this RegieApp app)
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var user = await app.CreateUserAsync(supplier, Roles.Supplier);
        return (supplier, await app.LoginAsync(user.Email!));
    }

    public static async Task<HttpClient> ModeratorAsync(this RegieApp app)
    {
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization());
        return await app.LoginAsync((await app.CreateUserAsync(platform, Roles.Administrator)).Email!);
    }

    public static Dictionary<string, string> ReviewForm(
        int didactics = 4, int ease = 0, string text = "Mijn klas oefent er graag mee.", string sector = "Po", string level = "groep-5",
        bool showName = false, int? version = null, string months = "6")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Ratings[Didactics]"] = didactics.ToString(CultureInfo.InvariantCulture),
            ["Input.Ratings[EaseOfUse]"] = ease.ToString(CultureInfo.InvariantCulture),
            ["Input.Text"] = text, ["Input.Sector"] = sector, ["Input.Level"] = level, ["Input.MonthsOfUse"] = months,
            ["Input.ShowName"] = showName ? "true" : "false",
        };
        if (version is { } v) form["Input.Version"] = v.ToString(CultureInfo.InvariantCulture);
        return form;
    }

    /// <summary>A review written straight into the database, counted into the item like the pages do.</summary>
    public static async Task<Review> AddReviewAsync(this RegieApp app, Board board, AppUser author, CatalogItem item, int score, string text = "Prima product.")
    {
        var review = new Review { ItemId = item.Id, BoardId = board.Id, AuthorId = author.Id, AuthorName = author.DisplayName, AuthorRole = Roles.Teacher };
        review.Write(new Dictionary<ReviewAspect, int> { [ReviewAspect.Didactics] = score }, text, SchoolSectors.Po, "groep-5", 3, false, DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.Reviews.Add(review); return await ItemRatings.SaveAsync(db, review, null, default); }, board);
        return review;
    }
}
