using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Schools;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Import;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Tenancy;

/// <summary>
/// Proves by enumeration that no route lets one organization see or change another's records,
/// and that no route but the public ones serves an anonymous visitor.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossBoardAccessTests(RegieApp app)
{
    private static readonly HashSet<string> PublicRoutes =
        ["Account/Login", "Account/SetPassword", "Account/AccessDenied", "Account/Logout", "Error", "health"];

    private static readonly HashSet<HttpStatusCode> Refusals = [HttpStatusCode.NotFound, HttpStatusCode.Forbidden];

    [Fact]
    public void Enumeration_FindsTheAppsRoutes()
    {
        var templates = RouteCatalog.Discover(app).Select(r => r.Template).ToList();
        Assert.Contains("Schools/Details/{id:guid}", templates);
        Assert.Contains("Users/Details/{id:guid}", templates);
        Assert.Contains("Imports/Details/{id:guid}", templates);
        Assert.Contains("health", templates);
        Assert.True(templates.Count >= 20, string.Join(", ", templates));
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin_OnEveryRouteButThePublicOnes()
    {
        var anonymous = app.CreateBrowser();
        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => !PublicRoutes.Contains(r.Template.Split("/{")[0])))
        {
            var url = route.Url(Guid.NewGuid());
            var get = await anonymous.GetAsync(url);
            if (!IsLoginRedirect(get)) failures.Add($"GET {url} → {(int)get.StatusCode} {get.Location()}");
            foreach (var handler in route.PostHandlers)
            {
                var post = await anonymous.PostFormAsync(WithHandler(url, handler), []);
                if (!IsLoginRedirect(post)) failures.Add($"POST {WithHandler(url, handler)} → {(int)post.StatusCode} {post.Location()}");
            }
        }
        Assert.True(failures.Count == 0, "Reachable without login:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task PublicRoutes_AreReachableWithoutLogin()
    {
        var anonymous = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task OtherOrganizations_GetNotFoundOrForbidden_ForEveryRecordOfBoardB()
    {
        var (victim, victimRecords) = await BoardWithRecordsAsync();
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var cooperative = await app.CreateOrganizationAsync(new Cooperative());
        var intruders = new[]
        {
            ("beheerder van bestuur A", await app.LoginAsync((await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Administrator)).Email!)),
            ("leraar van bestuur A", await app.LoginAsync((await app.CreateUserAsync(await app.CreateBoardAsync(), Roles.Teacher)).Email!)),
            ("leverancier", await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier, Roles.Administrator)).Email!)),
            ("coöperatie", await app.LoginAsync((await app.CreateUserAsync(cooperative, Roles.Cooperative, Roles.Administrator)).Email!)),
        };
        var before = await SnapshotAsync(victim);

        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.TakesId))
        foreach (var (who, client) in intruders)
        foreach (var (kind, id) in victimRecords)
        {
            var url = route.Url(id);
            var get = await client.GetAsync(url);
            if (!IsRefused(get)) failures.Add($"{who}: GET {url} ({kind} of B) → {(int)get.StatusCode}");
            foreach (var handler in route.PostHandlers)
            {
                var post = await client.PostFormAsync(WithHandler(url, handler), new() { ["version"] = "0", ["stamp"] = "" });
                if (!IsRefused(post)) failures.Add($"{who}: POST {WithHandler(url, handler)} ({kind} of B) → {(int)post.StatusCode} {post.Location()}");
            }
        }

        Assert.True(failures.Count == 0, "Board B's records reachable:\n" + string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync(victim));
    }

    [Fact]
    public async Task ListsAndPagesOfBoardA_NeverShowBoardBsData()
    {
        var (victim, _) = await BoardWithRecordsAsync();
        var secrets = await app.WithDbAsync(async db => new[]
        {
            victim.Name,
            await db.Schools.Where(s => s.BoardId == victim.Id).Select(s => s.Name).FirstAsync(),
            await db.Users.Where(u => u.OrganizationId == victim.Id).Select(u => u.Email!).FirstAsync(),
        }, victim);
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);

        var leaks = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.IsPage && !r.TakesId))
        {
            var url = route.Url(Guid.Empty);
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            leaks.AddRange(secrets.Where(s => body.Contains(s, StringComparison.Ordinal)).Select(s => $"{url} shows '{s}'"));
            if (response.StatusCode == HttpStatusCode.OK && body.Contains("handler=Export", StringComparison.Ordinal))
            {
                var export = await (await client.GetAsync(url + "?handler=Export&format=csv")).Content.ReadAsStringAsync();
                leaks.AddRange(secrets.Where(s => export.Contains(s, StringComparison.Ordinal)).Select(s => $"{url} export shows '{s}'"));
            }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private async Task<(Board Board, List<(string Kind, Guid Id)> Records)> BoardWithRecordsAsync()
    {
        var board = await app.CreateBoardAsync();
        var school = await app.CreateSchoolAsync(board, $"Geheime school {TestData.Next()}");
        var user = await app.CreateUserAsync(board, Roles.Teacher);
        var job = new ImportJob { OrganizationId = board.Id, Kind = "schools", FileName = "b.csv", Content = [1], CreatedById = user.Id, CreatedByName = "B", CreatedAt = DateTimeOffset.UtcNow };
        job.Validated(new ImportCheck(null, 1, 1, 0, null, [], new(["Naam"], [["x"]])), DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.ImportJobs.Add(job); return await db.SaveChangesAsync(); }, board);
        return (board, [("school", school.Id), ("gebruiker", user.Id), ("import", job.Id), ("bestuur", board.Id)]);
    }

    private Task<string> SnapshotAsync(Board board) => app.WithDbAsync(async db =>
    {
        var schools = await db.Schools.IgnoreQueryFilters().Where(s => s.BoardId == board.Id).Select(s => $"{s.Id}:{s.Version}:{s.ArchivedAt}").ToListAsync();
        var users = await db.Users.Where(u => u.OrganizationId == board.Id).Select(u => $"{u.Id}:{u.ConcurrencyStamp}").ToListAsync();
        var jobs = await db.ImportJobs.IgnoreQueryFilters().Where(j => j.OrganizationId == board.Id).Select(j => $"{j.Id}:{j.Status}").ToListAsync();
        var organization = await db.Organizations.Where(o => o.Id == board.Id).Select(o => o.Version).SingleAsync();
        return string.Join("|", schools.Concat(users).Concat(jobs).Append(organization.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    });

    private static string WithHandler(string url, string handler) => handler.Length == 0 ? url : $"{url}?handler={handler}";

    private static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Location().Contains("/Account/Login", StringComparison.Ordinal);

    private static bool IsRefused(HttpResponseMessage response) =>
        Refusals.Contains(response.StatusCode)
        || (response.StatusCode == HttpStatusCode.Redirect && response.Location().Contains("/Account/AccessDenied", StringComparison.Ordinal));
}
