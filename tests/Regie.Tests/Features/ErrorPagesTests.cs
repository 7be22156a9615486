using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features;

[Collection(AppCollection.Name)]
public sealed class ErrorPagesTests(RegieApp app)
{
    [Fact]
    public async Task UnknownPage_ShowsADutchNotFoundPage()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var response = await client.GetAsync("/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RecordOfNoOne_ShowsTheSameNotFoundPage()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var response = await client.GetAsync($"/Schools/Details/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AccessDenied_ExplainsInDutch()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var response = await client.GetAsync("/Account/AccessDenied");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("U heeft niet de rol die nodig is", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ErrorPage_ForAServerError_SaysNothingWasHalfSaved()
    {
        var html = WebUtility.HtmlDecode(await app.CreateBrowser().GetStringAsync("/Error"));
        Assert.Contains("Er is niets half opgeslagen", html);
    }
}
