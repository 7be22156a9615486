using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Procurement.Projects;

[Collection(AppCollection.Name)]
public sealed class ProjectPagesTests(RegieApp app)
{
    private static string Page(string name, Guid id) => $"/Procurement/Projects/{name}/{id}";

    private Task<ProcurementProject> ReloadAsync(Guid id) =>
        app.WithDbAsync(db => db.ProcurementProjects.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Publish_WhenReady_OpensTheProject_AndMailsTheSelectedSuppliers()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Purchaser);
        var second = await app.CreateUserAsync(board, Roles.Executive);
        var (supplier, supplierUser, _) = await app.SupplierUserAsync();
        var (notSelected, notSelectedUser, _) = await app.SupplierUserAsync();
        var project = await app.CreateProjectAsync(board, p =>
        {
            p.QuestionsDeadline = DateTimeOffset.UtcNow.AddDays(5);
            p.OfferDeadline = DateTimeOffset.UtcNow.AddDays(15);
            p.EvaluatorIds = [user.Id, second.Id];
        });
        var item = await app.PublishedItemAsync(supplier);
        await client.PostFormAsync($"{Page("Requirements", project.Id)}?handler=Add", new() { ["Requirement.Kind"] = nameof(RequirementKind.KnockOut), ["Requirement.Text"] = "Leerlingen oefenen ook thuis." });
        await client.PostFormAsync($"{Page("Requirements", project.Id)}?handler=Add", new() { ["Requirement.Kind"] = nameof(RequirementKind.Wish), ["Requirement.Text"] = "De leraar ziet de voortgang.", ["Requirement.Weight"] = "12,5" });
        await client.PostFormAsync($"{Page("Suppliers", project.Id)}?handler=Add", new() { ["itemId"] = item.Id.ToString() });
        await client.PostFormAsync($"{Page("Suppliers", project.Id)}?handler=Add", new() { ["itemId"] = (await app.PublishedItemAsync(notSelected)).Id.ToString() });
        var entry = await app.WithDbAsync(db => db.ProjectSuppliers.IgnoreQueryFilters().SingleAsync(s => s.ProjectId == project.Id && s.SupplierId == supplier.Id));
        await client.PostFormAsync($"{Page("Suppliers", project.Id)}?handler=Select", new() { ["supplierEntryId"] = entry.Id.ToString(), ["version"] = ProjectTestData.V(entry.Version), ["selected"] = "true" });

        var current = await ReloadAsync(project.Id);
        var response = await client.PostFormAsync($"{Page("Details", project.Id)}?handler=Publish", new() { ["version"] = ProjectTestData.V(current.Version) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProjectStatus.Open, (await ReloadAsync(project.Id)).Status);
        var invitations = await app.WithDbAsync(db => db.ProjectSuppliers.IgnoreQueryFilters().Where(s => s.ProjectId == project.Id).ToDictionaryAsync(s => s.SupplierId, s => s.Status));
        Assert.Equal(InvitationStatus.Invited, invitations[supplier.Id]);
        Assert.Equal(InvitationStatus.LongList, invitations[notSelected.Id]);
        var mail = await app.Mail.WaitForAsync(supplierUser.Email!);
        Assert.Contains($"/Procurement/Tenders/Project/{project.Id}", mail.TextBody);
        Assert.Contains(board.Name, mail.TextBody);
    }

    [Fact]
    public async Task Publish_WhenNotReady_SaysWhatIsMissing_AndChangesNothing()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var project = await app.CreateProjectAsync(board);

        var details = System.Net.WebUtility.HtmlDecode(await client.GetPageAsync(Page("Details", project.Id)));
        await client.PostFormAsync($"{Page("Details", project.Id)}?handler=Publish", new() { ["version"] = ProjectTestData.V(project.Version) });

        Assert.Contains("Voeg ten minste één knock-outeis toe", details);
        Assert.Contains("Wijs ten minste 2 beoordelaars aan", details);
        Assert.Equal(ProjectStatus.Preparing, (await ReloadAsync(project.Id)).Status);
    }

    [Fact]
    public async Task Requirements_ShowWeightsAsShares_WarnOnSolutionWords_AndFreezeAfterPublication()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var project = await app.CreateProjectAsync(board);
        var url = Page("Requirements", project.Id);
        await client.PostFormAsync($"{url}?handler=Add", new() { ["Requirement.Kind"] = nameof(RequirementKind.Wish), ["Requirement.Text"] = "Werkt op een iPad", ["Requirement.Weight"] = "30" });
        await client.PostFormAsync($"{url}?handler=Add", new() { ["Requirement.Kind"] = nameof(RequirementKind.Wish), ["Requirement.Text"] = "Leerlingen <script>alert(1)</script> zien hun voortgang", ["Requirement.Weight"] = "10" });
        var zero = await client.PostFormAsync($"{url}?handler=Add", new() { ["Requirement.Kind"] = nameof(RequirementKind.Wish), ["Requirement.Text"] = "Zonder weging", ["Requirement.Weight"] = "0" });

        var html = System.Net.WebUtility.HtmlDecode(await client.GetPageAsync(url));
        Assert.Contains("Geef de wens een weging groter dan 0.", System.Net.WebUtility.HtmlDecode(await zero.Content.ReadAsStringAsync()));
        Assert.Contains("75%", html);
        Assert.Contains("25%", html);
        Assert.Contains("Beschrijf het resultaat, niet de oplossing.", html);
        Assert.Contains("‘iPad’", html);
        Assert.DoesNotContain("<script>alert(1)</script>", await client.GetPageAsync(url));
        var codes = await app.WithDbAsync(db => db.Requirements.IgnoreQueryFilters().Where(r => r.ProjectId == project.Id).OrderBy(r => r.Order).Select(r => r.Code).ToListAsync());
        Assert.Equal(["W1", "W2"], codes);

        await app.WithDbAsync(async db => { (await db.ProcurementProjects.IgnoreQueryFilters().SingleAsync(p => p.Id == project.Id)).Status = ProjectStatus.Open; return await db.SaveChangesAsync(); }, board);
        await client.PostFormAsync($"{url}?handler=Add", new() { ["Requirement.Kind"] = nameof(RequirementKind.KnockOut), ["Requirement.Text"] = "Te laat" });
        Assert.Equal(2, await app.WithDbAsync(db => db.Requirements.IgnoreQueryFilters().CountAsync(r => r.ProjectId == project.Id)));
    }

    [Fact]
    public async Task Conditions_SetTheLockInRisk_ShownOnTheListAndTheProject()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var project = await app.CreateProjectAsync(board);

        var version = project.Version;
        var post = await client.PostFormAsync(Page("Conditions", project.Id), new()
        {
            ["version"] = ProjectTestData.V(version), ["key"] = ConditionTopics.Portability, ["status"] = nameof(ConditionStatus.NotMet), ["note"] = "Alleen export als pdf.",
        });

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var stored = await ReloadAsync(project.Id);
        Assert.Equal(LockInLevel.High, stored.LockIn.Level);
        Assert.Contains("Niet geregeld: gegevens meenemen", await client.GetPageAsync(Page("Details", project.Id)));
        Assert.Contains("hoog", await client.GetPageAsync("/Procurement/Index"));
        var stale = await client.PostFormAsync(Page("Conditions", project.Id), new() { ["version"] = ProjectTestData.V(version), ["key"] = ConditionTopics.Rights, ["status"] = nameof(ConditionStatus.Met) });
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Single((await ReloadAsync(project.Id)).Conditions);
    }

    [Fact]
    public async Task Edit_ASecondConcurrentSave_GetsTheConflictPage()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Purchaser);
        var project = await app.CreateProjectAsync(board);
        Dictionary<string, string> Form(string title) => new()
        {
            ["Input.Version"] = ProjectTestData.V(project.Version), ["Input.Title"] = title, ["Input.Description"] = "d",
            ["Input.Category"] = nameof(PurchaseCategory.Software), ["Input.ContractKind"] = nameof(ContractKind.SuppliesAndServices), ["Input.ProcedureStart"] = "2026-03-01",
            ["Input.Lines[0].Kind"] = nameof(EstimateLineKind.Base), ["Input.Lines[0].Label"] = "Licenties", ["Input.Lines[0].Monthly"] = "1000", ["Input.Lines[0].Months"] = "12",
            ["Settings.PriceWeightPercent"] = "40", ["Settings.PriceScoring"] = nameof(PriceScoringMethod.RelativeToLowest), ["Settings.TcoYears"] = "4", ["Settings.StandstillDays"] = "20",
            ["Settings.QuestionsDeadline"] = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm"),
        };

        var first = await client.PostFormAsync(Page("Edit", project.Id), Form("Eerste titel"));
        var second = await client.PostFormAsync(Page("Edit", project.Id), Form("Tweede titel"));
        var past = await client.PostFormAsync(Page("Edit", project.Id), new(Form("Derde")) { ["Input.Version"] = ProjectTestData.V(project.Version + 1), ["Settings.OfferDeadline"] = "2020-01-01T10:00" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("ligt in het verleden", System.Net.WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync()));
        var stored = await ReloadAsync(project.Id);
        Assert.Equal("Eerste titel", stored.Title);
        Assert.Equal(40, stored.PriceWeightPercent);
    }

    [Fact]
    public async Task Index_FiltersAndExports()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var software = await app.CreateProjectAsync(board, p => { p.Category = PurchaseCategory.Software; p.Title = "Leerlingvolgsysteem vervangen"; });
        var devices = await app.CreateProjectAsync(board, p => { p.Category = PurchaseCategory.Devices; p.Title = "Laptops voor leraren"; });

        var filtered = await client.GetPageAsync($"/Procurement/Index?Category={nameof(PurchaseCategory.Devices)}");
        var csv = await (await client.GetAsync("/Procurement/Index?handler=Export&format=csv&Q=volgsysteem")).Content.ReadAsStringAsync();

        Assert.Contains(devices.Title, filtered);
        Assert.DoesNotContain(software.Title, filtered);
        Assert.Contains(software.Title, csv);
        Assert.DoesNotContain(devices.Title, csv);
    }
}
