using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Market;

/// <summary>The committee's list: search a published item and start its assessment.</summary>
public sealed class RecognitionIndexPage(IPage page)
{
    public ILocator ItemSearch => page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoek een gepubliceerd product of een gepubliceerde dienst" });
    public ILocator FindItem => page.GetByRole(AriaRole.Button, new() { Name = "Zoek product" });
    public ILocator Items => page.GetByRole(AriaRole.Group, new() { Name = "Product of dienst" }).GetByRole(AriaRole.Radio);
    public ILocator Start => page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten" });

    /// <summary>Searches, picks the last item found (the demo data's assessments sit on the first ones) and starts; returns the item's title.</summary>
    public async Task<string> StartLastFoundAsync(string term)
    {
        await ItemSearch.FillAsync(term);
        await FindItem.ClickAsync();
        var choice = Items.Last;
        var label = await page.Locator($"label[for='{await choice.GetAttributeAsync("id")}']").InnerTextAsync();
        await choice.CheckAsync();
        await Start.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Beoordeling van");
        return label.Split(" – ")[0].Trim();
    }
}

/// <summary>One assessment: the scoring form, the consensus round and the decision.</summary>
public sealed class AssessmentPage(IPage page)
{
    public ILocator Status => page.GetByRole(AriaRole.Status).First;
    public ILocator Criterion(string name) => page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^" + Regex.Escape(name)) });
    public ILocator Score(string criterion, int score) => Criterion(criterion).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{score} ") });
    public ILocator Rationale(string criterion) => Criterion(criterion).GetByLabel("Toelichting bij " + criterion);
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling indienen" });
    public ILocator SaveDraft => page.GetByRole(AriaRole.Button, new() { Name = "Concept bewaren" });
    public ILocator AgreeButton => page.GetByRole(AriaRole.Button, new() { Name = "Consensus vastleggen" });
    public ILocator Reasoning => page.GetByLabel("Openbare onderbouwing");
    public ILocator Decide => page.GetByRole(AriaRole.Button, new() { Name = "Besluit nemen en publiceren" });
    public ILocator ItemLink => page.GetByRole(AriaRole.Definition).GetByRole(AriaRole.Link).First;
    public ILocator SideBySide => page.GetByRole(AriaRole.Table, new() { Name = "Onafhankelijke scores per criterium" });

    public static readonly string[] Criteria =
        ["Helder doel en doelgroep", "Onderbouwing", "Bewijs van effect", "Uitvoerbaarheid in de klas", "Privacy en beveiliging", "Toegankelijkheid"];

    public async Task FillAsync(int score, string rationale, int skip = 0)
    {
        foreach (var criterion in Criteria.Skip(skip))
        {
            await Score(criterion, score).CheckAsync();
            await Rationale(criterion).FillAsync($"{rationale} ({criterion.ToLowerInvariant()})");
        }
    }
}
