using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain.Register.Import;
using Regie.Web.Infrastructure.Import;

namespace Regie.Tests.Features.Chain.Register;

/// <summary>Every bad file gets its own clear Dutch message, stores nothing and never a 500.</summary>
[Collection(AppCollection.Name)]
public sealed class PupilImportBadInputTests(RegieApp app)
{
    public static TheoryData<string, string> BadXml => new()
    {
        { "dtd", "bevat een DTD" },
        { "external-entity", "bevat een DTD" },
        { "namespace", "Dit is geen leerlinggegevensbestand in het UWLR-formaat" },
        { "truncated", "Het XML-bestand is onvolledig of beschadigd" },
        { "malformed", "Het XML-bestand is onvolledig of beschadigd" },
        { "other-school", "Dit bestand is van een andere school" },
        { "other-location", "Dit bestand is van een andere vestiging" },
        { "school-year", "Het schooljaar in het bestand is ongeldig" },
        { "no-pupils", "Het XML-bestand bevat geen leerlingen" },
    };

    [Theory]
    [MemberData(nameof(BadXml))]
    public async Task BadXml_IsRefusedAsAWhole(string kind, string message)
    {
        var setup = await app.RegisterKeeperAsync();
        var pupils = new[] { TestPupil.Make() };
        var brin = setup.School.Brin;
        var content = kind switch
        {
            "dtd" => PupilFiles.Xml(brin, pupils, prolog: "<!DOCTYPE leerlinggegevens_antwoord [<!ENTITY groot \"x\">]>\n"),
            "external-entity" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(PupilFiles.Xml(brin, pupils, prolog: "<!DOCTYPE leerlinggegevens_antwoord [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"))
                .Replace("<roepnaam>", "<roepnaam>&xxe;", StringComparison.Ordinal)),
            "namespace" => PupilFiles.Xml(brin, pupils, ns: "http://example.org/leerlingen"),
            "truncated" => PupilFiles.Xml(brin, pupils)[..^60],
            "malformed" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(PupilFiles.Xml(brin, pupils)).Replace("</achternaam>", "</achternam>", StringComparison.Ordinal)),
            "other-school" => PupilFiles.Xml(TestData.NewBrin(), pupils),
            "other-location" => PupilFiles.Xml(brin, pupils, location: "07"),
            "school-year" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(PupilFiles.Xml(brin, pupils)).Replace("2025-2026", "2025-2027", StringComparison.Ordinal)),
            "no-pupils" => PupilFiles.Xml(brin, []),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var (job, html) = await app.UploadPupilsAsync(setup.Client, setup.School, content, "leerlinggegevens.xml");

        Assert.Equal(ImportStatus.Invalid, job.Status);
        Assert.Contains(message, job.FileError);
        Assert.Contains(message, html);
        Assert.Contains("Er is niets opgeslagen", html);
        Assert.Empty(job.Content);
        Assert.Empty(await app.PupilsOfAsync(setup.Board));
        Assert.Equal(0, await app.WithDbAsync(db => db.PupilGroups.CountAsync(), setup.Board));
    }

    [Fact]
    public async Task BadRows_NameTheFieldButNeverTheValue()
    {
        var setup = await app.RegisterKeeperAsync();
        var good = TestPupil.Make();
        var badBsn = TestPupil.Make() with { Number = "123456789" };
        var future = TestPupil.Make() with { Born = DateOnly.FromDateTime(DateTime.Today.AddYears(1)) };
        var yearGroup = TestPupil.Make() with { YearGroup = 9 };
        var sameNumber = TestPupil.Make() with { Number = good.Number };
        var samePupilNumber = TestPupil.Make() with { PupilNumber = good.PupilNumber };
        var eckId = TestPupil.Make() with { EckId = "https://ketenid.nl/201703/ABC" };
        var noName = TestPupil.Make() with { FamilyName = "" };
        var csv = Encoding.UTF8.GetString(PupilFiles.Csv([good, badBsn, future, yearGroup, sameNumber, samePupilNumber, eckId, noName]))
            + $"L{TestData.Next()};{TestPupils.Bsn()};;Kees;;Jansen;5A;Groep 5A;5;31-02-2017;\r\n";

        var (job, html) = await app.UploadPupilsAsync(setup.Client, setup.School, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(ImportStatus.Invalid, job.Status);
        string ErrorOn(int line) => string.Join(" ", job.Errors.Where(e => e.Line == line).Select(e => e.Message));
        Assert.Contains("BSN is ongeldig", ErrorOn(3));
        Assert.Contains("Geboortedatum ligt in de toekomst", ErrorOn(4));
        Assert.Contains("Jaargroep moet een getal van 1 tot en met 8 zijn", ErrorOn(5));
        Assert.Contains("Hetzelfde BSN of onderwijsnummer staat ook op regel 2", ErrorOn(6));
        Assert.Contains($"Leerlingnummer {good.PupilNumber} staat ook op regel 2", ErrorOn(7));
        Assert.Contains("ECK iD is ongeldig", ErrorOn(8));
        Assert.Contains("Achternaam ontbreekt", ErrorOn(9));
        Assert.Contains("Geboortedatum is geen geldige datum", ErrorOn(10));
        foreach (var secret in new[] { good.Number, badBsn.Number, "31-02-2017", "ketenid.nl/201703/ABC" })
        {
            Assert.False(html.Contains(secret, StringComparison.Ordinal), "Een foutmelding toont een nummer, datum of ECK iD.");
            Assert.False(job.Errors.Any(e => e.Message.Contains(secret, StringComparison.Ordinal)), "Een bewaarde fout bevat een nummer, datum of ECK iD.");
        }
        Assert.Empty(job.Content);
        Assert.Empty(await app.PupilsOfAsync(setup.Board));
    }

    [Fact]
    public async Task EckIdOfAnotherPupil_IsAnError()
    {
        var setup = await app.RegisterKeeperAsync();
        var first = TestPupil.Make(eckId: true);
        await app.ImportPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([first]));

        var (job, _) = await app.UploadPupilsAsync(setup.Client, setup.School, PupilFiles.Csv([first with { EckId = null }, TestPupil.Make() with { EckId = first.EckId }]));

        Assert.Contains("Het ECK iD hoort in Regie al bij een andere leerling", Assert.Single(job.Errors).Message);
    }

    [Fact]
    public async Task HundredMegabyteUpload_GetsTheSizeMessage_AndNoJob()
    {
        var setup = await app.RegisterKeeperAsync();
        var content = new byte[100 * 1024 * 1024];
        Array.Fill(content, (byte)'a');

        var response = await setup.Client.PostFileAsync(RegisterTestData.StartUrl(setup.School), content, "groot.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bestand is groter dan 64 MB", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportJobs.CountAsync(), setup.Board));
    }

    [Fact]
    public async Task ChunkedUploadOverTheFormLimit_GetsTheSizeMessage()
    {
        var setup = await app.RegisterKeeperAsync();
        var token = await TokenAsync(setup.Client, RegisterTestData.StartUrl(setup.School));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new StreamContent(new MemoryStream(new byte[70 * 1024 * 1024])), "file", "groot.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, RegisterTestData.StartUrl(setup.School)) { Content = form };
        request.Headers.TransferEncodingChunked = true;

        var response = await setup.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bestand is groter dan 64 MB", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task UploadWithoutAntiforgeryToken_IsRefused()
    {
        var setup = await app.RegisterKeeperAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(PupilFiles.Csv([TestPupil.Make()])), "file", "leerlingen.csv" } };
        var response = await setup.Client.PostAsync(RegisterTestData.StartUrl(setup.School), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportJobs.CountAsync(), setup.Board));
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetPageAsync(url);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
