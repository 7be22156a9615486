using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Account;

[Collection(AppCollection.Name)]
public sealed class AccountTests(RegieApp app)
{
    private async Task<string> TryLoginAsync(string email, string password)
    {
        var response = await app.CreateBrowser().PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect ? "ok" : WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WrongPassword_GivesOneMessageForUnknownAndKnownAccounts()
    {
        var user = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await TryLoginAsync(user.Email!, "fout"));
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await TryLoginAsync("niemand@nergens.nl", "fout"));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountTemporarily()
    {
        var user = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);
        for (var i = 0; i < 5; i++) await TryLoginAsync(user.Email!, "fout-" + i);

        Assert.Contains("tijdelijk geblokkeerd", await TryLoginAsync(user.Email!, RegieApp.Password));
        Assert.NotNull((await app.FindAsync<AppUser>(user.Id)).LockoutEnd);
    }

    [Fact]
    public async Task PasswordIsStoredHashed()
    {
        var user = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);
        var stored = await app.FindAsync<AppUser>(user.Id);
        Assert.DoesNotContain(RegieApp.Password, stored.PasswordHash);
        Assert.StartsWith("AQAAAA", stored.PasswordHash); // Identity's PBKDF2 v3 format
    }

    [Fact]
    public async Task EmptyLogin_NamesBothFields()
    {
        var html = await TryLoginAsync("", "");
        Assert.Contains("Vul uw e-mailadres in.", html);
        Assert.Contains("Vul uw wachtwoord in.", html);
    }

    [Fact]
    public async Task Login_RedirectsOnlyToLocalReturnUrls()
    {
        var user = await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher);
        var client = app.CreateBrowser();
        var response = await client.PostFormAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example", new() { ["Input.Email"] = user.Email!, ["Input.Password"] = RegieApp.Password, ["ReturnUrl"] = "https://evil.example" });
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        await client.PostFormAsync("/Account/Logout", []);
        var response = await client.GetAsync("/Schools");
        Assert.Contains("/Account/Login", response.Location());
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    public async Task Logout_FromAnotherSite_IsRefusedAndTheSessionStays(string header, string value)
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Schools")).StatusCode);
    }

    [Fact]
    public async Task Logout_FromAPageOfRegie_NeedsNoToken()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Teacher);
        var page = await client.GetPageAsync("/Schools");
        Assert.Contains("action=\"/Account/Logout\"", page);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Origin", "http://localhost");

        var response = await client.SendAsync(request);

        Assert.Equal("/Account/Login", response.Location());
        Assert.Contains("/Account/Login", (await client.GetAsync("/Schools")).Location());
    }

    [Fact]
    public async Task ChangePassword_RequiresTheCurrentOne()
    {
        var (_, user, client) = await app.BoardUserAsync(Roles.Teacher);
        var wrong = await client.PostFormAsync("/Account/Manage", new() { ["Input.Current"] = "fout", ["Input.Password"] = "Nieuw-wachtwoord-2", ["Input.Confirm"] = "Nieuw-wachtwoord-2" });
        Assert.Contains("Het wachtwoord klopt niet.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));

        var ok = await client.PostFormAsync("/Account/Manage", new() { ["Input.Current"] = RegieApp.Password, ["Input.Password"] = "Nieuw-wachtwoord-2", ["Input.Confirm"] = "Nieuw-wachtwoord-2" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("ok", await TryLoginAsync(user.Email!, "Nieuw-wachtwoord-2"));
    }

    [Fact]
    public async Task Health_ReportsAppAndDatabase()
    {
        var response = await app.CreateBrowser().GetAsync("/health");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", json);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", json);
    }

    [Fact]
    public async Task Migrations_MatchTheModel()
    {
        Assert.False(await app.HasPendingModelChangesAsync(), $"The {app.Provider} migrations are behind the model: run scripts/add-migration.sh.");
    }
}
