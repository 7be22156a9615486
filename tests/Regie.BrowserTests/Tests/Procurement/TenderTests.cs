using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.BrowserTests.Pages.Procurement;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests.Procurement;

/// <summary>
/// One project from the first line to the award letters, with the board and both demo suppliers each in their own
/// browser: questions answered for everyone at once, sealed offers, independent scoring, consensus and award.
/// </summary>
[Collection(RegieCollection.Name)]
public sealed class TenderTests(RegieFixture app)
{
    private const string Title = "Digitale toetsen voor alle scholen";
    private const string First = "Leerwijzer Educatief B.V.", Second = "Digidact Uitgevers";
    private const string SecondEmail = "leverancier2@demo.regie.nl";
    private const string Question = "Mogen leerlingen met een dyslexieverklaring de toetsen laten voorlezen?";
    private const string Answer = "Ja. Voorlezen moet per leerling aan te zetten zijn; dat valt onder wens W2.";
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task A_project_with_two_suppliers_runs_from_questions_through_sealed_offers_and_scoring_to_the_award_letters()
    {
        await using var board = await app.NewContextAsync(Roles.Purchaser);
        var page = await board.NewPageAsync();
        var projectId = await PrepareAndPublishAsync(page);
        var tabs = new ProjectTabs(page);

        // Supplier 1 asks by keyboard only; the board answers and publishes; both suppliers read the same answer.
        await using var supplier1 = await app.NewContextAsync(Roles.Supplier);
        var first = await supplier1.NewPageAsync();
        var firstTender = new TenderPages(first);
        await firstTender.OpenAsync(Title);
        await Axe.AssertNoViolationsAsync(first);
        await first.TabToAsync(firstTender.Question, maxPresses: 80);
        await first.Keyboard.TypeAsync(Question);
        await first.TabToAsync(firstTender.Reference);
        await first.Keyboard.TypeAsync("Programma van eisen, W2");
        await first.TabToAsync(firstTender.Ask);
        await first.Keyboard.PressAsync("Enter");
        await Expect(firstTender.Status).ToContainTextAsync("Uw vraag is ontvangen als vraag 1.");
        await Expect(firstTender.Answers).ToContainTextAsync(Question);

        await tabs.OpenAsync("Vragen en nota's");
        var questions = new QuestionsPage(page);
        await Expect(questions.Question(1)).ToContainTextAsync($"Gesteld door {First}");
        await Axe.AssertNoViolationsAsync(page);
        await questions.Answer(1).FillAsync(Answer);
        await questions.SaveAnswer(1).ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync("Het antwoord op vraag 1 is opgeslagen.");
        await questions.Publish(1).ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync("Vraag 1 en het antwoord zijn gepubliceerd voor alle uitgenodigde leveranciers.");

        await first.ReloadAsync();
        await Expect(firstTender.Published(1)).ToContainTextAsync(Answer);
        await Expect(firstTender.Published(1)).ToContainTextAsync("uw vraag");

        await using var supplier2 = await app.NewContextAsync();
        var second = await supplier2.NewPageAsync();
        await (await new LoginPage(second).GotoAsync()).LoginAsync(SecondEmail, DemoSeeder.Password);
        var secondTender = new TenderPages(second);
        await secondTender.OpenAsync(Title);
        await Expect(secondTender.Published(1)).ToContainTextAsync(Question);
        await Expect(secondTender.Published(1)).ToContainTextAsync(Answer);
        await Expect(secondTender.Published(1)).Not.ToContainTextAsync("uw vraag");
        await Expect(second.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(First);
        await Axe.AssertNoViolationsAsync(second);

        // The clarification note: compiled with one action, a real PDF for the board and for every supplier.
        await questions.Compile.ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync("Nota van inlichtingen 1 is opgesteld.");
        await AssertPdfAsync(page, questions.Note(1));
        await second.ReloadAsync();
        await AssertPdfAsync(second, secondTender.Note(1));

        // Both suppliers submit; the second sees nothing of the first; the board sees only the count.
        await SubmitOfferAsync(first, firstTender, "Leerwijzer", yearlyPerPupil: "9,50", implementation: "3.500");
        await Axe.AssertNoViolationsAsync(first);
        await secondTender.ToOffer.ClickAsync();
        await Expect(second.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Leerwijzer");
        await Expect(second.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("9,50");
        await SubmitOfferAsync(second, secondTender, "Digidact", yearlyPerPupil: "8,75", implementation: "2.500", opened: true, byKeyboard: true);
        await second.GotoAsync($"/Procurement/Offers/Index/{projectId}");
        await Expect(second).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
        await Expect(second.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Leerwijzer");

        await tabs.OpenAsync("Inschrijvingen");
        var offers = new OffersPage(page);
        await Expect(offers.SubmittedCount).ToHaveTextAsync("2");
        await Expect(offers.Opened).ToHaveCountAsync(0);
        await Expect(offers.Open).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(First);
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(Second);
        await Axe.AssertNoViolationsAsync(page);

        // The deadline passes; the board opens the quality envelopes and starts the evaluation.
        await app.LetDeadlinesPassAsync(projectId);
        await page.ReloadAsync();
        await offers.Open.ClickAsync();
        await Expect(offers.Opened).ToContainTextAsync(First);
        await Expect(offers.Opened).ToContainTextAsync(Second);
        await Expect(offers.Opened).ToContainTextAsync("verzegeld");
        await Axe.AssertNoViolationsAsync(page);
        await tabs.OpenAsync("Beoordeling");
        var evaluation = new EvaluationPage(page);
        await evaluation.Start.ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync("De beoordeling is gestart: 2 inschrijvingen, 2 beoordelaars.");
        await Axe.AssertNoViolationsAsync(page);

        // The purchaser scores both offers; the first criterion by keyboard only.
        await evaluation.Offer(First).ClickAsync();
        var score = new OfferScorePage(page);
        await Axe.AssertNoViolationsAsync(page);
        await score.Criterion("W1").FocusAsync();
        await page.TabToAsync(score.Score("W1", 0));
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 8; i++) await page.Keyboard.PressAsync("ArrowDown");
        await Expect(score.Score("W1", 8)).ToBeCheckedAsync();
        await page.TabToAsync(score.Rationale("W1"));
        await page.Keyboard.TypeAsync("Oordeel inkoper: sterke analyse per leerling (W1)");
        await score.FillAsync(new Dictionary<string, int> { ["W2"] = 7 }, "Oordeel inkoper: voorlezen per leerling");
        await score.Submit.ClickAsync();
        await Expect(score.Mine).ToContainTextAsync("U heeft uw beoordeling ingediend");
        await Expect(score.SideBySide).ToHaveCountAsync(0);
        await page.GoBackAsync();
        await page.GotoAsync($"/Procurement/Evaluation/Index/{projectId}");
        await evaluation.Offer(Second).ClickAsync();
        await score.FillAsync(new Dictionary<string, int> { ["W1"] = 6, ["W2"] = 7 }, "Oordeel inkoper over Digidact");
        await score.Submit.ClickAsync();
        await Expect(score.Mine).ToContainTextAsync("U heeft uw beoordeling ingediend");

        // The executive, in another browser, does not see those scores until she has submitted her own.
        await using var executive = await app.NewContextAsync(Roles.Executive);
        var bestuurder = await executive.NewPageAsync();
        var theirs = new OfferScorePage(bestuurder);
        foreach (var (supplier, scores, agreed) in new[]
        {
            (First, new Dictionary<string, int> { ["W1"] = 8, ["W2"] = 6 }, new Dictionary<string, int> { ["W1"] = 8, ["W2"] = 7 }),
            (Second, new Dictionary<string, int> { ["W1"] = 6, ["W2"] = 7 }, new Dictionary<string, int> { ["W1"] = 6, ["W2"] = 7 }),
        })
        {
            await bestuurder.GotoAsync($"/Procurement/Evaluation/Index/{projectId}");
            await new EvaluationPage(bestuurder).Offer(supplier).ClickAsync();
            await Expect(theirs.Consensus).ToContainTextAsync("Tot dan blijven alle scores verborgen.");
            await Expect(theirs.SideBySide).ToHaveCountAsync(0);
            await Expect(bestuurder.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Oordeel inkoper");
            await Axe.AssertNoViolationsAsync(bestuurder);
            await theirs.FillAsync(scores, $"Bestuurder over {supplier}");
            await theirs.Submit.ClickAsync();
            await Expect(theirs.SideBySide).ToContainTextAsync("Oordeel inkoper");
            await Expect(theirs.SideBySide).ToContainTextAsync($"Bestuurder over {supplier}");
            await Axe.AssertNoViolationsAsync(bestuurder);
            await theirs.FillAsync(agreed, $"Samen over {supplier}");
            await theirs.Agree.ClickAsync();
            await Expect(theirs.SideBySide).ToContainTextAsync($"Samen over {supplier}");
            await theirs.Reasoning.FillAsync($"{supplier}: de wensen zijn samen beoordeeld; zie de toelichting per wens.");
            await theirs.Decide.ClickAsync();
            await Expect(theirs.Decision).ToContainTextAsync(supplier == First ? "76%" : "64%");
            await Axe.AssertNoViolationsAsync(bestuurder);
        }

        // Quality is final, prices open, the ranking shows; the purchaser takes the award decision.
        await page.GotoAsync($"/Procurement/Evaluation/Index/{projectId}");
        await evaluation.Finalize.ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync("De kwaliteitsscores liggen vast en de prijsenveloppen zijn geopend.");
        await Expect(evaluation.Ranking).ToContainTextAsync(First);
        await Axe.AssertNoViolationsAsync(page);
        await tabs.OpenAsync("Gunning");
        var award = new AwardPage(page);
        await Expect(award.Ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(First);
        await Expect(award.Ranking.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync(Second);
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(award.Decide, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");
        await Expect(award.Decision).ToContainTextAsync(First);
        await Axe.AssertNoViolationsAsync(page);
        await AssertPdfAsync(page, award.AllLetters);
        await AssertPdfAsync(page, award.Letter(First));
        await AssertPdfAsync(page, award.Letter(Second));

        // Each supplier sees exactly one letter: their own, with their own outcome.
        foreach (var (supplierPage, outcome) in new[] { (first, "aan u te gunnen"), (second, "aan een andere inschrijver te gunnen") })
        {
            await supplierPage.GotoAsync($"/Procurement/Tenders/Award/{projectId}");
            await Expect(supplierPage.GetByRole(AriaRole.Main)).ToContainTextAsync(outcome);
            var letters = supplierPage.GetByRole(AriaRole.Table, new() { Name = "Uw gunningsbrieven" });
            await Expect(letters.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
            await Axe.AssertNoViolationsAsync(supplierPage);
            await AssertPdfAsync(supplierPage, letters.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^PDF downloaden") }));
        }
        await Expect(first.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(Second);
        await Expect(second.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(First);
    }

    /// <summary>Creates the project, writes its requirements (one by keyboard), lists and selects both suppliers, sets deadlines and evaluators, publishes.</summary>
    private async Task<Guid> PrepareAndPublishAsync(IPage page)
    {
        await ProcurementNav.OpenAsync(page, "Inkooptrajecten");
        await Axe.AssertNoViolationsAsync(page);
        await new ProjectsIndexPage(page).NewProject.ClickAsync();
        var create = new ProjectCreatePage(page);
        await Axe.AssertNoViolationsAsync(page);
        await create.Title.FillAsync(Title);
        await create.Description.FillAsync("Alle negen scholen toetsen rekenen en taal digitaal, met een analyse per leerling die leraren direct kunnen gebruiken.");
        await create.Category.SelectOptionAsync(new SelectOptionValue { Label = "Digitale leermiddelen" });
        await create.ProcedureStart.FillAsync(DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await create.EstimateLabel(1).FillAsync("Licenties toetsplatform voor 1.900 leerlingen");
        await create.EstimateMonthly(1).FillAsync("1.500");
        await create.EstimateMonths(1).FillAsync("48");
        await create.EstimateLabel(2).FillAsync("Invoering en training van de teams");
        await create.EstimateOneOff(2).FillAsync("€ 4.000");
        await page.Keyboard.PressAsync("Tab"); // leaving the field recalculates the advice in place
        await Expect(create.Advice).ToContainTextAsync("€ 76.000,00");
        await Expect(create.Advice).ToContainTextAsync("Advies: meervoudig onderhands");
        await Axe.AssertNoViolationsAsync(page);
        await create.Create.ClickAsync();
        var tabs = new ProjectTabs(page);
        await Expect(tabs.Status).ToContainTextAsync($"{Title} is aangemaakt.");
        var projectId = Guid.Parse(Regex.Match(page.Url, "/Requirements/([0-9a-f-]{36})").Groups[1].Value);

        // The knock-out by keyboard only; the two weighted wishes with the mouse.
        var requirements = new RequirementsPage(page);
        await Axe.AssertNoViolationsAsync(page);
        await page.TabToAsync(requirements.Kind, maxPresses: 80);
        await page.Keyboard.TypeAsync("Knock");
        await page.TabToAsync(requirements.Text);
        await page.Keyboard.TypeAsync("Leerlingen maken de toetsen op school en thuis met hetzelfde account.");
        await page.TabToAsync(requirements.Add);
        await page.Keyboard.PressAsync("Enter");
        await Expect(requirements.Row("E1")).ToContainTextAsync("op school en thuis");
        await Expect(requirements.Row("E1")).ToContainTextAsync("knock-out");
        await requirements.AddAsync("Gewogen wens", "Leraren zien na elke toets per leerling welke onderdelen herhaling nodig hebben.", "60");
        await requirements.AddAsync("Gewogen wens", "Leerlingen die dat nodig hebben, krijgen de toetsvragen voorgelezen.", "40");
        await Expect(requirements.Row("W1")).ToContainTextAsync("60%");
        await Expect(requirements.Row("W2")).ToContainTextAsync("40%");
        await Axe.AssertNoViolationsAsync(page);

        await tabs.OpenAsync("Leveranciers");
        var suppliers = new SuppliersPage(page);
        await suppliers.AddAsync("Rekenroute Toetsen", "Rekenroute Toetsen", First);
        await suppliers.AddAsync("Toetsplatform", "Toetsplatform Digidact", Second);
        await suppliers.InviteAtPublication(First).ClickAsync();
        await suppliers.InviteAtPublication(Second).ClickAsync();
        await Expect(suppliers.Row(First)).ToContainTextAsync("Wordt uitgenodigd");
        await Expect(suppliers.Row(Second)).ToContainTextAsync("Wordt uitgenodigd");
        await Axe.AssertNoViolationsAsync(page);

        await tabs.OpenAsync("Overzicht");
        var details = new ProjectDetailsPage(page);
        await Expect(details.PublishSection).ToContainTextAsync("Wijs ten minste 2 beoordelaars aan");
        await details.Edit.ClickAsync();
        var edit = new ProjectEditPage(page);
        await Axe.AssertNoViolationsAsync(page);
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Amsterdam);
        await edit.QuestionsDeadline.FillAsync(now.AddDays(7).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await edit.OfferDeadline.FillAsync(now.AddDays(14).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await edit.Evaluator(await app.DisplayNameAsync(DemoAccounts.EmailOf(Roles.Purchaser))).CheckAsync();
        await edit.Evaluator(await app.DisplayNameAsync(DemoAccounts.EmailOf(Roles.Executive))).CheckAsync();
        await edit.Save.ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync($"De wijzigingen aan {Title} zijn opgeslagen.");
        await details.Publish.ClickAsync();
        await Expect(tabs.Status).ToContainTextAsync($"{Title} is gepubliceerd. 2 leveranciers zijn uitgenodigd per e-mail.");
        await Axe.AssertNoViolationsAsync(page);
        return projectId;
    }

    /// <summary>Fills the quality envelope (knock-out met, both wishes answered) and a two-line price sheet, and submits; by mouse or by keyboard only.</summary>
    private static async Task SubmitOfferAsync(IPage page, TenderPages tender, string who, string yearlyPerPupil, string implementation, bool opened = false, bool byKeyboard = false)
    {
        if (!opened) await tender.ToOffer.ClickAsync();
        var offer = new TenderOfferPage(page);
        (ILocator Field, string Text)[] answers =
        [
            (offer.Answer("W1"), $"{who}: na elke toets een overzicht per leerling en per groep, met de onderdelen om te herhalen."),
            (offer.Answer("W2"), $"{who}: voorlezen staat per leerling aan of uit, ook bij thuis toetsen."),
            (offer.PriceDescription(1), "Licentie per leerling per jaar"),
            (offer.PriceQuantity(1), "1900"),
            (offer.PriceYearly(1), yearlyPerPupil),
            (offer.PriceDescription(2), "Invoering en training"),
            (offer.PriceQuantity(2), "1"),
            (offer.PriceOneOff(2), implementation),
        ];
        if (byKeyboard)
        {
            // Tab into the knock-out's radio group, Space to choose "ja", then field by field to the submit button.
            await page.TabToAsync(offer.Meets("E1"), maxPresses: 80);
            await page.Keyboard.PressAsync("Space");
            await Expect(offer.Meets("E1")).ToBeCheckedAsync();
            foreach (var (field, text) in answers)
            {
                await page.TabToAsync(field);
                await page.Keyboard.TypeAsync(text);
            }
            await page.TabToAsync(offer.Submit);
            await page.Keyboard.PressAsync("Enter");
        }
        else
        {
            await offer.Meets("E1").CheckAsync();
            foreach (var (field, text) in answers) await field.FillAsync(text);
            await offer.Submit.ClickAsync();
        }
        await Expect(offer.Receipt).ToContainTextAsync("Ze blijft verzegeld tot na de deadline");
    }

    private static async Task AssertPdfAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        var head = new byte[5];
        Assert.Equal(5, await stream.ReadAsync(head));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(head));
    }
}
