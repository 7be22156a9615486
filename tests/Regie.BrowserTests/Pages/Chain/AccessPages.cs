using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages.Chain;

/// <summary>Toegangslog: every roster fetch and delivery for the schools of the privacy contact, and the subject-access search.</summary>
public sealed class AccessLogPage(IPage page)
{
    public ILocator Pupil => page.GetByRole(AriaRole.Searchbox, new() { Name = "Leerling", Exact = true });
    public ILocator FindPupil => page.GetByRole(AriaRole.Button, new() { Name = "Leerling zoeken" });
    public ILocator Found => page.GetByRole(AriaRole.Table, new() { Name = "Gevonden leerlingen" });
    public ILocator School => page.GetByLabel("School", new() { Exact = true });
    public ILocator Filter => page.GetByRole(AriaRole.Button, new() { Name = "Filteren" });
    public ILocator Count => page.Locator("#access-results").GetByRole(AriaRole.Status);
    public ILocator Entries => page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Toegangslog, pagina ") });
    public ILocator Entry(string kind) => Entries.GetByRole(AriaRole.Row).Filter(new() { HasText = kind });
}

/// <summary>Verzoek om inzage: which suppliers received data about one pupil, with the letter as PDF.</summary>
public sealed class SubjectAccessPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Received => page.GetByRole(AriaRole.Table, new() { Name = "Leveranciers die gegevens over de leerling ontvingen" });
    public ILocator Results => page.GetByRole(AriaRole.Table, new() { Name = "Resultaten die leveranciers over de leerling aanleverden" });
    public ILocator Pdf => page.GetByRole(AriaRole.Link, new() { Name = "Antwoord als PDF" });

    public async Task<SubjectAccessPage> WaitAsync(string name)
    {
        await Expect(Heading).ToContainTextAsync(name);
        return this;
    }
}
