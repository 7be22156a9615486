using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Market.Recognition;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Policy;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Procurement.Policy;

[Collection(AppCollection.Name)]
public sealed class PolicyPagesTests(RegieApp app)
{
    private const string Edit = "/Procurement/Policy/Edit";

    private static Dictionary<string, string> Form(int version, string single = "40.000", string multiple = "€ 120.000,00", string warning = "75",
        string review = "2028-06-30", string notes = "Herzien na evaluatie", string purchaserLimit = "45.000")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Input.SingleQuoteMax"] = single,
            ["Input.MultipleQuotesMax"] = multiple, ["Input.WarningSharePercent"] = warning, ["Input.ReviewDate"] = review,
            ["Input.EffectiveFrom"] = "", ["Input.Notes"] = notes,
        };
        var categories = Enum.GetValues<PurchaseCategory>();
        for (var i = 0; i < categories.Length; i++)
        {
            form[$"Input.Categories[{i}].Category"] = categories[i].ToString();
            form[$"Input.Categories[{i}].Level"] = i == 0 ? "Decentral" : "Central";
            form[$"Input.Categories[{i}].OrdererRoles"] = i == 0 ? Roles.SchoolLeader : Roles.Purchaser;
            form[$"Input.Categories[{i}].Remarks"] = i == 0 ? "<script>alert(1)</script>" : "";
        }
        form["Input.ApprovalLimits[0].RoleKey"] = Roles.Purchaser;
        form["Input.ApprovalLimits[0].MaxAmount"] = purchaserLimit;
        form["Input.ApprovalLimits[1].RoleKey"] = Roles.Executive;
        form["Input.ApprovalLimits[1].MaxAmount"] = "1.000.000";
        return form;
    }

    private Task<List<ProcurementPolicy>> EditionsAsync(Web.Infrastructure.Tenancy.Board board) =>
        app.WithDbAsync(db => db.ProcurementPolicies.AsNoTracking().OrderBy(p => p.Edition).ToListAsync(), board);

    [Fact]
    public async Task ADraft_IsStarted_Edited_AndAdopted_AndTheNextEditionShowsWhatChanged()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        Assert.Contains("nog geen vastgesteld inkoopbeleid", await client.GetPageAsync("/Procurement/Policy/Index"));

        var started = await client.PostFormAsync(Edit + "?handler=StartDraft", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var draft = Assert.Single(await EditionsAsync(board));
        Assert.Equal((1, PolicyStatus.Draft, 6), (draft.Edition, draft.Status, draft.Categories.Count));

        var adopted = await client.PostFormAsync(Edit + "?handler=Adopt", Form(draft.Version));
        Assert.True(adopted.StatusCode == HttpStatusCode.Redirect, await adopted.HtmlAsync());
        var first = Assert.Single(await EditionsAsync(board));
        Assert.Equal((PolicyStatus.Adopted, 40_000m, 120_000m, 75, BuyingLevel.Decentral), (first.Status, first.SingleQuoteMax, first.MultipleQuotesMax, first.WarningSharePercent, first.Categories[0].Level));
        Assert.NotNull(first.AdoptedAt);
        Assert.NotNull(first.EffectiveFrom);

        var index = await client.GetPageAsync("/Procurement/Policy/Index");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", index);
        Assert.DoesNotContain("<script>alert(1)</script>", index);

        await client.PostFormAsync(Edit + "?handler=StartDraft", []);
        var second = (await EditionsAsync(board)).Single(p => p.Edition == 2);
        Assert.Equal(40_000m, second.SingleQuoteMax);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Edit + "?handler=Adopt", Form(second.Version, single: "45.000,00"))).StatusCode);
        var editions = await EditionsAsync(board);
        Assert.Equal([PolicyStatus.Superseded, PolicyStatus.Adopted], editions.Select(e => e.Status));

        var history = WebUtility.HtmlDecode(await client.GetPageAsync("/Procurement/Policy/History"));
        Assert.Contains("Enkelvoudig onderhands tot", history);
        Assert.Contains("€ 45.000,00", history);
        Assert.Contains("Aangemaakt", WebUtility.HtmlDecode(await client.GetPageAsync("/Procurement/Policy/Index?tab=wijzigingen")));
    }

    [Theory]
    [InlineData("single", "0", "Enkelvoudig onderhands tot: vul een bedrag boven nul in.")]
    [InlineData("single", "-5", "Enkelvoudig onderhands tot: het bedrag mag niet negatief zijn.")]
    [InlineData("multiple", "30.000", "Meervoudig onderhands tot: dit bedrag moet minstens even hoog zijn als de grens voor enkelvoudig onderhands.")]
    [InlineData("warning", "40", "Waarschuwen vanaf: het percentage moet tussen 50 en 99 liggen.")]
    [InlineData("review", "31-02-2028", "Herzien uiterlijk op: dit is geen geldige datum; schrijf bijvoorbeeld 31-12-2027.")]
    [InlineData("limit", "veel", "Goedkeuringsgrens Inkoper / controller: dit is geen bedrag; schrijf bijvoorbeeld 50.000 of 12,50.")]
    [InlineData("notes", "5MB", "De toelichting mag niet langer zijn dan 8.000 tekens.")]
    public async Task BadInput_GetsADutchMessage_AndNothingIsSaved(string field, string value, string message)
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        await client.PostFormAsync(Edit + "?handler=StartDraft", []);
        var draft = Assert.Single(await EditionsAsync(board));
        var form = field switch
        {
            "single" => Form(draft.Version, single: value),
            "multiple" => Form(draft.Version, multiple: value),
            "warning" => Form(draft.Version, warning: value),
            "review" => Form(draft.Version, review: value),
            "limit" => Form(draft.Version, purchaserLimit: value),
            _ => Form(draft.Version, notes: new string('x', 5 * 1024 * 1024)),
        };
        var response = await client.PostFormAsync(Edit + "?handler=Adopt", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync());
        var stored = Assert.Single(await EditionsAsync(board));
        Assert.Equal((PolicyStatus.Draft, draft.Version, 50_000m), (stored.Status, stored.Version, stored.SingleQuoteMax));
    }

    [Fact]
    public async Task AMultipleQuotesLimitAtTheThreshold_IsExplained_NotRefused()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        await client.PostFormAsync(Edit + "?handler=StartDraft", []);
        var draft = Assert.Single(await EditionsAsync(board));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Edit, Form(draft.Version, multiple: "300.000"))).StatusCode);
        Assert.Contains("Vanaf de drempel geldt de wet toch", await client.GetPageAsync(Edit));
    }

    [Fact]
    public async Task ASecondSaveFromAnOldPage_GetsTheConflictPage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        await client.PostFormAsync(Edit + "?handler=StartDraft", []);
        var draft = Assert.Single(await EditionsAsync(board));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Edit, Form(draft.Version, single: "41.000"))).StatusCode);
        var second = await client.PostFormAsync(Edit + "?handler=Adopt", Form(draft.Version, single: "42.000"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Nu opgeslagen", await second.HtmlAsync());
        var stored = Assert.Single(await EditionsAsync(board));
        Assert.Equal((PolicyStatus.Draft, 41_000m), (stored.Status, stored.SingleQuoteMax));
    }

    [Fact]
    public async Task EveryBoardUserReads_OnlyManagersChange()
    {
        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/Procurement/Policy/Index")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/Procurement/Policy/History")).StatusCode);
        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync(Edit)).Location());
        Assert.Contains("/Account/AccessDenied", (await teacher.PostFormAsync(Edit + "?handler=StartDraft", [])).Location());
        var (_, _, ict) = await app.BoardUserAsync(Roles.IctCoordinator);
        Assert.Contains("/Account/AccessDenied", (await ict.PostFormAsync(Edit + "?handler=StartDraft", [])).Location());
    }

    [Fact]
    public async Task TheCheck_GivesProcedure_OrderersAndApprovers_AlsoAsAnHtmxPartial()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        await client.PostFormAsync(Edit + "?handler=StartDraft", []);
        var draft = Assert.Single(await EditionsAsync(board));
        await client.PostFormAsync(Edit + "?handler=Adopt", Form(draft.Version));

        var page = await (await client.GetAsync("/Procurement/Policy/Index?handler=Check&Check.Category=Software&Check.OneOff=10.000&Check.Monthly=1.000&Check.Start=2026-09-01")).HtmlAsync();
        Assert.Contains("Meervoudig onderhands", page);
        Assert.Contains("geen vaste looptijd, dus 48 maanden", page);
        Assert.Contains("€ 58.000,00", page);
        Assert.Contains("<html", page);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Procurement/Policy/Index?handler=Check&Check.Category=Devices&Check.Value=€ 250.000&Check.Start=2027-03-01");
        request.Headers.Add("HX-Request", "true");
        var partial = await (await client.SendAsync(request)).HtmlAsync();
        Assert.DoesNotContain("<html", partial);
        Assert.Contains("Europese aanbesteding (wettelijk verplicht)", partial);
        Assert.Contains("Schoolleider", partial); // the orderer of Devices in this policy

        var invalid = await (await client.GetAsync("/Procurement/Policy/Index?handler=Check&Check.Value=veel")).HtmlAsync();
        Assert.Contains("Categorie: kies een categorie.", invalid);
        Assert.Contains("Geraamde waarde: dit is geen bedrag", invalid);
    }
}
