using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.BrowserTests.Pages.Chain;
using Regie.BrowserTests.Pages.Market;
using Regie.Web.Features.Chain;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Chain;

/// <summary>
/// The chain from the school's export to the results coming back: the ICT coordinator imports a new group and shares it,
/// the supplier's system fetches pseudonyms and delivers results through the API, and the privacy contact finds both
/// in the access log and answers a subject-access request. Every form by keyboard only.
/// </summary>
[Collection(RegieCollection.Name)]
public sealed partial class PupilSharingTests(RegieFixture app)
{
    private const string Supplier = "Leerwijzer Educatief B.V.";
    // The demo agreement covers Rekenroute only, and Rekenroute already has a rule: this product has neither yet.
    private const string Product = "Rekenroute Toetsen";
    private const string NewGroup = "8B";
    private const string KeyName = "Toetskoppeling groep 8B";

    private static readonly (string Given, string? Prefix, string Family)[] Newcomers =
    [
        ("Fenna", null, "Wijnstra"), ("Jesse", "van", "Drielhuis"), ("Ilse", null, "Hofkamp"),
        ("Tijn", null, "Zijlmans"), ("Roos", "ter", "Brugghe"), ("Milan", null, "Oudeboom"),
    ];

    [Fact]
    public async Task A_coordinator_imports_and_shares_a_new_group_the_supplier_fetches_pseudonyms_and_delivers_results_and_the_privacy_contact_sees_both()
    {
        var school = (await app.PrimaryBoardSchoolsAsync())[1];
        var known = await app.DemoExportAsync(school.Id);
        Assert.NotEmpty(known);
        var bornIn = DateTime.Today.Year - 12;
        var newcomers = Newcomers.Select((n, i) => new ExportedPupil(PupilExport.MadeUpBsn(), PupilNumberKind.Bsn,
            (8201 + i).ToString(CultureInfo.InvariantCulture), n.Given, n.Prefix, n.Family, NewGroup, $"Groep {NewGroup}", 8, new DateOnly(bornIn, 2, 3 + i))).ToList();

        await using var coordinator = await app.NewContextAsync(Roles.IctCoordinator);
        var page = await coordinator.NewPageAsync();
        await ImportAsync(page, school.Name, newcomers, known);
        var nav = new ChainNav(page);
        await ShareAsync(page, nav, school.Name);

        // The supplier makes a key for its own system; everything after that goes through the API.
        var key = await CreateApiKeyAsync();
        await using var anonymous = await app.NewContextAsync();
        var api = anonymous.APIRequest;
        var headers = new Dictionary<string, string> { ["X-Api-Key"] = key };
        var (rule, pseudonyms) = await FetchRosterAsync(api, headers, school.LocationCode, newcomers.Concat(known).ToList());
        await DeliverAsync(api, headers, rule, pseudonyms);

        await AnswerSubjectAccessAsync(page, nav, school.Name, newcomers[0], pseudonyms.Count);
    }

    /// <summary>Leerlinggegevens → Leerlingen → the school → Importeer leerlingen: preview without numbers, commit, the new group listed.</summary>
    private static async Task ImportAsync(IPage page, string school, List<ExportedPupil> newcomers, IReadOnlyList<ExportedPupil> known)
    {
        await ChainNav.OpenAsync(page, "Leerlingen");
        await Axe.AssertNoViolationsAsync(page);
        var register = await new RegisterIndexPage(page).OpenAsync(school);
        await Axe.AssertNoViolationsAsync(page);
        await register.Import.ClickAsync();
        var import = new ImportPage(page);
        await Expect(import.Heading).ToHaveTextAsync("Leerlingen importeren uit de leerlingadministratie");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Voor {school}");
        await Axe.AssertNoViolationsAsync(page);

        // A complete export of the school: the newcomers first, then every pupil the school already has.
        await import.UploadAsync("leerlingen.csv", PupilExport.Csv(newcomers.Concat(known)));

        var total = newcomers.Count + known.Count;
        await Expect(import.Commit).ToHaveTextAsync($"{total} regels importeren");
        await Expect(page.GetByText($"{newcomers.Count} nieuwe leerlingen, {known.Count} al bekend.")).ToBeVisibleAsync();
        foreach (var pupil in newcomers)
            await Expect(import.Preview.GetByRole(AriaRole.Row).Filter(new() { HasText = pupil.FullName })).ToContainTextAsync("Nieuw");
        await AssertNoNumbersAsync(page, newcomers.Concat(known), "the import preview");
        await Screenshots.TakeAsync(page, "chain-import-preview");
        await Axe.AssertNoViolationsAsync(page);

        await page.TabToAsync(import.Commit, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");
        await Expect(import.Done).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText($"{total} regels zijn opgeslagen.")).ToBeVisibleAsync();
        await AssertNoNumbersAsync(page, newcomers.Concat(known), "the import result");
        await Axe.AssertNoViolationsAsync(page);

        await import.ShowResult.ClickAsync();
        var schoolPage = new RegisterSchoolPage(page);
        await Expect(schoolPage.Heading).ToHaveTextAsync(school);
        await Expect(schoolPage.GroupRow(NewGroup)).ToContainTextAsync($"Groep {NewGroup}");
        await page.TabToAsync(schoolPage.Group, maxPresses: 80);
        await page.Keyboard.TypeAsync(NewGroup);
        await Expect(schoolPage.Count).ToHaveTextAsync($"{newcomers.Count} leerlingen gevonden");
        foreach (var pupil in newcomers)
            await Expect(schoolPage.PupilLink($"{pupil.FamilyName}, {pupil.GivenName}{(pupil.Prefix is null ? "" : " " + pupil.Prefix)}")).ToBeVisibleAsync();
        await AssertNoNumbersAsync(page, newcomers, "the school's pupil list");
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>A rule for the new group is blocked until a signed agreement covers the product; then it is active.</summary>
    private static async Task ShareAsync(IPage page, ChainNav nav, string school)
    {
        await nav.Link("Delen met leveranciers").ClickAsync();
        var sharing = new SharingIndexPage(page);
        await Expect(sharing.Rules).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await sharing.Create.ClickAsync();
        var form = new RuleCreatePage(page);
        await Expect(form.Heading).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.TabToAsync(form.Supplier, maxPresses: 80);
        await page.Keyboard.TypeAsync(Supplier);
        await Expect(form.Product.Locator("option", new() { HasTextString = Product })).ToHaveCountAsync(1);
        await page.TabToAsync(form.Product);
        await page.Keyboard.TypeAsync(Product);
        await Expect(form.Product.Locator("option:checked")).ToHaveTextAsync(Product);
        await page.TabToAsync(form.GroupOf(school, $"Groep {NewGroup}"), maxPresses: 120);
        await page.Keyboard.PressAsync("Space");
        foreach (var field in new[] { "Groepscode en groepsnaam", "Jaargroep" })
        {
            await page.TabToAsync(form.Field(field), maxPresses: 80);
            await page.Keyboard.PressAsync("Space");
        }
        await Expect(form.GroupOf(school, $"Groep {NewGroup}")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(form.Save);
        await page.Keyboard.PressAsync("Enter");

        var rule = new RuleDetailsPage(page);
        await Expect(rule.Heading).ToContainTextAsync($"Deelregel {Supplier}, {Product}");
        await Expect(rule.Status).ToContainTextAsync("De deelregel is opgeslagen, maar geblokkeerd: Er is geen verwerkersovereenkomst vastgelegd voor deze leverancier en dit product.");
        await Axe.AssertNoViolationsAsync(page);

        // The signed agreement for this product, by keyboard.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Terug naar delen met leveranciers" }).ClickAsync();
        await nav.Link("Verwerkersovereenkomsten").ClickAsync();
        var agreements = new ProcessingAgreementsPage(page);
        await Axe.AssertNoViolationsAsync(page);
        await agreements.Create.ClickAsync();
        await agreements.WaitForFormAsync();
        await Axe.AssertNoViolationsAsync(page);
        // A date whose day equals its month types the same whether Chromium orders the field day-first or month-first.
        var signed = DateTime.Today;
        while (signed.Day != signed.Month) signed = signed.AddDays(-1);
        await page.TabToAsync(agreements.Supplier, maxPresses: 80);
        await page.Keyboard.TypeAsync(Supplier);
        await Expect(agreements.Product.Locator("option", new() { HasTextString = Product })).ToHaveCountAsync(1);
        await page.TabToAsync(agreements.Product);
        await page.Keyboard.TypeAsync(Product);
        await Expect(agreements.Product.Locator("option:checked")).ToHaveTextAsync(Product);
        await page.TabToAsync(agreements.ModelVersion);
        await page.Keyboard.TypeAsync("Model Verwerkersovereenkomst 4.0");
        await page.TabToAsync(agreements.SignedOn);
        await page.Keyboard.TypeAsync(signed.ToString("ddMMyyyy", CultureInfo.InvariantCulture));
        await Expect(agreements.SignedOn).ToHaveValueAsync(signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var category in new[] { "Groepscode en groepsnaam", "Jaargroep" })
        {
            await page.TabToAsync(agreements.Category(category));
            await page.Keyboard.PressAsync("Space");
        }
        await page.TabToAsync(agreements.Purposes);
        await page.Keyboard.TypeAsync("Rekentoetsen afnemen en per leerling en per groep analyseren welke onderdelen herhaling nodig hebben.");
        await page.TabToAsync(agreements.Save, maxPresses: 60);
        await page.Keyboard.PressAsync("Enter");
        await Expect(agreements.Heading).ToContainTextAsync($"Verwerkersovereenkomst {Supplier}");
        await Expect(agreements.Heading).ToContainTextAsync("Ondertekend");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "← Terug naar verwerkersovereenkomsten" }).ClickAsync();
        await nav.Link("Delen met leveranciers").ClickAsync();
        var row = sharing.Row(Supplier, Product);
        await Expect(row).ToContainTextAsync("Actief");
        await Expect(row).ToContainTextAsync(NewGroup);
        await Expect(row).ToContainTextAsync("nog nooit");
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>The supplier's API keys page, by keyboard: a key for rosters and results, shown once.</summary>
    private async Task<string> CreateApiKeyAsync()
    {
        await using var supplier = await app.NewContextAsync(Roles.Supplier);
        var page = await supplier.NewPageAsync();
        var keys = await new ImportApiKeysPage(page).OpenAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(keys.Name, maxPresses: 80);
        await page.Keyboard.TypeAsync(KeyName);
        foreach (var scope in new[] { "Leerlinglijsten ophalen", "Leerresultaten aanleveren" })
        {
            await page.TabToAsync(page.GetByRole(AriaRole.Checkbox, new() { Name = scope, Exact = true }));
            await page.Keyboard.PressAsync("Space");
        }
        await page.TabToAsync(keys.Create);
        await page.Keyboard.PressAsync("Enter");
        await Expect(keys.IssuedKey).ToHaveValueAsync(ApiKeyPattern());
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = KeyName })).ToContainTextAsync("Leerlinglijsten ophalen");
        await Axe.AssertNoViolationsAsync(page);
        return await keys.IssuedKey.InputValueAsync();
    }

    /// <summary>GET the rules, then the roster of the new rule: pseudonyms, group and year group of the six newcomers, nothing else.</summary>
    private static async Task<(string Rule, IReadOnlyList<string> Pseudonyms)> FetchRosterAsync(IAPIRequestContext api, Dictionary<string, string> headers, string locationCode, List<ExportedPupil> pupils)
    {
        var rules = await api.GetAsync("/api/v1/chain/rosters", new() { Headers = headers });
        Assert.Equal(200, rules.Status);
        using var list = JsonDocument.Parse(await rules.TextAsync());
        var rule = Assert.Single(list.RootElement.EnumerateArray(), r => r.GetProperty("product").GetProperty("titel").GetString() == Product);
        Assert.Equal("actief", rule.GetProperty("status").GetString());
        Assert.Equal(1, rule.GetProperty("scholen").GetInt32());
        var id = rule.GetProperty("id").GetString()!;

        var response = await api.GetAsync($"/api/v1/chain/rosters/{id}", new() { Headers = headers });
        Assert.Equal(200, response.Status);
        var body = await response.TextAsync();
        Assert.True(pupils.All(p => !body.Contains(p.Number, StringComparison.Ordinal)), "The roster contains a pupil's BSN or onderwijsnummer.");
        Assert.True(pupils.All(p => !body.Contains(p.GivenName, StringComparison.Ordinal) && !body.Contains(p.FamilyName, StringComparison.Ordinal)),
            "The roster contains a pupil's name.");
        Assert.True(pupils.All(p => p.DateOfBirth is not { } born || !body.Contains(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)),
            "The roster contains a date of birth.");

        using var roster = JsonDocument.Parse(body);
        var school = Assert.Single(roster.RootElement.GetProperty("scholen").EnumerateArray());
        Assert.Equal(locationCode[..4], school.GetProperty("brincode").GetString());
        var group = Assert.Single(school.GetProperty("groepen").EnumerateArray());
        Assert.Equal(NewGroup, group.GetProperty("key").GetString());
        Assert.Equal(8, group.GetProperty("jaargroep").GetInt32());
        var shared = school.GetProperty("leerlingen").EnumerateArray().ToList();
        Assert.Equal(Newcomers.Length, shared.Count);
        foreach (var pupil in shared)
        {
            Assert.Equal(["groep", "jaargroep", "leerlingid"], pupil.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Matches(PseudonymPattern(), pupil.GetProperty("leerlingid").GetString());
            Assert.Equal(NewGroup, pupil.GetProperty("groep").GetString());
        }
        var pseudonyms = shared.Select(p => p.GetProperty("leerlingid").GetString()!).ToList();
        Assert.Equal(pseudonyms.Count, pseudonyms.Distinct().Count());
        return (id, pseudonyms);
    }

    /// <summary>One result per pupil: stored once (201), and the same delivery again gives the first receipt (200).</summary>
    private static async Task DeliverAsync(IAPIRequestContext api, Dictionary<string, string> headers, string rule, IReadOnlyList<string> pseudonyms)
    {
        var takenOn = DateTime.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var delivery = JsonSerializer.Serialize(new
        {
            toetsen = new[] { new { toetscode = "RT-8-B1", naam = "Rekenroute Toetsen blok 1", leerdoel = "23", minimum = 0, maximum = 100, norm = 60 } },
            resultaten = pseudonyms.Select((p, i) => new
            {
                key = $"rt8b-{i + 1:D3}", leerlingid = p, toetscode = "RT-8-B1", afnamedatum = takenOn, score = 48 + 7 * i, minuten = 20 + i,
            }),
        });
        var options = new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string>(headers) { ["Content-Type"] = "application/json" },
            DataByte = Encoding.UTF8.GetBytes(delivery),
        };

        var first = await api.PostAsync($"/api/v1/chain/rosters/{rule}/results", options);
        var firstBody = await first.TextAsync();
        Assert.True(first.Status == 201, $"Expected 201, got {first.Status}: {firstBody}");
        using var receipt = JsonDocument.Parse(firstBody);
        Assert.Equal(pseudonyms.Count, receipt.RootElement.GetProperty("resultaten").GetInt32());
        Assert.Equal(pseudonyms.Count, receipt.RootElement.GetProperty("leerlingen").GetInt32());

        var again = await api.PostAsync($"/api/v1/chain/rosters/{rule}/results", options);
        Assert.Equal(200, again.Status);
        using var repeated = JsonDocument.Parse(await again.TextAsync());
        Assert.Equal(receipt.RootElement.GetProperty("levering").GetString(), repeated.RootElement.GetProperty("levering").GetString());
        Assert.Equal(pseudonyms.Count, repeated.RootElement.GetProperty("resultaten").GetInt32());
    }

    /// <summary>The privacy contact finds the fetch and the delivery in the log, then answers a parent with a PDF.</summary>
    private static async Task AnswerSubjectAccessAsync(IPage page, ChainNav nav, string school, ExportedPupil pupil, int shared)
    {
        await nav.Link("Toegangslog").ClickAsync();
        var log = new AccessLogPage(page);
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(log.School, maxPresses: 80);
        await page.Keyboard.TypeAsync(school);
        await Expect(log.School.Locator("option:checked")).ToHaveTextAsync(school);
        await page.TabToAsync(log.Filter, maxPresses: 20);
        await page.Keyboard.PressAsync("Enter");
        await Expect(log.Count).ToHaveTextAsync("2 regels gevonden");
        foreach (var kind in new[] { "Leerlinglijst opgehaald", "Resultaten aangeleverd" })
        {
            var entry = log.Entry(kind);
            await Expect(entry).ToContainTextAsync(Supplier);
            await Expect(entry).ToContainTextAsync(Product);
            await Expect(entry).ToContainTextAsync($"API-sleutel {KeyName}");
            await Expect(entry.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync(shared.ToString(CultureInfo.InvariantCulture));
        }
        await Screenshots.TakeAsync(page, "chain-access-log-school");
        await Axe.AssertNoViolationsAsync(page);

        await page.TabToAsync(log.Pupil, maxPresses: 80);
        await page.Keyboard.TypeAsync(pupil.FamilyName);
        await page.Keyboard.PressAsync("Enter");
        var link = log.Found.GetByRole(AriaRole.Link, new() { Name = pupil.FullName, Exact = true });
        await Expect(link).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(link, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");

        var request = await new SubjectAccessPage(page).WaitAsync(pupil.FullName);
        var received = request.Received.GetByRole(AriaRole.Row).Filter(new() { HasText = Supplier });
        await Expect(received).ToContainTextAsync(Product);
        await Expect(request.Results.GetByRole(AriaRole.Row).Filter(new() { HasText = Supplier })).ToContainTextAsync(Product);
        await AssertNoNumbersAsync(page, [pupil], "the subject-access page");
        await Axe.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.TabToAsync(request.Pdf, maxPresses: 80);
            await page.Keyboard.PressAsync("Enter");
        });
        var path = await download.PathAsync();
        var pdf = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }

    /// <summary>No BSN or onderwijsnummer anywhere in the page's HTML; the message never names the number.</summary>
    private static async Task AssertNoNumbersAsync(IPage page, IEnumerable<ExportedPupil> pupils, string where)
    {
        var html = await page.ContentAsync();
        Assert.True(pupils.All(p => !html.Contains(p.Number, StringComparison.Ordinal)), $"A pupil's BSN or onderwijsnummer is on {where}.");
    }

    [GeneratedRegex(@"^regie_[0-9a-f]{12}\.")] private static partial Regex ApiKeyPattern();
    [GeneratedRegex("^[0-9a-f]{40}$")] private static partial Regex PseudonymPattern();
}
