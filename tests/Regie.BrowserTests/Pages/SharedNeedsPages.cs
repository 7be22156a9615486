using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

/// <summary>The cooperative's shared needs: the groups Regie found and every shared need.</summary>
public sealed class SharedNeedsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Gedeelde behoeften", Level = 1 });
    public ILocator Groups => page.GetByRole(AriaRole.Article);
    public ILocator Group(string words) => Groups.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = words }) });
    public ILocator ChartTable => page.GetByRole(AriaRole.Table, new() { Name = "Besturen, scholen en leerlingen per groep" });

    public async Task<SharedNeedsPage> WaitAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        return this;
    }

    public async Task<ProposalFormPage> MakeProposalAsync(ILocator group)
    {
        await group.GetByRole(AriaRole.Link, new() { Name = "Bundelvoorstel maken" }).ClickAsync();
        return await new ProposalFormPage(page).WaitAsync();
    }
}

public sealed class ProposalFormPage(IPage page)
{
    public ILocator Title => page.GetByRole(AriaRole.Textbox, new() { Name = "Titel" });
    public ILocator Description => page.GetByRole(AriaRole.Textbox, new() { Name = "Toelichting" });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Bundelvoorstel opslaan" });

    public async Task<ProposalFormPage> WaitAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bundelvoorstel maken", Level = 1 })).ToBeVisibleAsync();
        return this;
    }
}
