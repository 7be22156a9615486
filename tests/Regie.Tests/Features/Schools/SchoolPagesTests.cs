using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Schools;

[Collection(AppCollection.Name)]
public sealed class SchoolPagesTests(RegieApp app)
{
    private static Dictionary<string, string> Form(string brin, string name = "OBS De Linde", string city = "Gorinchem", string location = "00", string? postcode = "4201 AB", int version = 0) => new()
    {
        ["Input.Name"] = name, ["Input.Brin"] = brin, ["Input.LocationNumber"] = location, ["Input.City"] = city,
        ["Input.Postcode"] = postcode ?? "", ["Input.Street"] = "Lingewal", ["Input.HouseNumber"] = "7-A",
        ["Input.Denomination"] = "Openbaar", ["Input.Website"] = "www.delinde.nl", ["Input.PupilCount"] = "215", ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task List_ShowsOnlyTheBoardsOwnSchools()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var own = await app.CreateSchoolAsync(board);
        var other = await app.CreateSchoolAsync(await app.CreateBoardAsync());

        var html = await client.GetPageAsync("/Schools");

        Assert.Contains(own.Name, html);
        Assert.DoesNotContain(other.Name, html);
    }

    [Fact]
    public async Task List_FiltersSortsAndPages()
    {
        var (board, _, client) = await app.BoardUserAsync();
        for (var i = 0; i < 30; i++) await app.CreateSchoolAsync(board, $"School {i:D2} Zuid", i % 2 == 0 ? "Almere" : "Zwolle");

        var zwolle = await client.GetPageAsync("/Schools?Q=zwolle&Sort=naam&Desc=true");
        Assert.Contains("15 scholen gevonden", zwolle);
        Assert.True(zwolle.IndexOf("School 29 Zuid", StringComparison.Ordinal) < zwolle.IndexOf("School 01 Zuid", StringComparison.Ordinal));
        Assert.DoesNotContain("School 00 Zuid", zwolle);

        var second = await client.GetPageAsync("/Schools?Sort=naam&PageNumber=2");
        Assert.Contains("School 25 Zuid", second);
        Assert.DoesNotContain("School 24 Zuid", second);
    }

    [Fact]
    public async Task List_ShowsAChangeSavedElsewhereOnTheNextRequest()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board, "OBS De Vlinder");
        Assert.Contains(">OBS De Vlinder</a>", await client.GetPageAsync("/Schools"));

        // Another context, as another app instance would save it; the list must not show its copy from before.
        await app.WithDbAsync(async db =>
        {
            (await db.Schools.SingleAsync(s => s.Id == school.Id)).Name = "OBS De Libel";
            return await db.SaveChangesAsync();
        }, board);
        var added = await app.CreateSchoolAsync(board, "KBS De Wilg");

        var html = await client.GetPageAsync("/Schools");
        Assert.Contains(">OBS De Libel</a>", html);
        Assert.DoesNotContain("OBS De Vlinder", html);
        Assert.Contains($">{added.Name}</a>", html);
    }

    [Fact]
    public async Task List_KeepsEachBoardsSchoolsApartWhenBothAreInMemory()
    {
        var (boardA, _, clientA) = await app.BoardUserAsync(Roles.Teacher);
        var (boardB, _, clientB) = await app.BoardUserAsync(Roles.Teacher);
        var schoolA = await app.CreateSchoolAsync(boardA);
        var schoolB = await app.CreateSchoolAsync(boardB);

        for (var round = 0; round < 2; round++)
        {
            var htmlA = await clientA.GetPageAsync("/Schools");
            var htmlB = await clientB.GetPageAsync("/Schools");
            Assert.Contains(schoolA.Name, htmlA);
            Assert.DoesNotContain(schoolB.Name, htmlA);
            Assert.Contains(schoolB.Name, htmlB);
            Assert.DoesNotContain(schoolA.Name, htmlB);
        }
        var exportA = await (await clientA.GetAsync("/Schools?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(schoolA.Name, exportA);
        Assert.DoesNotContain(schoolB.Name, exportA);
    }

    [Fact]
    public async Task List_SortsNamesTheDutchWayAndPupilCountsWithBlanksLast()
    {
        var (board, _, client) = await app.BoardUserAsync();
        await app.CreateSchoolAsync(board, "De Zon");
        await app.CreateSchoolAsync(board, "de Achtbaan");
        await app.CreateSchoolAsync(board, "Zeester");
        var unknown = await app.CreateSchoolAsync(board, "Öcher School");
        await app.WithDbAsync(async db =>
        {
            (await db.Schools.SingleAsync(s => s.Id == unknown.Id)).PupilCount = null;
            return await db.SaveChangesAsync();
        }, board);

        // Case and accents do not decide the order (a byte-wise sort would put "De Zon" first and "Öcher" last).
        var byName = WebUtility.HtmlDecode(await client.GetPageAsync("/Schools?Sort=naam"));
        var order = new[] { ">de Achtbaan<", ">De Zon<", ">Öcher School<", ">Zeester<" }.Select(n => byName.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        foreach (var desc in new[] { "false", "true" })
        {
            var byPupils = WebUtility.HtmlDecode(await client.GetPageAsync($"/Schools?Sort=leerlingen&Desc={desc}"));
            Assert.True(byPupils.IndexOf(">Öcher School<", StringComparison.Ordinal) > byPupils.IndexOf(">Zeester<", StringComparison.Ordinal), $"Desc={desc}");
        }
    }

    [Theory]
    [InlineData("elckerlyc")]
    [InlineData("ËLCK")]
    [InlineData("zoë-dorp")]
    public async Task List_SearchIgnoresCaseAndAccents(string term)
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board, "OBS Ëlckerlyc", "Zoë-dorp");

        var html = await client.GetPageAsync($"/Schools?Q={Uri.EscapeDataString(term)}");

        Assert.Contains($">{school.Name}</a>", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task List_LinksEachSchoolToItsDetailsPage()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board);

        var html = await client.GetPageAsync("/Schools");

        Assert.Contains($"href=\"/Schools/Details/{school.Id}\"", html);
        Assert.Contains(school.LocationCode, await client.GetPageAsync($"/Schools/Details/{school.Id}"));
    }

    [Fact]
    public async Task List_AsHtmxRequest_ReturnsOnlyTheRows()
    {
        var (board, _, client) = await app.BoardUserAsync();
        await app.CreateSchoolAsync(board);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Schools?Q=Test");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html);
        Assert.Contains("scholen gevonden", html.Replace("school gevonden", "scholen gevonden", StringComparison.Ordinal));
        Assert.Contains("HX-Request", response.Headers.Vary);
    }

    [Fact]
    public async Task Forms_NameTheirFieldsSoTheyBind()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board);

        foreach (var html in new[] { await client.GetPageAsync("/Schools/Create"), await client.GetPageAsync($"/Schools/Edit/{school.Id}") })
        {
            Assert.Contains("name=\"Input.Brin\"", html);
            Assert.Contains("id=\"Input_Brin\"", html);
            Assert.Contains("<label class=\"utrecht-form-label\" for=\"Input_Brin\">", html);
        }
    }

    [Fact]
    public async Task Create_AsBeheerder_SavesTheSchoolWithAnAuditEntry()
    {
        var (board, user, client) = await app.BoardUserAsync();
        var brin = TestData.NewBrin();

        var response = await client.PostFormAsync("/Schools/Create", Form(brin));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var school = await app.WithDbAsync(db => db.Schools.SingleAsync(s => s.Brin == brin), board);
        Assert.Equal("4201 AB", school.Postcode);
        Assert.Equal(board.Id, school.BoardId);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == school.Id), board);
        Assert.Equal(AuditAction.Created, audit.Action);
        Assert.Equal(user.Id, audit.UserId);
        Assert.Contains(audit.Changes, c => c.Field == "Naam" && c.New == "OBS De Linde");
    }

    [Theory]
    [InlineData("1BR", "00", "4201 AB", "De BRIN-code bestaat uit 2 cijfers en 2 letters")]
    [InlineData("VALID", "0A", "4201 AB", "Het vestigingsnummer bestaat uit 2 cijfers")]
    [InlineData("VALID", "00", "42011", "De postcode bestaat uit 4 cijfers en 2 letters")]
    [InlineData("VALID", "00", "4201 AB", "Vul de naam van de school in.")]
    public async Task Create_WithBadInput_ShowsADutchMessageAndSavesNothing(string brin, string location, string postcode, string message)
    {
        var (board, _, client) = await app.BoardUserAsync();
        var form = Form(brin == "VALID" ? TestData.NewBrin() : brin, location: location, postcode: postcode);
        if (message.StartsWith("Vul de naam", StringComparison.Ordinal)) form["Input.Name"] = " ";

        var response = await client.PostFormAsync("/Schools/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Schools.CountAsync(), board));
    }

    [Fact]
    public async Task Create_WithLettersInANumberField_SaysSoInDutch()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var form = Form(TestData.NewBrin());
        form["Input.PupilCount"] = "veel";

        var html = WebUtility.HtmlDecode(await (await client.PostFormAsync("/Schools/Create", form)).Content.ReadAsStringAsync());

        Assert.Contains("“veel” is geen geldige waarde voor Aantal leerlingen.", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Schools.CountAsync(), board));
    }

    [Fact]
    public async Task Create_WithALocationCodeInUseByAnotherBoard_IsRefused()
    {
        var existing = await app.CreateSchoolAsync(await app.CreateBoardAsync());
        var (board, _, client) = await app.BoardUserAsync();

        var response = await client.PostFormAsync("/Schools/Create", Form(existing.Brin));

        Assert.Contains($"Vestiging {existing.LocationCode} is al geregistreerd", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Schools.CountAsync(), board));
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Purchaser)]
    public async Task Create_WithoutBeheerderRole_IsForbidden(string role)
    {
        var (board, _, client) = await app.BoardUserAsync(role);

        var get = await client.GetAsync("/Schools/Create");
        var post = await client.PostFormAsync("/Schools/Create", Form(TestData.NewBrin()));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/Account/AccessDenied", get.Location());
        Assert.Contains("/Account/AccessDenied", post.Location());
        Assert.Equal(0, await app.WithDbAsync(db => db.Schools.CountAsync(), board));
    }

    [Fact]
    public async Task Edit_RecordsOldAndNewValuesOnTheChangesTab()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board, "CBS De Wegwijzer");

        var response = await client.PostFormAsync($"/Schools/Edit/{school.Id}", Form(school.Brin, name: "CBS De Wegwijzer Noord", version: school.Version));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var history = WebUtility.HtmlDecode(await client.GetPageAsync($"/Schools/Details/{school.Id}?tab=wijzigingen"));
        Assert.Contains("<del>CBS De Wegwijzer</del>", history);
        Assert.Contains("<ins>CBS De Wegwijzer Noord</ins>", history);
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_IsRefusedAndOverwritesNothing()
    {
        var (board, user, first) = await app.BoardUserAsync();
        var second = await app.LoginAsync((await app.CreateUserAsync(board, Roles.Administrator)).Email!);
        var school = await app.CreateSchoolAsync(board, "OBS Het Palet");
        _ = user;

        var saved = await first.PostFormAsync($"/Schools/Edit/{school.Id}", Form(school.Brin, name: "OBS Het Palet (eerste)", version: school.Version));
        var refused = await second.PostFormAsync($"/Schools/Edit/{school.Id}", Form(school.Brin, name: "OBS Het Palet (tweede)", version: school.Version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Iemand anders heeft deze school gewijzigd", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("OBS Het Palet (eerste)", (await app.FindAsync<School>(school.Id)).Name);
    }

    [Fact]
    public async Task Archive_KeepsTheSchoolAndRestoreBringsItBack()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board);

        await client.PostFormAsync($"/Schools/Details/{school.Id}?handler=Archive", new() { ["version"] = "0" });
        var archived = await app.FindAsync<School>(school.Id);
        Assert.True(archived.IsArchived);
        Assert.DoesNotContain($">{school.Name}</a>", await client.GetPageAsync("/Schools"));
        Assert.Contains($">{school.Name}</a>", await client.GetPageAsync("/Schools?Status=gearchiveerd"));

        await client.PostFormAsync($"/Schools/Details/{school.Id}?handler=Restore", new() { ["version"] = archived.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.False((await app.FindAsync<School>(school.Id)).IsArchived);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == school.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(), board);
        Assert.Equal([AuditAction.Created, AuditAction.Archived, AuditAction.Restored], actions);
    }

    [Fact]
    public async Task Delete_IsNeverAllowed()
    {
        var board = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board);

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.Schools.Remove(await db.Schools.SingleAsync(s => s.Id == school.Id));
            return await db.SaveChangesAsync();
        }, board));
    }

    [Fact]
    public async Task ExportCsv_UsesDutchFormats()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board, "OBS Ëlckerlyc");
        await app.WithDbAsync(async db => { (await db.Schools.SingleAsync(s => s.Id == school.Id)).PupilCount = 1234; return await db.SaveChangesAsync(); }, board);

        var response = await client.GetAsync("/Schools?handler=Export&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("\uFEFFNaam;Vestigingscode;Plaats;Denominatie;Aantal leerlingen;Gearchiveerd op", text);
        Assert.Contains($"OBS Ëlckerlyc;{school.LocationCode};Utrecht;;1.234;", text);
    }

    [Fact]
    public async Task ExportXlsx_OpensWithTypedCells()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var school = await app.CreateSchoolAsync(board);

        var response = await client.GetAsync("/Schools?handler=Export&format=xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var row = Assert.Single(rows);
        Assert.Equal(school.Name, row["Naam"]);
        Assert.Equal(200d, Convert.ToDouble(row["Aantal leerlingen"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Export_WithUnknownFormat_IsABadRequest()
    {
        var (_, _, client) = await app.BoardUserAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/Schools?handler=Export&format=pdf")).StatusCode);
    }
}
