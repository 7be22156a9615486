using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Contracts;

[Collection(AppCollection.Name)]
public sealed class ContractPagesTests(RegieApp app)
{
    private async Task<(Board Board, HttpClient Client, Contract Devices, Contract Software)> BoardWithContractsAsync(string role = Roles.Purchaser)
    {
        var (board, _, client) = await app.BoardUserAsync(role);
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier {TestData.Next()}" });
        Contract Make(string title, PurchaseCategory category, ContractStatus status) => new()
        {
            BoardId = board.Id, SupplierId = supplier.Id, SupplierName = supplier.Name, Title = title, Category = category, Status = status,
            TotalValue = 12_345.67m, YearlyValue = 1_000m, StartDate = new DateOnly(2026, 8, 1), TermMonths = 36, CreatedAt = DateTimeOffset.UtcNow,
            Items = [new(null, "Licentie", 100, 12m)],
        };
        var devices = Make($"Laptops <b>{TestData.Next()}</b>", PurchaseCategory.Devices, ContractStatus.Active);
        var software = Make($"Rekenmethode {TestData.Next()}", PurchaseCategory.Software, ContractStatus.Ended);
        await app.WithDbAsync(async db => { db.Contracts.AddRange(devices, software); return await db.SaveChangesAsync(); }, board);
        return (board, client, devices, software);
    }

    [Fact]
    public async Task Index_ListsFiltersAndExportsTheBoardsContracts()
    {
        var (_, client, devices, software) = await BoardWithContractsAsync();

        var all = await client.GetPageAsync("/Contracts/Index");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(devices.Title), all);
        Assert.DoesNotContain(devices.Title, all); // markup in a title is shown as text
        Assert.Contains(software.Title, all);

        var filtered = await client.GetPageAsync("/Contracts/Index?Category=Software");
        Assert.Contains(software.Title, filtered);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(devices.Title), filtered);

        var csv = await (await client.GetAsync("/Contracts/Index?handler=Export&format=csv&Status=Active")).Content.ReadAsStringAsync();
        Assert.Contains(devices.Title, csv);
        Assert.DoesNotContain(software.Title, csv);
        Assert.Contains("12.345,67", csv);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Contracts/Index?handler=Export&format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task Details_ShowsItemsAndTheConditionsChecklist()
    {
        var (_, client, devices, _) = await BoardWithContractsAsync(Roles.SchoolLeader);

        var page = await client.GetPageAsync($"/Contracts/Details/{devices.Id}");

        Assert.Contains("Licentie", page);
        Assert.Contains("Looptijd en uitstapmomenten", page);
        Assert.Contains("Nog niet besproken", page);
    }

    [Fact]
    public async Task Contracts_AsTeacher_AreForbidden()
    {
        var (board, _, devices, _) = await BoardWithContractsAsync();
        var teacher = await app.LoginAsync((await app.CreateUserAsync(board, Roles.Teacher)).Email!);

        foreach (var url in new[] { "/Contracts/Index", $"/Contracts/Details/{devices.Id}" })
        {
            var response = await teacher.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied"), $"{url} → {response.StatusCode}");
        }
    }
}
