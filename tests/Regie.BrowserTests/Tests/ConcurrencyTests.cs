using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class ConcurrencyTests(RegieFixture app)
{
    [Fact]
    public async Task The_second_of_two_simultaneous_edits_is_refused_and_the_first_is_kept()
    {
        var school = (await app.PrimaryBoardSchoolsAsync())[^1];
        await using var firstContext = await app.NewContextAsync(Roles.Administrator);
        await using var secondContext = await app.NewContextAsync(Roles.Administrator);
        var first = await OpenEditAsync(firstContext, school.Name);
        var second = await OpenEditAsync(secondContext, school.Name);

        await first.Form.PupilCount.FillAsync("111");
        await first.Form.Save.ClickAsync();
        var saved = await new SchoolDetailsPage(first.Page).WaitAsync(school.Name);
        await Expect(saved.Status).ToHaveTextAsync($"De wijzigingen aan {school.Name} zijn opgeslagen.");

        await second.Form.PupilCount.FillAsync("222");
        await second.Form.Save.ClickAsync();
        await Expect(second.Form.ErrorSummary).ToContainTextAsync("Iemand anders heeft deze school gewijzigd nadat u de pagina opende. Uw wijzigingen zijn niet opgeslagen.");
        await Expect(second.Form.StoredValue("Aantal leerlingen")).ToHaveTextAsync("111");
        await Expect(second.Form.PupilCount).ToHaveValueAsync("222");
        await Screenshots.TakeAsync(second.Page, "school-edit-conflict");
        await Axe.AssertNoViolationsAsync(second.Page);

        await first.Page.ReloadAsync();
        await Expect(saved.Value("Aantal leerlingen")).ToHaveTextAsync("111");
        Assert.Equal(111, (await app.PrimaryBoardSchoolsAsync()).Single(s => s.Id == school.Id).PupilCount);
    }

    private static async Task<(IPage Page, SchoolFormPage Form)> OpenEditAsync(IBrowserContext context, string name)
    {
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Scholen");
        var schools = new SchoolsPage(page);
        await schools.SearchAsync(name);
        var details = await schools.OpenAsync(name);
        return (page, await details.EditAsync());
    }
}
