using System.Globalization;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Catalog;

/// <summary>Suppliers, their items and the item form, for the catalogue page tests.</summary>
public static class CatalogTestData
{
    public static async Task<(Supplier Supplier, HttpClient Client)> CatalogSupplierAsync(this RegieApp app, string? name = null)
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = name ?? $"Leverancier {TestData.Next()}" });
        var user = await app.CreateUserAsync(supplier, Roles.Supplier);
        return (supplier, await app.LoginAsync(user.Email!));
    }

    public static async Task<HttpClient> CatalogModeratorAsync(this RegieApp app)
    {
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization());
        return await app.LoginAsync((await app.CreateUserAsync(platform, Roles.Administrator)).Email!);
    }

    /// <summary>A complete item of the supplier, published unless asked otherwise.</summary>
    public static async Task<CatalogItem> CatalogItemAsync(this RegieApp app, Supplier supplier, bool publish = true, string? title = null, Action<CatalogItemInput>? change = null)
    {
        var input = Complete(title ?? $"Rekenroute {TestData.Next()}");
        change?.Invoke(input);
        Assert.Empty(input.Validate());
        var item = new CatalogItem { SupplierId = supplier.Id, SupplierName = supplier.Name };
        input.ApplyTo(item);
        if (publish) Assert.Empty(item.Publish(DateTimeOffset.UtcNow));
        await app.WithDbAsync(async db => { db.CatalogItems.Add(item); return await db.SaveChangesAsync(); }, supplier);
        return item;
    }

    public static CatalogItemInput Complete(string title) => new()
    {
        Title = title, Summary = "Adaptief rekenen voor groep 3 tot en met 8.", Description = "Oefenen op eigen niveau.\n\nDe leraar ziet wie vastloopt.",
        Kind = ItemKind.LearningMaterial, Sectors = [SchoolSectors.Po], Subjects = ["rekenen-wiskunde"], Levels = ["groep-3", "groep-4", "vwo-1"],
        LearningGoals = ["kd-po-2006-23"], PricingModel = PricingModel.PerPupilPerYear, PriceExclVat = "12,50", VatRate = 21m,
        PrivacyCovenantSigned = true, DataLocation = DataLocation.EuEea, Certifications = ["iso-27001"],
    };

    /// <summary>The portal form as a browser posts it; lists as indexed fields.</summary>
    public static Dictionary<string, string> Form(string title = "Rekenroute", string price = "12,50", int? version = null, params (string Key, string Value)[] extra)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Summary"] = "Adaptief rekenen.", ["Input.Description"] = "Oefenen op eigen niveau.",
            ["Input.Kind"] = "LearningMaterial", ["Input.ServiceType"] = "", ["Input.Sectors[0]"] = "Po", ["Input.Subjects[0]"] = "rekenen-wiskunde",
            ["Input.Levels[0]"] = "groep-5", ["Input.LearningGoals[0]"] = "kd-po-2006-24", ["Input.PricingModel"] = "PerPupilPerYear",
            ["Input.PriceExclVat"] = price, ["Input.VatRate"] = "21", ["Input.MinimumTermMonths"] = "", ["Input.OneOffCostsExclVat"] = "",
            ["Input.TrialAvailable"] = "false", ["Input.PrivacyCovenantSigned"] = "true", ["Input.Accessibility"] = "AA",
            ["Input.DataLocation"] = "EuEea", ["Input.HasPrivacySheet"] = "true", ["Input.PrivacySubProcessors"] = "Hosting BV; Nederland; opslag",
            ["Input.PrivacyPersonalData"] = "leerling: naam, groep", ["Input.PrivacyBreachNotificationHours"] = "24",
        };
        if (version is { } v) form["Input.Version"] = v.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in extra) form[key] = value;
        return form;
    }
}
