using System.Net.Http.Json;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;
using Regie.Tests.Tenancy;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Chain.Api;

/// <summary>
/// By enumeration: no chain API route and no page a supplier can open ever answers with a pupil's name, number, birth
/// date, first-level hash or ECK iD — not in a roster, an error list or a refusal.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ChainApiPrivacyTests(RegieApp app)
{
    private static IEnumerable<string> Leaks(string where, string body, IEnumerable<string> secrets) =>
        secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(_ => $"{where} shows a pupil's personal data");

    [Fact]
    public async Task EveryChainApiRoute_AnswersWithoutPersonalData()
    {
        var world = await app.ChainWorldAsync(wholeSchool: true);
        var secrets = world.Pupils.SelectMany(p => p.Secrets()).ToList();
        var client = app.ApiClient(world.Key);
        var pseudonyms = await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);
        var routes = RouteCatalog.Discover(app).Where(r => r.Template.StartsWith("api/v1/chain", StringComparison.Ordinal)).ToList();

        var leaks = new List<string>();
        foreach (var route in routes)
        foreach (var id in new[] { world.Rule.Id, world.WithEckId.Pupil.Id, Guid.NewGuid() })
        {
            var url = route.Url(id);
            foreach (var target in new[] { url, url + "?format=xml" })
                leaks.AddRange(Leaks($"GET {target}", await (await client.GetAsync(target)).Content.ReadAsStringAsync(), secrets));
            if (!url.EndsWith("/results", StringComparison.Ordinal)) continue;
            object[] bodies =
            [
                new { toetsen = new[] { ChainApiTestData.Test() }, resultaten = pseudonyms.Values.Select((p, i) => ChainApiTestData.Result($"P-{TestData.Next()}-{i}", p)).ToArray() },
                new { resultaten = pseudonyms.Values.Select((p, i) => ChainApiTestData.Result($"Q-{i}", p, score: 1000, date: "morgen")).ToArray() },
                new { resultaten = world.Pupils.Select((p, i) => ChainApiTestData.Result($"Q-{i}", p.Number)).Concat(world.Pupils.Where(p => p.EckId is not null).Select(p => ChainApiTestData.Result("E", p.EckId!))).ToArray() },
            ];
            foreach (var body in bodies)
                leaks.AddRange(Leaks($"POST {url}", await (await client.PostAsJsonAsync(url, body)).Content.ReadAsStringAsync(), secrets));
        }

        Assert.Contains(routes, r => r.Template.EndsWith("/results", StringComparison.Ordinal));
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
    }

    [Fact]
    public async Task EveryPageASupplierUserOpens_ShowsNoPersonalData()
    {
        var world = await app.ChainWorldAsync(wholeSchool: true);
        await app.FetchPseudonymsAsync(world.Key, world.Rule.Id, world.Supplier.Id);
        var secrets = world.Pupils.SelectMany(p => p.Secrets()).ToList();
        var user = await app.LoginAsync((await app.CreateUserAsync(world.Supplier, Roles.Supplier, Roles.Administrator)).Email!);
        var ids = new[] { world.Rule.Id, world.WithEckId.Pupil.Id, world.Group.Id, world.School.Id, world.Agreement.Id };

        var leaks = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.IsPage))
        foreach (var url in route.TakesId ? ids.Select(route.Url) : [route.Url(Guid.Empty)])
            leaks.AddRange(Leaks($"GET {url}", await (await user.GetAsync(url)).Content.ReadAsStringAsync(), secrets));

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
    }
}
