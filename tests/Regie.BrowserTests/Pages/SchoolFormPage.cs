using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Pages;

public sealed record SchoolData(string Name, string Brin, string City, string? Street = null, string? HouseNumber = null, string? Postcode = null, int? PupilCount = null);

/// <summary>"School toevoegen" and "… bewerken": the same fields.</summary>
public sealed class SchoolFormPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Name => page.GetByLabel("Naam", new() { Exact = true });
    public ILocator Brin => page.GetByLabel("BRIN", new() { Exact = true });
    public ILocator LocationNumber => page.GetByLabel("Vestigingsnummer");
    public ILocator Street => page.GetByLabel("Straat");
    public ILocator HouseNumber => page.GetByLabel("Huisnummer");
    public ILocator Postcode => page.GetByLabel("Postcode");
    public ILocator City => page.GetByLabel("Plaats");
    public ILocator PupilCount => page.GetByLabel("Aantal leerlingen");
    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);
    public ILocator Create => page.GetByRole(AriaRole.Button, new() { Name = "School opslaan" });
    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" });
    public ILocator Stored => page.GetByRole(AriaRole.Region, new() { Name = "Nu opgeslagen" });

    /// <summary>After a refused save: what is stored now, for one label.</summary>
    public ILocator StoredValue(string label) => Stored.Locator($"dt:text-is('{label}') + dd");

    public async Task<SchoolFormPage> WaitAsync(string heading)
    {
        await Expect(Heading).ToHaveTextAsync(heading);
        return this;
    }

    public async Task FillAsync(SchoolData school)
    {
        await Name.FillAsync(school.Name);
        await Brin.FillAsync(school.Brin);
        await City.FillAsync(school.City);
        if (school.Street is not null) await Street.FillAsync(school.Street);
        if (school.HouseNumber is not null) await HouseNumber.FillAsync(school.HouseNumber);
        if (school.Postcode is not null) await Postcode.FillAsync(school.Postcode);
        if (school.PupilCount is { } pupils) await PupilCount.FillAsync(pupils.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<SchoolDetailsPage> CreateAsync(string expectedName)
    {
        await Create.ClickAsync();
        return await new SchoolDetailsPage(page).WaitAsync(expectedName);
    }
}
