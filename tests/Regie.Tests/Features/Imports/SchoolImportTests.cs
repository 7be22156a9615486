using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Imports;

[Collection(AppCollection.Name)]
public sealed class SchoolImportTests(RegieApp app)
{
    private async Task<(ImportJob Job, string Html)> UploadAsync(HttpClient client, byte[] content, string name = "vestigingen.csv")
    {
        var response = await client.PostFileAsync("/Imports/Start/schools", content, name);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Location().Split('/').Last());
        return await WaitAsync(client, id);
    }

    private async Task<(ImportJob Job, string Html)> WaitAsync(HttpClient client, Guid id)
    {
        for (var i = 0; i < 1800; i++) // up to three minutes: fifty thousand rows on a busy CI machine
        {
            var job = await app.WithDbAsync(db => db.ImportJobs.IgnoreQueryFilters().AsNoTracking().SingleAsync(j => j.Id == id));
            if (!job.IsBusy) return (job, WebUtility.HtmlDecode(await client.GetPageAsync($"/Imports/Details/{id}")));
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish.");
    }

    private async Task<(ImportJob Job, string Html)> CommitAsync(HttpClient client, Guid id)
    {
        var response = await client.PostFormAsync($"/Imports/Details/{id}?handler=Commit", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WaitAsync(client, id);
    }

    private Task<int> SchoolCountAsync(Board board) => app.WithDbAsync(db => db.Schools.CountAsync(), board);

    [Fact]
    public async Task ValidFile_InWindows1252_PreviewsThenCommitsEveryRow()
    {
        var (board, _, client) = await app.BoardUserAsync();
        string brinA = TestData.NewBrin(), brinB = TestData.NewBrin();
        var file = new DuoFile()
            .Row(board.BoardNumber, brinA, "00", "Basisschool Ëlckerlyc", city: "Zoë-dorp")
            .Row(board.BoardNumber, brinA, "01", "Basisschool Ëlckerlyc dependance")
            .Row(board.BoardNumber, brinB, "00", "Café-school De Eenhoorn", city: "'S-HERTOGENBOSCH")
            .Row(TestData.NewBoardNumber(), TestData.NewBrin(), "00", "School van een ander bestuur");

        var (job, preview) = await UploadAsync(client, file.Windows1252());

        Assert.Equal(ImportStatus.Validated, job.Status);
        Assert.Equal((4, 3, 1, 0), (job.TotalRows, job.ValidRows, job.SkippedRows, job.ErrorCount));
        Assert.Contains("Basisschool Ëlckerlyc", preview);
        Assert.Contains("1 regels horen bij andere besturen", preview);
        Assert.Contains("3 regels importeren", preview);
        Assert.Equal(0, await SchoolCountAsync(board));

        var (done, result) = await CommitAsync(client, job.Id);

        Assert.Equal(ImportStatus.Committed, done.Status);
        Assert.Contains("De import is voltooid", result);
        var schools = await app.WithDbAsync(db => db.Schools.OrderBy(s => s.LocationCode).ToListAsync(), board);
        Assert.Equal(3, schools.Count);
        Assert.Equal("Zoë-dorp", schools.Single(s => s.Name == "Basisschool Ëlckerlyc").City);
        Assert.Equal("01", schools.Single(s => s.Name.EndsWith("dependance", StringComparison.Ordinal)).LocationNumber);
        Assert.Equal("https://www.school3.nl", schools.Single(s => s.Brin == brinB).Website);
        Assert.Equal("'s-Hertogenbosch", schools.Single(s => s.Brin == brinB).City);
    }

    [Fact]
    public async Task Utf8WithBom_IsReadWithoutGarbling()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var file = new DuoFile().Row(board.BoardNumber, TestData.NewBrin(), "00", "Daltonschool Één");

        var (job, preview) = await UploadAsync(client, file.Utf8WithBom());

        Assert.Equal(ImportStatus.Validated, job.Status);
        Assert.Contains("Daltonschool Één", preview);
    }

    [Fact]
    public async Task OlderHeaderNames_AreAccepted()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var brin = TestData.NewBrin();
        var text = $"BEVOEGD GEZAG NUMMER;BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;PLAATSNAAM;DENOMINATIE\r\n{board.BoardNumber};{brin};{brin}02;OBS Oud Formaat;Tiel;Openbaar\r\n";

        var (job, _) = await UploadAsync(client, Encoding.UTF8.GetBytes(text));

        Assert.Equal(ImportStatus.Validated, job.Status);
        Assert.Equal(1, job.ValidRows);
        Assert.Equal($"{brin}02", job.Preview.Rows[0][0]);
    }

    [Fact]
    public async Task TwoBadRows_AreBothReportedWithLineAndReason_AndNothingCanBeCommitted()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var file = new DuoFile()
            .Row(board.BoardNumber, TestData.NewBrin(), "00", "OBS Goed")
            .Row(board.BoardNumber, "1X2Y", "00", "OBS Foute BRIN")
            .Row(board.BoardNumber, TestData.NewBrin(), "00", "OBS Foute postcode", postcode: "ABCD 12");

        var (job, html) = await UploadAsync(client, file.Windows1252());

        Assert.Equal(ImportStatus.Invalid, job.Status);
        Assert.Equal(2, job.ErrorCount);
        Assert.Contains(job.Errors, e => e.Line == 3 && e.Message.Contains("BRIN '1X2Y' is ongeldig", StringComparison.Ordinal));
        Assert.Contains(job.Errors, e => e.Line == 4 && e.Message.Contains("Postcode 'ABCD 12' is ongeldig", StringComparison.Ordinal));
        Assert.Contains("er is niets opgeslagen", html);
        Assert.DoesNotContain("handler=Commit", html);

        var forced = await client.PostFormAsync($"/Imports/Details/{job.Id}?handler=Commit", []);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal(0, await SchoolCountAsync(board));
    }

    [Fact]
    public async Task DuplicatedLocation_IsReportedOnTheSecondLine()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var brin = TestData.NewBrin();
        var file = new DuoFile().Row(board.BoardNumber, brin, "00", "OBS Eén").Row(board.BoardNumber, brin, "00", "OBS Twee");

        var (job, _) = await UploadAsync(client, file.Windows1252());

        var error = Assert.Single(job.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains($"BRIN {brin}) staat dubbel in het bestand: ook op regel 2", error.Message);
    }

    [Fact]
    public async Task LocationOfAnotherBoard_IsAnError()
    {
        var taken = await app.CreateSchoolAsync(await app.CreateBoardAsync());
        var (board, _, client) = await app.BoardUserAsync();

        var (job, _) = await UploadAsync(client, new DuoFile().Row(board.BoardNumber, taken.Brin, "00", "Overgenomen school").Windows1252());

        Assert.Contains("al geregistreerd bij een ander bestuur", Assert.Single(job.Errors).Message);
    }

    [Theory]
    [InlineData("   \r\n", "Het bestand is leeg")]
    [InlineData("BEVOEGD GEZAG NUMMER,INSTELLINGSCODE,VESTIGINGSNAAM,PLAATSNAAM\r\n12345,12AB,School,Tiel\r\n", "Het bestand gebruikt komma's als scheidingsteken")]
    [InlineData("BEVOEGD GEZAG NUMMER\tINSTELLINGSCODE\tVESTIGINGSNAAM\tPLAATSNAAM\r\n", "Het bestand gebruikt tabs als scheidingsteken")]
    [InlineData("BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSNAAM\r\n12345;12AB;School\r\n", "De kolom 'PLAATSNAAM' ontbreekt")]
    [InlineData("BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSNAAM;PLAATSNAAM\r\n", "alleen een kopregel")]
    public async Task UnreadableFiles_GiveAClearMessage(string content, string message)
    {
        var (board, _, client) = await app.BoardUserAsync();

        var (job, html) = await UploadAsync(client, Encoding.UTF8.GetBytes(content));

        Assert.Equal(ImportStatus.Invalid, job.Status);
        Assert.Contains(message, job.FileError);
        Assert.Contains(message, html);
        Assert.Equal(0, await SchoolCountAsync(board));
    }

    [Fact]
    public async Task ZeroByteFile_IsRefusedOnTheForm()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var response = await client.PostFileAsync("/Imports/Start/schools", [], "leeg.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bestand is leeg.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportJobs.CountAsync(), board));
    }

    [Fact]
    public async Task NoFileChosen_IsAFormError()
    {
        var (_, _, client) = await app.BoardUserAsync();
        var response = await client.PostFormAsync("/Imports/Start/schools", []);
        Assert.Contains("Kies een bestand om te importeren.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task RandomBytes_AreRecognisedAsNotACsvFile()
    {
        var (_, _, client) = await app.BoardUserAsync();
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);

        var (job, html) = await UploadAsync(client, bytes, "foto.jpg");

        Assert.Equal(ImportStatus.Invalid, job.Status);
        Assert.Contains("geen leesbaar CSV-bestand", job.FileError);
        Assert.Contains("geen leesbaar CSV-bestand", html);
    }

    [Fact]
    public async Task FiftyThousandRows_AreCheckedAndCommittedAllAtOnce()
    {
        var (board, _, client) = await app.BoardUserAsync();
        var file = new DuoFile();
        // BRINs no earlier test has used: deleting theirs would fail once pupils, groups or other records refer to them.
        var taken = (await app.WithDbAsync(db => db.Schools.IgnoreQueryFilters().Select(s => s.Brin).Distinct().ToListAsync())).ToHashSet();
        var brins = Enumerable.Range(0, 90 * 26 * 26).Select(i => $"{10 + i % 90}{(char)('A' + i / 90 % 26)}{(char)('A' + i / 90 / 26)}")
            .Where(b => !taken.Contains(b)).Take(500).ToList();
        var rows = 0;
        foreach (var brin in brins)
            for (var location = 0; location < 100 && rows < 50_000; location++, rows++)
                file.Row(board.BoardNumber, brin, location.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), $"School {rows}");

        var (job, _) = await UploadAsync(client, file.Windows1252());
        Assert.True(job.Status == ImportStatus.Validated, job.FileError ?? string.Join("\n", job.Errors.Take(5)));
        Assert.Equal(50_000, job.ValidRows);

        var (done, _) = await CommitAsync(client, job.Id);
        Assert.Equal(ImportStatus.Committed, done.Status);
        Assert.Equal(50_000, await SchoolCountAsync(board));
        await app.WithDbAsync(db => db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == board.Id).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task CommitFindingNewConflicts_SavesNothingAndShowsThem()
    {
        var (board, _, client) = await app.BoardUserAsync();
        string free = TestData.NewBrin(), contested = TestData.NewBrin();
        var file = new DuoFile().Row(board.BoardNumber, free, "00", "OBS Vrij").Row(board.BoardNumber, contested, "00", "OBS Betwist");
        var (job, _) = await UploadAsync(client, file.Windows1252());
        Assert.True(job.CanCommit);

        var rival = await app.CreateBoardAsync();
        var school = new School { BoardId = rival.Id, Name = "Eerder geregistreerd", City = "Tiel" };
        school.SetCode(contested, "00");
        await app.WithDbAsync(async db => { db.Schools.Add(school); return await db.SaveChangesAsync(); }, rival);

        var (done, html) = await CommitAsync(client, job.Id);

        Assert.Equal(ImportStatus.Invalid, done.Status);
        Assert.Contains("al geregistreerd bij een ander bestuur", html);
        Assert.Equal(0, await SchoolCountAsync(board));
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.IctCoordinator)]
    public async Task Import_WithoutBeheerderRole_IsForbidden(string role)
    {
        var (_, _, client) = await app.BoardUserAsync(role);
        var response = await client.GetAsync("/Imports/Start/schools");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Location());
    }

    [Fact]
    public async Task BusyImport_ShowsProgressThatRefreshesItself()
    {
        var (board, user, client) = await app.BoardUserAsync();
        var job = new ImportJob { OrganizationId = board.Id, Kind = "schools", FileName = "groot.csv", Content = [1], CreatedById = user.Id, CreatedByName = "Test", CreatedAt = DateTimeOffset.UtcNow };
        await app.WithDbAsync(async db => { db.ImportJobs.Add(job); return await db.SaveChangesAsync(); }, board);
        await app.WithServicesAsync(s => { s.GetRequiredService<ImportProgress>().Report(job.Id, 12_000, 50_000); return Task.FromResult(0); });

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/Imports/Details/{job.Id}");
        request.Headers.Add("HX-Request", "true");
        var fragment = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("hx-trigger=\"every 1s\"", fragment);
        Assert.Contains("<progress", fragment);
        Assert.Contains("12.000 van 50.000 regels verwerkt", fragment);
        await app.WithServicesAsync(s => { s.GetRequiredService<ImportProgress>().Clear(job.Id); return Task.FromResult(0); });
    }

    [Fact]
    public async Task UnknownImportKind_IsNotFound()
    {
        var (_, _, client) = await app.BoardUserAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Imports/Start/pupils")).StatusCode);
    }
}
