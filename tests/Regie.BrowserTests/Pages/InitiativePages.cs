using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

/// <summary>"Initiatief starten": the form.</summary>
public sealed class InitiativeFormPage(IPage page)
{
    public ILocator Title => page.GetByLabel("Naam", new() { Exact = true });
    public ILocator Ambition => page.GetByLabel("Ambitie en doelen");
    public ILocator Scope => page.GetByLabel("Wat hoort er wel en niet bij");
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Initiatief opslaan" });

    public async Task<FlowchartPage> CreateAsync(string title, string ambition, string scope)
    {
        await Title.FillAsync(title);
        await Ambition.FillAsync(ambition);
        await Scope.FillAsync(scope);
        await Save.ClickAsync();
        return await new FlowchartPage(page).WaitAsync(title);
    }
}

/// <summary>The tabs every initiative page shares.</summary>
public sealed class InitiativeTabs(IPage page)
{
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van het initiatief" });

    public async Task OpenAsync(string label)
    {
        var link = Navigation.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });
        await link.ClickAsync();
        await Expect(link).ToHaveAttributeAsync("aria-current", "page");
    }
}

/// <summary>"Stroomschema": one question at a time, the route so far, the outcome.</summary>
public sealed class FlowchartPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Question => page.Locator("fieldset");
    public ILocator Yes => page.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true });
    public ILocator No => page.GetByRole(AriaRole.Radio, new() { Name = "Nee", Exact = true });
    public ILocator Rationale => page.GetByRole(AriaRole.Textbox, new() { Name = "Toelichting" });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Antwoord opslaan" });
    public ILocator Route => page.GetByRole(AriaRole.Region, new() { Name = "Uw route tot nu toe" });
    public ILocator Outcome => page.GetByRole(AriaRole.Region, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Uitkomst") });
    public ILocator Term(string word) => page.Locator("details.regie-term > summary", new() { HasText = word }).First;

    public async Task<FlowchartPage> WaitAsync(string title)
    {
        await Expect(Heading).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stroomschema", Level = 2 })).ToBeVisibleAsync();
        return this;
    }

    public async Task AnswerAsync(string questionStart, bool yes, string rationale)
    {
        await Expect(Question).ToContainTextAsync(questionStart);
        await (yes ? Yes : No).CheckAsync();
        await Rationale.FillAsync(rationale);
        await Save.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uw antwoord is opgeslagen");
    }

    public ILocator Partnership(int scenario) => page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^Scenario {scenario}:") });
}

/// <summary>"Afspraken": the overview table and one fieldset per topic.</summary>
public sealed class AgreementsPage(IPage page)
{
    public ILocator Overview => page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Stand van de afspraken") });
    public ILocator Topic(string topic) => page.GetByRole(AriaRole.Group, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + topic) });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Afspraken opslaan" });

    public async Task FillAsync(string topic, string agreement, string owner, string due, bool done)
    {
        var group = Topic(topic);
        await group.GetByLabel(new System.Text.RegularExpressions.Regex("^Afspraak bij")).FillAsync(agreement);
        await group.GetByLabel(new System.Text.RegularExpressions.Regex("^Eigenaar")).FillAsync(owner);
        await group.GetByLabel(new System.Text.RegularExpressions.Regex("^Uiterlijk")).FillAsync(due);
        if (done) await group.GetByRole(AriaRole.Checkbox).CheckAsync();
    }
}
