using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Import;

[Collection(AppCollection.Name)]
public sealed class CatalogImportTests(RegieApp app)
{
    private const string Start = "/Imports/Start/catalog-items";

    private async Task<(Supplier Supplier, HttpClient Client)> SupplierUserAsync()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier {TestData.Next()}" });
        var user = await app.CreateUserAsync(supplier, Roles.Supplier);
        return (supplier, await app.LoginAsync(user.Email!));
    }

    private async Task<(ImportJob Job, string Html)> UploadAsync(HttpClient client, byte[] content, string name = "aanbod.csv")
    {
        var response = await client.PostFileAsync(Start, content, name);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WaitAsync(client, Guid.Parse(response.Location().Split('/').Last()));
    }

    private async Task<(ImportJob Job, string Html)> WaitAsync(HttpClient client, Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await app.WithDbAsync(db => db.ImportJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == id));
            if (!job.IsBusy) return (job, WebUtility.HtmlDecode(await client.GetPageAsync($"/Imports/Details/{id}")));
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish.");
    }

    private async Task<ImportJob> CommitAsync(HttpClient client, Guid id)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/Imports/Details/{id}?handler=Commit", [])).StatusCode);
        return (await WaitAsync(client, id)).Job;
    }

    private Task<List<CatalogItem>> ItemsOfAsync(Supplier supplier) =>
        app.WithDbAsync(db => db.CatalogItems.Where(i => i.SupplierId == supplier.Id).OrderBy(i => i.SupplierReference).ToListAsync());

    [Fact]
    public async Task FiftyRows_WithTwoBadRows_ReportsExactlyThoseRows_SavesNothing_ThenTheFixedFileSavesFifty()
    {
        var (supplier, client) = await SupplierUserAsync();
        var file = new CatalogFile().Items("L", 50)
            .Replace(11, f => f.Item("L-012", "Leerlijn 12", price: "-4,00"))
            .Replace(36, f => f.Item("L-037", "Leerlijn 37", subjects: "sterrenkunde"));

        var (job, html) = await UploadAsync(client, file.Csv());

        Assert.Equal(ImportStatus.Invalid, job.Status);
        Assert.Equal([13, 38], job.Errors.Select(e => e.Line).Distinct());
        Assert.Contains("Prijs excl. btw mag niet negatief zijn", html);
        Assert.Contains("'sterrenkunde'", html);
        Assert.Empty(await ItemsOfAsync(supplier));

        var fixedFile = new CatalogFile().Items("L", 50);
        var (valid, preview) = await UploadAsync(client, fixedFile.Csv());
        Assert.Equal((ImportStatus.Validated, 50), (valid.Status, valid.ValidRows));
        Assert.Contains("Nieuw", preview);
        Assert.Equal(ImportStatus.Committed, (await CommitAsync(client, valid.Id)).Status);

        var items = await ItemsOfAsync(supplier);
        Assert.Equal(50, items.Count);
        Assert.All(items, i => Assert.Equal((ItemStatus.Concept, 12.50m, supplier.Name), (i.Status, i.PriceExclVat, i.SupplierName)));
        Assert.Equal(["groep-5", "groep-6"], items[0].Levels);
    }

    [Fact]
    public async Task Xlsx_IsReadLikeCsv_AndUpdatesByOwnCode_AndPublishes()
    {
        var (supplier, client) = await SupplierUserAsync();
        var first = new CatalogFile().Item("X-1", "Leesladder Start", price: "10.00").Item("X-2", "Tweede", price: "7,5");
        var (job, _) = await UploadAsync(client, first.Xlsx(), "aanbod.xlsx");
        Assert.Equal((ImportStatus.Validated, 2), (job.Status, job.ValidRows));
        await CommitAsync(client, job.Id);

        var update = new CatalogFile().Item("X-1", "Leesladder Plus", publish: "ja").Item("X-2", "Tweede", publish: "nee");
        var (again, preview) = await UploadAsync(client, update.Xlsx(), "aanbod.xlsx");
        Assert.Contains("Bijwerken, publiceren", preview);
        await CommitAsync(client, again.Id);

        var items = await ItemsOfAsync(supplier);
        Assert.Equal(2, items.Count);
        Assert.Equal(("Leesladder Plus", ItemStatus.Published, 12.50m), (items[0].Title, items[0].Status, items[0].PriceExclVat));
        Assert.Equal(ItemStatus.Concept, items[1].Status);
    }

    [Fact]
    public async Task Publishing_WithMissingMandatoryFields_IsARowError()
    {
        var (supplier, client) = await SupplierUserAsync();
        var file = new CatalogFile().Item("P-1", "Zonder locatie", location: "", publish: "ja");

        var (job, html) = await UploadAsync(client, file.Csv());

        var error = Assert.Single(job.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("Publiceren kan nog niet", html);
        Assert.Contains("Locatie van de gegevens", error.Message);
        Assert.Empty(await ItemsOfAsync(supplier));
    }

    [Fact]
    public async Task ScriptInDescription_IsStoredAsText_AndDuplicateCodesAreRowErrors()
    {
        var (supplier, client) = await SupplierUserAsync();
        var duplicate = new CatalogFile().Item("S-1", "Een").Item("S-1", "Twee");
        var (refused, _) = await UploadAsync(client, duplicate.Csv());
        Assert.Equal([3], refused.Errors.Select(e => e.Line));

        var file = new CatalogFile().Item("S-1", "Veilig", description: "<script>alert('x')</script>");
        var (job, html) = await UploadAsync(client, file.Csv());
        await CommitAsync(client, job.Id);

        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal("<script>alert('x')</script>", Assert.Single(await ItemsOfAsync(supplier)).Description);
    }

    [Fact]
    public async Task Rows_NeverTouchAnotherSuppliersItemWithTheSameCode()
    {
        var other = await app.CreateOrganizationAsync(new Supplier { Name = "Ander" });
        var theirs = new CatalogItem { SupplierId = other.Id, SupplierName = other.Name, SupplierReference = "GEDEELD", Title = "Van de ander", Kind = ItemKind.Software };
        await app.WithDbAsync(async db => { db.CatalogItems.Add(theirs); return await db.SaveChangesAsync(); });
        var (supplier, client) = await SupplierUserAsync();

        var (job, _) = await UploadAsync(client, new CatalogFile().Item("GEDEELD", "Van mij").Csv());
        await CommitAsync(client, job.Id);

        Assert.Equal("Van de ander", (await app.FindAsync<CatalogItem>(theirs.Id)).Title);
        Assert.Equal("Van mij", Assert.Single(await ItemsOfAsync(supplier)).Title);
    }

    [Fact]
    public async Task Templates_DownloadAsCsvAndXlsx_AndReadBackWithoutErrors()
    {
        var (_, client) = await SupplierUserAsync();

        var csv = await client.GetAsync($"{Start}?handler=Template&format=csv");
        var xlsx = await client.GetAsync($"{Start}?handler=Template&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("eigen code;titel", await csv.Content.ReadAsStringAsync());
        foreach (var (template, name) in new[] { (csv, "voorbeeld.csv"), (xlsx, "voorbeeld.xlsx") })
        {
            var (job, html) = await UploadAsync(client, await template.Content.ReadAsByteArrayAsync(), name);
            Assert.True(job.Status == ImportStatus.Validated, $"{name}: {job.FileError} {string.Join("; ", job.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public async Task BoardUsers_CannotImportItems()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);

        var response = await client.GetAsync(Start);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied", StringComparison.Ordinal), response.StatusCode.ToString());
    }
}
