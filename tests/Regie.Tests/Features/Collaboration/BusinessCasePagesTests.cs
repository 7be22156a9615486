using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PdfSharp.Pdf.IO;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Collaboration;

[Collection(AppCollection.Name)]
public sealed class BusinessCasePagesTests(RegieApp app)
{
    private static string Url(Guid id) => $"/Collaboration/BusinessCase/{id}";

    private static Dictionary<string, string> LineForm(string type = "Cost", string amount = "12.500", string from = "2026", string to = "",
        string frequency = "OneOff", string phase = "Development", string description = "Bouw van de oefenomgeving", string hours = "", string rate = "",
        Guid? lineId = null, int version = 0) => new()
    {
        ["Line.Type"] = type, ["Line.Phase"] = phase, ["Line.RevenueKind"] = type == "Revenue" ? "UserDiscount" : "", ["Line.Description"] = description,
        ["Line.Frequency"] = frequency, ["Line.Amount"] = amount, ["Line.Hours"] = hours, ["Line.HourlyRate"] = rate,
        ["Line.FromYear"] = from, ["Line.ToYear"] = to, ["Line.LineId"] = lineId?.ToString() ?? "", ["Line.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<(Board Board, Initiative Initiative, HttpClient Client)> SetUpAsync(string role = Roles.IctCoordinator)
    {
        var (board, _, client) = await app.BoardUserAsync(role);
        var initiative = new Initiative { BoardId = board.Id, Title = $"Leesomgeving {TestData.Next()}", Ambition = "Beter lezen", StartYear = 2026, DiscountRatePercent = 10m };
        await app.WithDbAsync(async db => { db.Initiatives.Add(initiative); return await db.SaveChangesAsync(); }, board);
        return (board, initiative, client);
    }

    private Task<List<BusinessCaseLine>> LinesAsync(Board board, Guid initiativeId) =>
        app.WithDbAsync(db => db.BusinessCaseLines.Where(l => l.InitiativeId == initiativeId).ToListAsync(), board);

    private async Task AddLinesAsync(Board board, params BusinessCaseLine[] lines)
    {
        await app.WithDbAsync(async db => { db.BusinessCaseLines.AddRange(lines); return await db.SaveChangesAsync(); }, board);
    }

    private static BusinessCaseLine Line(Initiative initiative, LineType type, decimal amount, int from, int? to = null, Frequency frequency = Frequency.Yearly, LifecyclePhase? phase = null) =>
        new() { BoardId = initiative.BoardId, InitiativeId = initiative.Id, Type = type, Amount = amount, FromYear = from, ToYear = to, Frequency = frequency, Phase = phase, Description = $"{type} {amount}" };

    [Fact]
    public async Task Get_AsLeraar_ShowsTheCaseWithoutForms()
    {
        var (_, initiative, client) = await SetUpAsync(Roles.Teacher);

        var html = await client.GetPageAsync(Url(initiative.Id));

        Assert.Contains("Business case", html);
        Assert.Contains("Opgetelde kasstroom per jaar", html);
        Assert.DoesNotContain("handler=SaveLine", html);
    }

    [Fact]
    public async Task SaveLine_AsIctCoordinator_AddsTheLineAndShowsTheTotals()
    {
        var (board, initiative, client) = await SetUpAsync();

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveLine", LineForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var line = Assert.Single(await LinesAsync(board, initiative.Id));
        Assert.Equal(12_500m, line.Amount);
        Assert.Equal(LifecyclePhase.Development, line.Phase);
        Assert.Contains("€ 12.500", WebUtility.HtmlDecode(await client.GetPageAsync(Url(initiative.Id))));
    }

    [Fact]
    public async Task SaveLine_OwnHours_StoresHoursTimesRate()
    {
        var (board, initiative, client) = await SetUpAsync();

        await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveLine",
            LineForm(type: "OwnHours", amount: "", hours: "120", rate: "52,50", frequency: "Yearly", to: "2027", phase: "Maintenance"));

        var line = Assert.Single(await LinesAsync(board, initiative.Id));
        Assert.Equal(6_300m, line.Amount);
        Assert.Equal(2027, line.ToYear);
    }

    [Fact]
    public async Task SaveLine_AsLeraar_IsForbidden()
    {
        var (board, initiative, client) = await SetUpAsync(Roles.Teacher);

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveLine", LineForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Location());
        Assert.Empty(await LinesAsync(board, initiative.Id));
    }

    [Fact]
    public async Task InitiativeOfAnotherBoard_IsNotFound()
    {
        var (otherBoard, other, _) = await SetUpAsync();
        var (_, _, client) = await SetUpAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(other.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(other.Id) + "?handler=Export&format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync(Url(other.Id) + "?handler=SaveLine", LineForm())).StatusCode);
        Assert.Empty(await LinesAsync(otherBoard, other.Id));
    }

    public static TheoryData<Dictionary<string, string>, string> BadLines => new()
    {
        { LineForm(amount: "-500"), "Het bedrag mag niet negatief zijn." },
        { LineForm(frequency: "Yearly", from: "2028", to: "2027"), "Het jaar bij 'Tot en met jaar' ligt vóór het jaar bij 'Vanaf jaar'." },
        { LineForm(from: "2031"), "Het jaar bij 'Vanaf jaar' valt buiten de looptijd (2026 tot en met 2029)." },
        { LineForm(type: "OwnHours", amount: "", hours: "", rate: ""), "Vul het aantal uren in; eigen uren zijn verborgen kosten." },
        { LineForm(type: "OwnHours", amount: "", hours: "10", rate: ""), "Vul het uurtarief in euro's in." },
        { LineForm(description: new string('x', 10_000)), "De omschrijving mag niet langer zijn dan 300 tekens." },
        { LineForm(phase: ""), "Kies de fase waarin deze kosten vallen." },
        { LineForm(amount: "veel"), "Vul bij het bedrag een getal in" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task SaveLine_WithBadInput_ShowsADutchMessageAndSavesNothing(Dictionary<string, string> form, string message)
    {
        var (board, initiative, client) = await SetUpAsync();

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveLine", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await LinesAsync(board, initiative.Id));
    }

    [Fact]
    public async Task EditLine_WithAStaleVersion_GetsTheConflictPageAndChangesNothing()
    {
        var (board, initiative, client) = await SetUpAsync();
        await AddLinesAsync(board, Line(initiative, LineType.Cost, 1000, 2026, frequency: Frequency.OneOff, phase: LifecyclePhase.Development));
        var line = Assert.Single(await LinesAsync(board, initiative.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveLine", LineForm(amount: "2000", lineId: line.Id, version: line.Version))).StatusCode);

        var second = await client.PostFormAsync(Url(initiative.Id) + "?handler=SaveLine", LineForm(amount: "3000", lineId: line.Id, version: line.Version));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Iemand anders heeft deze regel gewijzigd", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        Assert.Equal(2000m, Assert.Single(await LinesAsync(board, initiative.Id)).Amount);
    }

    [Fact]
    public async Task Settings_SaveWithTheVersion_AndAStaleVersionGetsAConflict()
    {
        var (board, initiative, client) = await SetUpAsync();
        var form = new Dictionary<string, string> { ["Settings.StartYear"] = "2027", ["Settings.HorizonYears"] = "6", ["Settings.DiscountRate"] = "2,5", ["Settings.Version"] = initiative.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url(initiative.Id) + "?handler=Settings", form)).StatusCode);
        var stale = await client.PostFormAsync(Url(initiative.Id) + "?handler=Settings", new(form) { ["Settings.HorizonYears"] = "3" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await app.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Id == initiative.Id), board);
        Assert.Equal((2027, 6, 2.5m), (stored.StartYear, stored.HorizonYears, stored.DiscountRatePercent));
    }

    [Theory]
    [InlineData("2027", "0", "4", "De looptijd moet tussen 1 en 15 jaar liggen.")]
    [InlineData("2027", "4", "-1", "De disconteringsvoet moet tussen 0 en 20 procent liggen.")]
    [InlineData("", "4", "4", "Vul het eerste jaar in.")]
    public async Task Settings_WithBadInput_ShowMessagesAndSaveNothing(string start, string horizon, string rate, string message)
    {
        var (board, initiative, client) = await SetUpAsync();

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=Settings", new()
        {
            ["Settings.StartYear"] = start, ["Settings.HorizonYears"] = horizon, ["Settings.DiscountRate"] = rate, ["Settings.Version"] = initiative.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(initiative.Version, (await app.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Id == initiative.Id), board)).Version);
    }

    [Fact]
    public async Task ArchiveLine_KeepsTheLineButLeavesItOutOfTheTotals()
    {
        var (board, initiative, client) = await SetUpAsync();
        await AddLinesAsync(board, Line(initiative, LineType.Cost, 4321, 2026, frequency: Frequency.OneOff, phase: LifecyclePhase.Development));
        var line = Assert.Single(await LinesAsync(board, initiative.Id));

        var response = await client.PostFormAsync(Url(initiative.Id) + "?handler=ArchiveLine", new() { ["lineId"] = line.Id.ToString(), ["version"] = line.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(Assert.Single(await LinesAsync(board, initiative.Id)).ArchivedAt);
        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Url(initiative.Id)));
        Assert.Contains("Gearchiveerde regels (1)", html);
        Assert.Contains("kost het initiatief € 0", html);
    }

    [Fact]
    public async Task Exports_OpenAndContainTheFigures()
    {
        var (board, initiative, client) = await SetUpAsync(Roles.Teacher);
        await AddLinesAsync(board,
            Line(initiative, LineType.Cost, 1000, 2026, frequency: Frequency.OneOff, phase: LifecyclePhase.Development),
            Line(initiative, LineType.Cost, 200, 2027, phase: LifecyclePhase.Exploitation),
            Line(initiative, LineType.Revenue, 500, 2027, 2029),
            Line(initiative, LineType.Subsidy, 300, 2026, 2027));

        var xlsx = await client.GetAsync(Url(initiative.Id) + "?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Samenvatting", "Regels", "Per jaar", "Per fase"], MiniExcel.GetSheetNames(workbook));
        var years = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Per jaar").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([-700m, -100m, 200m, 500m], years.Select(y => Convert.ToDecimal(y["Cumulatieve kasstroom"], System.Globalization.CultureInfo.InvariantCulture)));
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Samenvatting").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(summary, s => (string)s["Onderdeel"] == "Contante waarde bij 10%" && Convert.ToDecimal(s["Bedrag (euro)"], System.Globalization.CultureInfo.InvariantCulture) == 318.78m);

        var pdf = await client.GetAsync(Url(initiative.Id) + "?handler=Export&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal($"Business case: {initiative.Title}", document.Info.Title);
        Assert.True(document.PageCount >= 1);
    }

    [Fact]
    public async Task Page_ShowsNpvWithAndWithoutSubsidyInDutchFormat()
    {
        var (board, initiative, client) = await SetUpAsync();
        await AddLinesAsync(board,
            Line(initiative, LineType.Cost, 1000, 2026, frequency: Frequency.OneOff, phase: LifecyclePhase.Development),
            Line(initiative, LineType.Cost, 200, 2027, phase: LifecyclePhase.Exploitation),
            Line(initiative, LineType.Revenue, 500, 2027, 2029),
            Line(initiative, LineType.Subsidy, 300, 2026, 2027));

        var html = WebUtility.HtmlDecode(await client.GetPageAsync(Url(initiative.Id)));

        Assert.Contains("€ 318,78", html);
        Assert.Contains("€ -253,94", html);
        Assert.Contains("De subsidie stopt na 2027", html);
    }
}
