using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PdfSharp.Pdf.IO;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Infrastructure.Authorization;
using static Regie.Tests.Features.Procurement.Plans.PlanTestData;

namespace Regie.Tests.Features.Procurement.Plans;

[Collection(AppCollection.Name)]
public sealed class PlanPagesTests(RegieApp app)
{
    [Fact]
    public async Task Create_AsInkoper_MakesThePlanWithADraftFirstVersion()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);

        var response = await client.PostFormAsync("/Procurement/Plans/Create",
            new() { ["Input.Title"] = "Meerjarenplan <b>ICT</b>", ["Input.FirstYear"] = "2026", ["Input.Years"] = "8", ["Input.SchoolId"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (plan, version) = await app.WithDbAsync(async db => (await db.InvestmentPlans.SingleAsync(), await db.InvestmentPlanVersions.SingleAsync()), board);
        Assert.Equal((2026, 8, null), (plan.FirstYear, plan.Years, plan.SchoolId));
        Assert.Equal((1, PlanVersionStatus.Draft), (version.Number, version.Status));
        var index = await client.GetPageAsync("/Procurement/Plans/Index");
        Assert.Contains("Meerjarenplan &lt;b&gt;ICT&lt;/b&gt;", index);
        Assert.Contains("2026–2033", WebUtility.HtmlDecode(index));
    }

    [Theory]
    [InlineData("", "2026", "4", "Vul de naam van het plan in.")]
    [InlineData("Plan", "2026", "16", "Een plan beslaat 1 tot en met 15 jaar.")]
    [InlineData("Plan", "2026", "0", "Een plan beslaat 1 tot en met 15 jaar.")]
    [InlineData("Plan", "twintig", "4", "is geen geldige waarde voor Eerste jaar")]
    [InlineData("5MB", "2026", "4", "De naam mag niet langer zijn dan 200 tekens.")]
    public async Task Create_WithBadInput_SaysWhatIsWrong_AndSavesNothing(string title, string firstYear, string years, string message)
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);

        var response = await client.PostFormAsync("/Procurement/Plans/Create", new()
        {
            ["Input.Title"] = title == "5MB" ? new string('x', 5 * 1024 * 1024) : title, ["Input.FirstYear"] = firstYear, ["Input.Years"] = years, ["Input.SchoolId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.InvestmentPlans.CountAsync(), board));
    }

    [Fact]
    public async Task AddLine_ReadsDutchAmountsAndPhasing_AndTheOverviewShowsTheTotals()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.IctCoordinator);
        var (plan, version) = await app.CreatePlanAsync(board);

        var response = await client.PostFormAsync(LinePage(plan.Id), LineForm(phases: [("2026", "20"), ("2027", "40")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var line = Assert.Single(await app.LinesAsync(board, version.Id));
        Assert.Equal((60m, 1234.50m, 12.50m, 2026), (line.Quantity, line.UnitPrice, line.YearlyLicences, line.PurchaseYear));
        Assert.Equal([new PlanPhase(2026, 20, null), new PlanPhase(2027, 40, null)], line.Phases);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Details(plan.Id)));
        Assert.Contains("€ 74.070,00", html); // 60 × € 1.234,50
        Assert.Contains("€ 24.690,00", html); // 20 in 2026
        Assert.Contains("€ 49.380,00", html); // 40 in 2027
        Assert.Contains("2026: 20, 2027: 40", html);
        Assert.Contains("€ 74.120,00", html); // over 2026–2029: purchases plus 4 × € 12,50 licences
        Assert.Contains("Chromebooks groep 5 tot en met 8", html);
    }

    [Theory]
    [InlineData("price", "-5", "De prijs per stuk mag niet negatief zijn.")]
    [InlineData("price", "twaalf", "Vul bij de prijs per stuk een getal in, bijvoorbeeld 1.250 of 37,50.")]
    [InlineData("quantity", "0", "Het aantal moet groter zijn dan 0.")]
    [InlineData("year", "2031", "Het aanschafjaar valt buiten de looptijd van het plan (2026 tot en met 2029).")]
    [InlineData("phases", "20+30", "De aantallen in de fasering (50) tellen niet op tot het aantal van de regel (60).")]
    [InlineData("phases", "2030", "Fasering, rij 2: het jaar valt buiten de looptijd van het plan (2026 tot en met 2029).")]
    [InlineData("description", "", "Vul een omschrijving in")]
    [InlineData("description", "5MB", "De omschrijving mag niet langer zijn dan 300 tekens.")]
    [InlineData("category", "", "Kies de categorie van de aanschaf.")]
    public async Task AddLine_WithBadInput_NamesTheField_AndSavesNothing(string field, string value, string message)
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var (plan, version) = await app.CreatePlanAsync(board);
        var form = field switch
        {
            "price" => LineForm(price: value),
            "quantity" => LineForm(quantity: value),
            "year" => LineForm(year: value),
            "phases" when value == "2030" => LineForm(phases: [("2026", "30"), ("2030", "30")]),
            "phases" => LineForm(phases: [("2026", "20"), ("2027", "30")]),
            "description" => LineForm(description: value == "5MB" ? new string('x', 5 * 1024 * 1024) : value),
            _ => LineForm(category: value),
        };

        var response = await client.PostFormAsync(LinePage(plan.Id), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.HtmlAsync());
        Assert.Empty(await app.LinesAsync(board, version.Id));
    }

    [Fact]
    public async Task EditLine_SavesTheChange_AndASecondSaveOfTheSameVersionGetsTheConflictPage()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var (plan, version) = await app.CreatePlanAsync(board, lines: Line());
        var line = Assert.Single(await app.LinesAsync(board, version.Id));

        var first = await client.PostFormAsync(LinePage(plan.Id), LineForm(description: "Chromebooks groep 7 en 8", quantity: "32", lineId: line.Id, version: line.Version));
        var second = await client.PostFormAsync(LinePage(plan.Id), LineForm(description: "Chromebooks alleen groep 8", quantity: "16", lineId: line.Id, version: line.Version));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.HtmlAsync();
        Assert.Contains("Iemand anders heeft deze regel gewijzigd", html);
        Assert.Contains("Chromebooks groep 7 en 8: 32 ×", html);
        var stored = Assert.Single(await app.LinesAsync(board, version.Id));
        Assert.Equal(("Chromebooks groep 7 en 8", 32m), (stored.Description, stored.Quantity));
    }

    [Fact]
    public async Task RemoveLine_TakesItOutOfTheTotals_RecordsItInTheAuditTrail_AndCanBeUndone()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var (plan, version) = await app.CreatePlanAsync(board, lines: [Line(), Line("Digiborden", 4, 3000, 2027)]);
        var chromebooks = (await app.LinesAsync(board, version.Id)).Single(l => l.Description.StartsWith("Chromebooks", StringComparison.Ordinal));

        var removed = await client.PostFormAsync(Details(plan.Id) + "?handler=RemoveLine", new() { ["lineId"] = chromebooks.Id.ToString(), ["version"] = chromebooks.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Details(plan.Id)));
        Assert.Contains("€ 12.000,00", html);
        Assert.DoesNotContain("€ 21.000,00", html); // 9.000 + 12.000 while both counted
        Assert.Contains("Chromebooks groep 7", WebUtility.HtmlDecode(await client.GetPageAsync(Details(plan.Id) + "?Show=verwijderd")));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == chromebooks.Id).Select(a => a.Action).ToListAsync(), board);
        Assert.Contains(Regie.Web.Infrastructure.Audit.AuditAction.Archived, audit);

        var again = (await app.LinesAsync(board, version.Id)).Single(l => l.Id == chromebooks.Id);
        await client.PostFormAsync(Details(plan.Id) + "?handler=RestoreLine", new() { ["lineId"] = again.Id.ToString(), ["version"] = again.Version.ToString() });
        Assert.Contains("€ 21.000,00", WebUtility.HtmlDecode(await client.GetPageAsync(Details(plan.Id))));
    }

    [Fact]
    public async Task LinesTable_FiltersSortsAndPagesThroughHtmx()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var lines = Enumerable.Range(1, 30).Select(i => Line($"Licentie {i:00}", 1, i, 2026 + i % 4, PurchaseCategory.Software))
            .Append(Line("Wifi hoofdgebouw", 1, 9000, 2027, PurchaseCategory.Infrastructure)).ToArray();
        var (plan, _) = await app.CreatePlanAsync(board, lines: lines);
        using var request = new HttpRequestMessage(HttpMethod.Get, Details(plan.Id) + "?Category=Software&Sort=kosten&Desc=true&Year=2027");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.DoesNotContain("<h1", html);
        Assert.Contains("8 regels gevonden", html); // 1, 5, 9, …, 29 are bought in 2027 (i % 4 == 1)
        Assert.DoesNotContain("Wifi hoofdgebouw", html);
        Assert.True(html.IndexOf("Licentie 29", StringComparison.Ordinal) < html.IndexOf("Licentie 05", StringComparison.Ordinal));
        var page2 = WebUtility.HtmlDecode(await client.GetPageAsync(Details(plan.Id) + "?Sort=omschrijving&PageNumber=2"));
        Assert.Contains("Wifi hoofdgebouw", page2);
        Assert.DoesNotContain("Licentie 01<", page2);
    }

    [Fact]
    public async Task Reserve_AsPercentage_IsAddedToTheGrandTotal()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Executive);
        var (plan, version) = await app.CreatePlanAsync(board, lines: Line(quantity: 100, price: 400)); // € 40.000

        var bad = await client.PostFormAsync(Details(plan.Id) + "?handler=Reserve", new() { ["Reserve.Version"] = version.Version.ToString(), ["Reserve.Kind"] = "Percentage", ["Reserve.Value"] = "120" });
        Assert.Contains("Het percentage van de reserve ligt tussen 0 en 100.", await bad.HtmlAsync());
        var saved = await client.PostFormAsync(Details(plan.Id) + "?handler=Reserve", new() { ["Reserve.Version"] = version.Version.ToString(), ["Reserve.Kind"] = "Percentage", ["Reserve.Value"] = "7,5" });
        var stale = await client.PostFormAsync(Details(plan.Id) + "?handler=Reserve", new() { ["Reserve.Version"] = version.Version.ToString(), ["Reserve.Kind"] = "Amount", ["Reserve.Value"] = "1.000" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Details(plan.Id)));
        Assert.Contains("€ 3.000,00", html);
        Assert.Contains("€ 43.000,00", html);
    }

    [Fact]
    public async Task NewVersion_CopiesTheLines_AndTheComparisonShowsWhatChanged()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var (plan, first) = await app.CreatePlanAsync(board, lines: [Line(), Line("Digiborden", 4, 3000, 2027), Line("Printers", 2, 1500, 2028, PurchaseCategory.OfficeSupplies)]);

        var adopt = await client.PostFormAsync(Versions(plan.Id) + "?handler=Adopt", new() { ["version"] = first.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, adopt.StatusCode);
        var adopted = await app.WithDbAsync(db => db.InvestmentPlanVersions.SingleAsync(), board);
        Assert.Equal(PlanVersionStatus.Adopted, adopted.Status);
        Assert.False(string.IsNullOrEmpty(adopted.AdoptedBy));
        var refused = await client.PostFormAsync(LinePage(plan.Id), LineForm());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(3, (await app.LinesAsync(board, first.Id)).Count);

        Assert.Contains("Vul de reden voor de nieuwe versie in", await (await client.PostFormAsync(Versions(plan.Id) + "?handler=NewVersion", new() { ["version"] = adopted.Version.ToString(), ["Reason"] = "" })).HtmlAsync());
        var started = await client.PostFormAsync(Versions(plan.Id) + "?handler=NewVersion", new() { ["version"] = adopted.Version.ToString(), ["Reason"] = "Jaarlijkse herziening" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var second = await app.WithDbAsync(db => db.InvestmentPlanVersions.SingleAsync(v => v.Number == 2), board);
        var copies = await app.LinesAsync(board, second.Id);
        var originals = await app.LinesAsync(board, first.Id);
        Assert.Equal(originals.Select(l => l.LineKey).Order(), copies.Select(l => l.LineKey).Order());

        var boards = copies.Single(l => l.Description == "Digiborden");
        await client.PostFormAsync(LinePage(plan.Id), LineForm(description: "Digiborden", quantity: "6", price: "3000", year: "2027", licences: "", lineId: boards.Id, version: boards.Version));
        var printers = copies.Single(l => l.Description == "Printers");
        await client.PostFormAsync(Details(plan.Id) + "?handler=RemoveLine", new() { ["lineId"] = printers.Id.ToString(), ["version"] = printers.Version.ToString() });
        await client.PostFormAsync(LinePage(plan.Id), LineForm(description: "Programmeerrobots", quantity: "10", price: "150", year: "2028", category: "Devices", licences: ""));

        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Versions(plan.Id) + "?compare=2"));
        Assert.Contains("1 regel toegevoegd, 1 verwijderd en 1 gewijzigd", html);
        Assert.Contains("Programmeerrobots", html);
        Assert.Contains("Printers", html);
        Assert.Contains("<td>Aantal</td><td>4</td><td>6</td>", html);
        Assert.Contains("+ € 6.000,00", html); // 2027: two more boards
        Assert.Contains("− € 1.500,00", html); // 2028: no printers (€ 3.000), robots instead (€ 1.500)
        Assert.Contains("− € 3.000,00", html); // the office supplies category
        Assert.Equal(3, (await app.LinesAsync(board, first.Id)).Count(l => !l.IsRemoved));
    }

    [Fact]
    public async Task Exports_GiveAWorkbookThatOpens_AndARealPdf()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var (plan, _) = await app.CreatePlanAsync(board, lines: [Line(), Line("Licenties rekenen", 400, 0, 2026, PurchaseCategory.LearningMaterials, licences: 7400)]);

        var xlsx = await client.GetAsync(Details(plan.Id) + "?handler=Report&format=xlsx");
        var pdf = await client.GetAsync(Details(plan.Id) + "?handler=Report&format=pdf");
        var csv = await client.GetAsync(Details(plan.Id) + "?handler=Export&format=csv");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Samenvatting", "Regels", "Per jaar", "Per categorie", "Per school", "Afschrijving"], MiniExcel.GetSheetNames(workbook));
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 1);
        Assert.Contains("Licenties rekenen", await csv.Content.ReadAsStringAsync());
        Assert.Contains(plan.Title, await (await client.GetAsync("/Procurement/Plans/Index?handler=Export&format=csv")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Leraar_IsRefused_AndSchoolleider_ReadsWithoutChanging()
    {
        var (board, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var (plan, version) = await app.CreatePlanAsync(board, lines: Line());
        var leader = await app.LoginAsync((await app.CreateUserAsync(board, Roles.SchoolLeader)).Email!);
        var line = Assert.Single(await app.LinesAsync(board, version.Id));

        foreach (var url in new[] { "/Procurement/Plans/Index", Details(plan.Id), Versions(plan.Id) })
            Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync(url)).Location());

        var html = await leader.GetPageAsync(Details(plan.Id));
        Assert.Contains(plan.Title, html);
        Assert.DoesNotContain("Regel toevoegen", html);
        Assert.DoesNotContain("handler=RemoveLine", html);
        Assert.Contains("/Account/AccessDenied", (await leader.GetAsync(LinePage(plan.Id))).Location());
        var post = await leader.PostFormAsync(Details(plan.Id) + "?handler=RemoveLine", new() { ["lineId"] = line.Id.ToString(), ["version"] = line.Version.ToString() });
        Assert.True(post.StatusCode == HttpStatusCode.Forbidden || post.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal));
        Assert.False(Assert.Single(await app.LinesAsync(board, version.Id)).IsRemoved);
    }
}
