using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

/// <summary>"Business case": the line form, the figures and the exports.</summary>
public sealed class BusinessCasePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Business case", Level = 1 });
    public ILocator Lines => page.GetByRole(AriaRole.Table, new() { Name = "Regels van de business case" });
    public ILocator CashFlowTable => page.GetByRole(AriaRole.Table, new() { Name = "Opgetelde kasstroom per jaar, met en zonder subsidie" });
    public ILocator CashFlowChart => page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Grafiek van de opgetelde kasstroom") });
    public ILocator Status => page.GetByRole(AriaRole.Status).First;
    private ILocator Form => page.GetByRole(AriaRole.Region, new() { Name = "Regel toevoegen" });

    public async Task<BusinessCasePage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task AddCostAsync(string description, string phase, string amount, bool yearly, string from)
    {
        await Form.GetByLabel("Soort regel").SelectOptionAsync(new SelectOptionValue { Label = "Kosten" });
        await FillCommonAsync(description, yearly, from);
        await Form.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = phase });
        await Form.GetByLabel("Bedrag in euro's").FillAsync(amount);
        await SubmitAsync(description);
    }

    public async Task AddOwnHoursAsync(string description, string phase, string hours, string rate, string from)
    {
        await Form.GetByLabel("Soort regel").SelectOptionAsync(new SelectOptionValue { Label = "Eigen uren" });
        await FillCommonAsync(description, yearly: true, from);
        await Form.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = phase });
        await Form.GetByLabel("Aantal uren").FillAsync(hours);
        await Form.GetByLabel("Uurtarief in euro's").FillAsync(rate);
        await SubmitAsync(description);
    }

    public async Task AddSubsidyAsync(string description, string amount, string from, string to)
    {
        await Form.GetByLabel("Soort regel").SelectOptionAsync(new SelectOptionValue { Label = "Subsidie" });
        await FillCommonAsync(description, yearly: true, from);
        await Form.GetByLabel("Bedrag in euro's").FillAsync(amount);
        await Form.GetByLabel("Tot en met jaar").FillAsync(to);
        await SubmitAsync(description);
    }

    public async Task<IDownload> ExportToExcelAsync() =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exporteren naar Excel" }).ClickAsync());

    private async Task FillCommonAsync(string description, bool yearly, string from)
    {
        await Form.GetByLabel("Omschrijving").FillAsync(description);
        await Form.GetByLabel("Eenmalig of per jaar").SelectOptionAsync(new SelectOptionValue { Label = yearly ? "Per jaar" : "Eenmalig" });
        await Form.GetByLabel("Vanaf jaar").FillAsync(from);
    }

    private async Task SubmitAsync(string description)
    {
        await Form.GetByRole(AriaRole.Button, new() { Name = "Regel toevoegen" }).ClickAsync();
        await Expect(Status).ToContainTextAsync($"De regel '{description}' is opgeslagen.");
    }
}

/// <summary>"Risico's en go/no-go": the risk form, the heat map and the register.</summary>
public sealed class RisksPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Risico's en go/no-go-momenten", Level = 1 });
    public ILocator HeatMap => page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Risicokaart") });
    public ILocator Register => page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Risico's van het initiatief") });

    private ILocator Form => page.GetByRole(AriaRole.Region, new() { Name = "Risico toevoegen" });

    public ILocator Cell(int probability, int impact) =>
        HeatMap.Locator($"td[data-probability=\"{probability}\"][data-impact=\"{impact}\"] .regie-heatmap__count");

    public async Task<RisksPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task AddRiskAsync(string title, string category, int probability, int impact, string amount, string owner, string rationale)
    {
        await Form.GetByLabel("Risico", new() { Exact = true }).FillAsync(title);
        await Form.GetByLabel("Categorie").SelectOptionAsync(new SelectOptionValue { Label = category });
        await Form.GetByLabel("Kans", new() { Exact = true }).SelectOptionAsync(probability.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Form.GetByLabel("Impact", new() { Exact = true }).SelectOptionAsync(impact.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Form.GetByLabel("Schade in euro's").FillAsync(amount);
        await Form.GetByLabel("Eigenaar", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = owner });
        await Form.GetByLabel("Waarom deze eigenaar").FillAsync(rationale);
        await Form.GetByRole(AriaRole.Button, new() { Name = "Risico toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"Het risico '{title}' is opgeslagen.");
    }
}
