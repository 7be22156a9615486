using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Procurement;

/// <summary>Inkooptrajecten: the list of the board's projects.</summary>
public sealed class ProjectsIndexPage(IPage page)
{
    public ILocator NewProject => page.GetByRole(AriaRole.Link, new() { Name = "Nieuw inkooptraject", Exact = true });
    public ILocator Results => page.Locator("#project-results");
    public ILocator ProjectLink(string title) => Results.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(title)) });
}

/// <summary>"Nieuw inkooptraject", started directly: what, how much and when.</summary>
public sealed class ProjectCreatePage(IPage page)
{
    public ILocator Title => page.GetByLabel("Naam", new() { Exact = true });
    public ILocator Description => page.GetByRole(AriaRole.Textbox, new() { Name = "Omschrijving", Exact = true });
    public ILocator Category => page.GetByLabel("Categorie", new() { Exact = true });
    public ILocator ProcedureStart => page.GetByLabel("Start van de procedure");
    public ILocator EstimateLabel(int row) => page.GetByLabel($"Omschrijving van regel {row}", new() { Exact = true });
    public ILocator EstimateOneOff(int row) => page.GetByLabel($"Eenmalig bedrag van regel {row}", new() { Exact = true });
    public ILocator EstimateMonthly(int row) => page.GetByLabel($"Bedrag per maand van regel {row}", new() { Exact = true });
    public ILocator EstimateMonths(int row) => page.GetByLabel($"Aantal maanden van regel {row}", new() { Exact = true });
    public ILocator Calculate => page.GetByRole(AriaRole.Button, new() { Name = "Bereken", Exact = true });
    public ILocator Advice => page.GetByRole(AriaRole.Region, new() { Name = "Welke regel geldt" });
    public ILocator Create => page.GetByRole(AriaRole.Button, new() { Name = "Inkooptraject aanmaken" });
}

/// <summary>The heading and tabs every project page shares.</summary>
public sealed class ProjectTabs(IPage page)
{
    public static readonly string[] All =
        ["Overzicht", "Eisen en wensen", "Leveranciers", "Vragen en nota's", "Voorwaarden", "Inschrijvingen", "Beoordeling", "Gunning", "Wijzigingen"];

    public ILocator Tabs => page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van het inkooptraject" });
    public ILocator Tab(string label) => Tabs.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });
    public ILocator Status => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).First;

    public async Task OpenAsync(string label)
    {
        await Tab(label).ClickAsync();
        await Expect(Tab(label)).ToHaveAttributeAsync("aria-current", "page");
    }
}

/// <summary>Overzicht: the project's facts, the next step and publication.</summary>
public sealed class ProjectDetailsPage(IPage page)
{
    public ILocator Edit => page.GetByRole(AriaRole.Link, new() { Name = "Bewerken", Exact = true });
    public ILocator Publish => page.GetByRole(AriaRole.Button, new() { Name = "Publiceren en uitnodigen" });
    public ILocator PublishSection => page.GetByRole(AriaRole.Region, new() { Name = "Publiceren en uitnodigen" });
}

/// <summary>Bewerken: besides the estimate, the deadlines, the award weights and the evaluators.</summary>
public sealed class ProjectEditPage(IPage page)
{
    public ILocator QuestionsDeadline => page.GetByLabel("Vragen stellen tot");
    public ILocator OfferDeadline => page.GetByLabel("Inschrijven tot");
    public ILocator PriceWeight => page.GetByLabel("Weging prijs (%)");
    public ILocator Evaluators => page.GetByRole(AriaRole.Group, new() { Name = "Beoordelaars" });
    public ILocator Evaluator(string name) => Evaluators.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" });
}

/// <summary>Eisen en wensen: the programme of requirements.</summary>
public sealed class RequirementsPage(IPage page)
{
    public ILocator Kind => page.GetByLabel("Soort", new() { Exact = true });
    public ILocator Text => page.GetByLabel("Eis of wens, als resultaat");
    public ILocator Weight => page.GetByLabel("Weging");
    public ILocator Add => page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true });
    public ILocator Table => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Programma van eisen") });
    public ILocator Row(string code) => Table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = code, Exact = true }) });

    public async Task AddAsync(string kind, string text, string? weight = null)
    {
        await Kind.SelectOptionAsync(new SelectOptionValue { Label = kind });
        await Text.FillAsync(text);
        if (weight is not null) await Weight.FillAsync(weight);
        await Add.ClickAsync();
        await Expect(Table).ToContainTextAsync(text);
    }
}

/// <summary>Leveranciers: the long list from the market and who is invited.</summary>
public sealed class SuppliersPage(IPage page)
{
    public ILocator Query => page.GetByLabel("Zoekterm");
    public ILocator Search => page.GetByRole(AriaRole.Search, new() { Name = "Producten zoeken" }).GetByRole(AriaRole.Button, new() { Name = "Zoeken" });
    public ILocator LongList => page.GetByRole(AriaRole.Table, new() { Name = "Longlist en uitnodigingen" });
    public ILocator Row(string supplier) => LongList.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = supplier, Exact = true }) });
    public ILocator Found => page.GetByRole(AriaRole.Region, new() { Name = "Leveranciers zoeken in de markt" });
    public ILocator PutOnLongList(string item, string supplier) =>
        Found.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{item} van {supplier}" }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Op de longlist zetten") });
    // The supplier's name is a visually hidden part of the name; Chromium may put a space before its colon.
    public ILocator InviteAtPublication(string supplier) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Uitnodigen bij publicatie ?: {Regex.Escape(supplier)}$") });

    public async Task AddAsync(string term, string item, string supplier)
    {
        await Query.FillAsync(term);
        await Search.ClickAsync();
        await PutOnLongList(item, supplier).ClickAsync();
        await Expect(Row(supplier)).ToContainTextAsync(item);
    }
}

/// <summary>Vragen en nota's, the board's side: answer, publish, announce, compile the note.</summary>
public sealed class QuestionsPage(IPage page)
{
    public ILocator Question(int number) => page.GetByRole(AriaRole.Article, new() { NameRegex = new Regex($"^Vraag {number}( |$)") });
    public ILocator Answer(int number) => page.GetByLabel($"Antwoord op vraag {number}", new() { Exact = true });
    public ILocator SaveAnswer(int number) => Question(number).GetByRole(AriaRole.Button, new() { Name = "Antwoord opslaan" });
    public ILocator Publish(int number) => page.GetByRole(AriaRole.Button, new() { Name = $"Publiceren vraag {number}", Exact = true });
    public ILocator Compile => page.GetByRole(AriaRole.Button, new() { Name = "Nota van inlichtingen opstellen" });
    public ILocator Note(int number) => page.GetByRole(AriaRole.Link, new() { Name = $"Nota van inlichtingen {number} (PDF)", Exact = true });
}

/// <summary>Inschrijvingen, the board's side: sealed until the deadline, then opened.</summary>
public sealed class OffersPage(IPage page)
{
    public ILocator SubmittedCount => page.Locator("dt:text-is('Ingediende inschrijvingen') + dd");
    public ILocator Open => page.GetByRole(AriaRole.Button, new() { Name = "Inschrijvingen openen" });
    public ILocator Opened => page.GetByRole(AriaRole.Table, new() { Name = "Geopende inschrijvingen" });
}

/// <summary>Beoordeling: start, progress per offer, finalize quality, the ranking.</summary>
public sealed class EvaluationPage(IPage page)
{
    public ILocator Start => page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten" });
    public ILocator Progress => page.GetByRole(AriaRole.Table, new() { Name = "Voortgang van de beoordeling per inschrijving" });
    public ILocator Offer(string supplier) => Progress.GetByRole(AriaRole.Link, new() { Name = supplier, Exact = true });
    public ILocator Finalize => page.GetByRole(AriaRole.Button, new() { Name = "Kwaliteitsscores vaststellen" });
    public ILocator Ranking => page.GetByRole(AriaRole.Region, new() { Name = "Rangorde op prijs en kwaliteit" });
}

/// <summary>One offer's assessment: my scores, the consensus round and the decision.</summary>
public sealed class OfferScorePage(IPage page)
{
    public ILocator Criterion(string code) => page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(code)} ") });
    public ILocator Score(string code, int score) => Criterion(code).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{score} –") });
    public ILocator Rationale(string code) => Criterion(code).GetByRole(AriaRole.Textbox);
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling indienen" });
    public ILocator Mine => page.GetByRole(AriaRole.Region, new() { Name = "Mijn beoordeling" });
    public ILocator Consensus => page.GetByRole(AriaRole.Region, new() { Name = "Consensus" });
    public ILocator SideBySide => page.GetByRole(AriaRole.Table, new() { Name = "Onafhankelijke scores en spreiding per wens" });
    public ILocator Agree => page.GetByRole(AriaRole.Button, new() { Name = "Consensus vastleggen" });
    public ILocator Reasoning => page.GetByLabel("Samenvatting van de beoordeling");
    public ILocator Decide => page.GetByRole(AriaRole.Button, new() { Name = "Besluit nemen", Exact = true });
    public ILocator Decision => page.GetByRole(AriaRole.Region, new() { Name = "Besluit" });

    public async Task FillAsync(IReadOnlyDictionary<string, int> scores, string rationale)
    {
        foreach (var (code, score) in scores)
        {
            await Score(code, score).CheckAsync();
            await Rationale(code).FillAsync($"{rationale} ({code})");
        }
    }
}

/// <summary>Gunning: the proposal with the ranking, the decision and the letters.</summary>
public sealed class AwardPage(IPage page)
{
    public ILocator Ranking => page.GetByRole(AriaRole.Table, new() { Name = "Rangorde van de inschrijvingen" });
    public ILocator Decide => page.GetByRole(AriaRole.Button, new() { Name = "Gunningsbesluit nemen" });
    public ILocator Decision => page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Gunningsbesluit") });
    public ILocator AllLetters => page.GetByRole(AriaRole.Link, new() { Name = "Alle brieven in één PDF" });
    public ILocator Letter(string supplier) => page.GetByRole(AriaRole.Link, new() { Name = $"PDF van de brief aan {supplier}" });
}

/// <summary>Aanbestedingen, the supplier's side: the list, one project with its answers, the offer and the letter.</summary>
public sealed class TenderPages(IPage page)
{
    public ILocator List => page.GetByRole(AriaRole.Table, new() { Name = "Uitnodigingen" });
    public ILocator ProjectLink(string title) => List.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(title)) });
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Question => page.GetByLabel("Uw vraag");
    public ILocator Reference => page.GetByLabel("Betreft");
    public ILocator Ask => page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" });
    public ILocator Answers => page.GetByRole(AriaRole.Region, new() { Name = "Vragen, antwoorden en mededelingen" });
    public ILocator Published(int number) => Answers.GetByRole(AriaRole.Article, new() { NameRegex = new Regex($"^Vraag {number}( |$)") });
    public ILocator Note(int number) => page.GetByRole(AriaRole.Link, new() { Name = $"Nota van inlichtingen {number} (PDF)", Exact = true });
    public ILocator ToOffer => page.GetByRole(AriaRole.Link, new() { Name = "Naar uw inschrijving" });
    public ILocator Status => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).First;

    public async Task OpenAsync(string title)
    {
        await page.GotoAsync("/Procurement/Tenders/Index");
        await ProjectLink(title).ClickAsync();
        await Expect(Heading).ToContainTextAsync(title);
    }
}

/// <summary>"Uw inschrijving": the quality envelope per requirement and the price sheet.</summary>
public sealed class TenderOfferPage(IPage page)
{
    public ILocator Requirement(string code) => page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{Regex.Escape(code)} – ") });
    public ILocator Meets(string code) => page.GetByRole(AriaRole.Group, new() { Name = $"Voldoet uw aanbod aan {code}?" }).GetByRole(AriaRole.Radio, new() { Name = "voldoet: ja" });
    public ILocator Answer(string code) => Requirement(code).GetByRole(AriaRole.Textbox).Last;
    public ILocator PriceDescription(int row) => page.GetByLabel($"Omschrijving, regel {row}", new() { Exact = true });
    public ILocator PriceQuantity(int row) => page.GetByLabel($"Aantal, regel {row}", new() { Exact = true });
    public ILocator PriceOneOff(int row) => page.GetByLabel($"Eenmalig per stuk, regel {row}", new() { Exact = true });
    public ILocator PriceYearly(int row) => page.GetByLabel($"Per jaar per stuk, regel {row}", new() { Exact = true });
    public ILocator Totals => page.Locator("#offer-totals");
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Inschrijving indienen" });
    public ILocator Receipt => page.GetByRole(AriaRole.Region, new() { Name = "Ontvangstbevestiging" });
}
