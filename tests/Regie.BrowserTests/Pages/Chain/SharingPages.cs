using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Chain;

/// <summary>Delen met leveranciers: the board's sharing rules.</summary>
public sealed class SharingIndexPage(IPage page)
{
    public ILocator Create => page.GetByRole(AriaRole.Link, new() { Name = "Deelregel maken", Exact = true });
    public ILocator Rules => page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Deelregels, pagina ") });
    public ILocator Row(string supplier, string product) =>
        Rules.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = $"{supplier}, {product}", Exact = true }) });
    public ILocator RuleLink(string supplier, string product) => Rules.GetByRole(AriaRole.Link, new() { Name = $"{supplier}, {product}", Exact = true });
}

/// <summary>Deelregel maken: supplier, product, schools or groups, and the fields besides the pseudonym.</summary>
public sealed class RuleCreatePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Deelregel maken", Level = 1 });
    public ILocator Supplier => page.GetByLabel("Leverancier", new() { Exact = true });
    public ILocator Product => page.GetByLabel("Product", new() { Exact = true });
    public ILocator Scopes => page.GetByRole(AriaRole.Group, new() { Name = "Scholen en groepen" });
    public ILocator School(string school) => Scopes.GetByRole(AriaRole.Group, new() { Name = school, Exact = true });
    public ILocator GroupOf(string school, string group) =>
        School(school).GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{Regex.Escape(group)} \\(\\d+ leerlingen\\)$") });
    public ILocator Field(string label) => page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Deelregel opslaan" });
}

/// <summary>One sharing rule: its status, scope and fields.</summary>
public sealed class RuleDetailsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).First;
    public ILocator Main => page.GetByRole(AriaRole.Main);
}

/// <summary>Verwerkersovereenkomsten: the list and the form to record one.</summary>
public sealed class ProcessingAgreementsPage(IPage page)
{
    public ILocator Create => page.GetByRole(AriaRole.Link, new() { Name = "Overeenkomst vastleggen", Exact = true });
    public ILocator Supplier => page.GetByLabel("Leverancier", new() { Exact = true });
    public ILocator Product => page.GetByLabel("Product", new() { Exact = true });
    public ILocator ModelVersion => page.GetByLabel("Modelversie");
    public ILocator SignedOn => page.GetByLabel("Ondertekend op");
    public ILocator Category(string label) => page.GetByRole(AriaRole.Group, new() { Name = "Gegevens die de leverancier mag ontvangen" })
        .GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });
    public ILocator Purposes => page.GetByRole(AriaRole.Textbox, new() { Name = "Doeleinden" });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Overeenkomst opslaan" });
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Status => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).First;

    public async Task<ProcessingAgreementsPage> WaitForFormAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verwerkersovereenkomst vastleggen", Level = 1 })).ToBeVisibleAsync();
        return this;
    }
}
