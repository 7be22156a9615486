using System.Globalization;
using MiniExcelLibs;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.BrowserTests.Tests;

[Collection(RegieCollection.Name)]
public sealed class ExportTests(RegieFixture app)
{
    [Fact]
    public async Task The_schools_list_downloads_as_an_Excel_file_with_headers_and_schools()
    {
        var stored = await app.PrimaryBoardSchoolsAsync();
        var known = stored[0];
        await using var context = await app.NewContextAsync(Roles.Purchaser);
        var (page, shell) = await context.OpenStartAsync();
        await shell.OpenAsync("Scholen");

        var download = await new SchoolsPage(page).ExportToExcelAsync();

        Assert.Matches(@"^scholen-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"regie-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await download.SaveAsAsync(path);
            var rows = MiniExcel.Query(path).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
            Assert.Equal(["Naam", "Vestigingscode", "Plaats", "Denominatie", "Aantal leerlingen", "Gearchiveerd op"], rows[0].Select(v => v?.ToString()));
            Assert.Equal(stored.Count, rows.Count - 1);
            var school = Assert.Single(rows, r => Equals(r[1], known.LocationCode));
            Assert.Equal(known.Name, school[0]);
            Assert.Equal(known.City, school[2]);
            Assert.Equal(known.PupilCount, Convert.ToInt32(school[4], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
