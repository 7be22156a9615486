using System.Net;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Features.Procurement.Offers;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Api;

namespace Regie.Tests.Features.Procurement.Api;

[Collection(AppCollection.Name)]
public sealed class ProcurementApiTests(RegieApp app)
{
    private const string Invitations = "/api/v1/procurement/invitations";

    [Fact]
    public async Task AKey_ListsItsSuppliersInvitations()
    {
        var tender = await app.TenderAsync();
        var (key, _) = await app.KeyForAsync(tender.Supplier, ApiScopes.TendersRead);

        var response = await app.ApiClient(key).GetAsync(Invitations);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single((await response.JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(tender.Project.Id, item.GetProperty("id").GetGuid());
        Assert.Equal(tender.Board.Name, item.GetProperty("boardName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("offerStatus").ValueKind);
    }

    [Fact]
    public async Task AnInvitation_ShowsRequirementsAndPublishedAnswers_WithoutWhoAsked()
    {
        var tender = await app.TenderAsync();
        await app.WithDbAsync(async db =>
        {
            db.ProjectQuestions.AddRange(
                new ProjectQuestion { BoardId = tender.Board.Id, ProjectId = tender.Project.Id, SupplierId = tender.Other.Id, Number = 1, Text = "Mag het ook op tablets?", Answer = "Ja, op iPad en Chromebook.", AskedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow },
                new ProjectQuestion { BoardId = tender.Board.Id, ProjectId = tender.Project.Id, SupplierId = tender.Other.Id, Number = 2, Text = "Nog niet beantwoorde vraag", AskedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        }, tender.Board);
        var (key, _) = await app.KeyForAsync(tender.Supplier, ApiScopes.TendersRead);

        var response = await app.ApiClient(key).GetAsync($"{Invitations}/{tender.Project.Id}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(["E1", "W1"], body.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var question = Assert.Single(body.GetProperty("questions").EnumerateArray());
        Assert.Equal("Ja, op iPad en Chromebook.", question.GetProperty("answer").GetString());
        Assert.DoesNotContain(tender.Other.Id.ToString(), text);
        Assert.DoesNotContain(tender.Other.Name, text);
        Assert.DoesNotContain("Nog niet beantwoorde vraag", text);
    }

    [Fact]
    public async Task TheOwnOffer_ShowsStatusAndContent_ToItsSupplierOnly()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        await app.SubmittedOfferAsync(tender, secrets);
        var (key, _) = await app.KeyForAsync(tender.Supplier, ApiScopes.TendersRead);
        var (otherKey, _) = await app.KeyForAsync(tender.Other, ApiScopes.TendersRead);

        var response = await app.ApiClient(key).GetAsync($"{Invitations}/{tender.Project.Id}/offer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(("submitted", 1), (body.GetProperty("status").GetString(), body.GetProperty("revision").GetInt32()));
        Assert.Contains(secrets.Answer, body.GetProperty("answers").ToString());
        Assert.Equal(secrets.FileName, Assert.Single(body.GetProperty("documents").EnumerateArray()).GetProperty("fileName").GetString());
        var other = await app.ApiClient(otherKey).GetAsync($"{Invitations}/{tender.Project.Id}/offer");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.All(secrets.All, s => Assert.DoesNotContain(s, other.Content.ReadAsStringAsync().Result));
    }

    [Fact]
    public async Task AKeyWithoutTheScope_IsRefused()
    {
        var tender = await app.TenderAsync();
        var (key, _) = await app.KeyForAsync(tender.Supplier, ApiScopes.CatalogRead);

        var response = await app.ApiClient(key).GetAsync(Invitations);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Aanbestedingen lezen", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheKeysPage_OffersTheTendersScope()
    {
        var tender = await app.TenderAsync();
        var admin = await app.LoginAsync((await app.CreateUserAsync(tender.Supplier, Regie.Web.Infrastructure.Authorization.Roles.Supplier, Regie.Web.Infrastructure.Authorization.Roles.Administrator)).Email!);

        var page = await admin.GetPageAsync("/Market/Portal/ApiKeys");

        Assert.Contains("Aanbestedingen lezen", page);
        Assert.Contains("value=\"TendersRead\"", page);
    }
}
