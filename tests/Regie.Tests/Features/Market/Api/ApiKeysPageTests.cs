using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Audit;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Market.Api;

[Collection(AppCollection.Name)]
public sealed partial class ApiKeysPageTests(RegieApp app)
{
    private const string Page = "/Market/Portal/ApiKeys";

    private async Task<(Supplier Supplier, HttpClient Client)> SupplierUserAsync()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier());
        var user = await app.CreateUserAsync(supplier, Roles.Supplier);
        return (supplier, await app.LoginAsync(user.Email!));
    }

    private async Task<string> CreateKeyAsync(HttpClient client, string name, params string[] scopes)
    {
        var form = new Dictionary<string, string> { ["Input.Name"] = name };
        var response = await client.PostFormAsync($"{Page}?handler=Create", form.Concat(scopes.Select((s, i) => new KeyValuePair<string, string>($"Input.Scopes[{i}]", s))).ToDictionary());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return KeyPattern().Match(html).Value;
    }

    [Fact]
    public async Task Create_ShowsTheKeyOnce_StoresOnlyAHash_AndTheKeyWorks()
    {
        var (supplier, client) = await SupplierUserAsync();

        var key = await CreateKeyAsync(client, "Voorraadsysteem", "CatalogRead");

        Assert.StartsWith(ApiKey.KeyStart, key);
        var stored = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(), supplier);
        Assert.Equal(("Voorraadsysteem", ApiScopes.CatalogRead), (stored.Name, stored.Scopes));
        Assert.DoesNotContain(key.Split('.')[1], stored.SecretHash);
        Assert.Equal(64, stored.SecretHash.Length);
        Assert.DoesNotContain(key, await client.GetPageAsync(Page));
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(key).GetAsync("/api/v1/catalog/items")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.EntityId == stored.Id)));
    }

    [Fact]
    public async Task Create_WithoutNameOrScope_ShowsDutchErrors()
    {
        var (supplier, client) = await SupplierUserAsync();

        var response = await client.PostFormAsync($"{Page}?handler=Create", new() { ["Input.Name"] = "" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Geef de sleutel een naam", html);
        Assert.Contains("Kies minstens één recht", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.ApiKeys.CountAsync(), supplier));
    }

    [Fact]
    public async Task Rotate_IssuesANewKey_AndTheOldOneExpiresAfterTheGracePeriod()
    {
        var (supplier, client) = await SupplierUserAsync();
        var oldKey = await CreateKeyAsync(client, "Koppeling", "CatalogRead");
        var old = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(), supplier);

        var response = await client.PostFormAsync($"{Page}?handler=Rotate", new() { ["keyId"] = old.Id.ToString(), ["graceDays"] = "7" });
        var newKey = KeyPattern().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())).Value;

        Assert.NotEqual(oldKey, newKey);
        var keys = await app.WithDbAsync(db => db.ApiKeys.ToListAsync(), supplier);
        var rotated = keys.Single(k => k.Id == old.Id);
        Assert.InRange(rotated.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddDays(6.9), DateTimeOffset.UtcNow.AddDays(7.1));
        Assert.Equal(old.Id, keys.Single(k => k.Id != old.Id).RotatedFromId);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(oldKey).GetAsync("/api/v1/catalog/items")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(newKey).GetAsync("/api/v1/catalog/items")).StatusCode);

        await client.PostFormAsync($"{Page}?handler=Rotate", new() { ["keyId"] = keys.Single(k => k.Id != old.Id).Id.ToString(), ["graceDays"] = "0" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(newKey).GetAsync("/api/v1/catalog/items")).StatusCode);
    }

    [Fact]
    public async Task Revoke_StopsTheKeyAtOnce()
    {
        var (supplier, client) = await SupplierUserAsync();
        var key = await CreateKeyAsync(client, "Koppeling", "CatalogRead", "CatalogWrite");
        var stored = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(), supplier);

        var response = await client.PostFormAsync($"{Page}?handler=Revoke", new() { ["keyId"] = stored.Id.ToString() });

        Assert.Contains("is ingetrokken", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(key).GetAsync("/api/v1/catalog/items")).StatusCode);
    }

    [Fact]
    public async Task KeysOfAnotherSupplier_CannotBeSeenRotatedOrRevoked()
    {
        var (other, otherClient) = await SupplierUserAsync();
        await CreateKeyAsync(otherClient, "Geheime koppeling", "CatalogRead");
        var victim = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(), other);
        var (_, client) = await SupplierUserAsync();

        Assert.DoesNotContain("Geheime koppeling", await client.GetPageAsync(Page));
        Assert.DoesNotContain("Geheime koppeling", await (await client.GetAsync($"{Page}?handler=Export&format=csv")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"{Page}?handler=Revoke", new() { ["keyId"] = victim.Id.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"{Page}?handler=Rotate", new() { ["keyId"] = victim.Id.ToString(), ["graceDays"] = "0" })).StatusCode);
        var after = await app.WithDbAsync(db => db.ApiKeys.SingleAsync(), other);
        Assert.Equal((null, null), (after.RevokedAt, after.ExpiresAt));
    }

    [Fact]
    public async Task BoardUsers_AreRefused()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Administrator);

        var response = await client.GetAsync(Page);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Location().Contains("AccessDenied", StringComparison.Ordinal), response.StatusCode.ToString());
    }

    [GeneratedRegex(@"regie_[0-9a-f]{12}\.[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();
}
