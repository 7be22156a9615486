using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Tenancy;

/// <summary>
/// Catalogue items carry no tenant filter (published items are public), so every supplier page filters itself.
/// These tests prove by enumeration that a supplier never reaches another supplier's items through the portal.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossSupplierAccessTests(RegieApp app)
{
    private async Task<(Supplier Supplier, CatalogItem Concept, CatalogItem Published)> VictimAsync()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier B {TestData.Next()}" });
        CatalogItem Item(string title) => new()
        {
            SupplierId = supplier.Id, SupplierName = supplier.Name, SupplierReference = $"B-{TestData.Next()}", Title = title, Summary = "s", Description = "d",
            Kind = ItemKind.Software, Sectors = SchoolSectors.Po, PriceExclVat = 5m, Compliance = new ComplianceFacts { DataLocation = DataLocation.EuEea },
        };
        var concept = Item($"Geheim concept B {TestData.Next()}");
        var published = Item($"Gepubliceerd B {TestData.Next()}");
        published.Publish(DateTimeOffset.UtcNow);
        await app.WithDbAsync(async db => { db.CatalogItems.AddRange(concept, published); return await db.SaveChangesAsync(); });
        return (supplier, concept, published);
    }

    private async Task<HttpClient> OtherSupplierAsync()
    {
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Leverancier A {TestData.Next()}" });
        return await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier, Roles.Administrator)).Email!);
    }

    private Task<string> SnapshotAsync(Supplier supplier) => app.WithDbAsync(async db => string.Join("|",
        await db.CatalogItems.Where(i => i.SupplierId == supplier.Id).OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.Version}:{i.Status}:{i.Title}").ToListAsync()));

    [Fact]
    public async Task EveryPortalRoute_WithAnotherSuppliersItem_IsNotFound()
    {
        var (victim, concept, published) = await VictimAsync();
        var client = await OtherSupplierAsync();
        var before = await SnapshotAsync(victim);
        var routes = RouteCatalog.Discover(app).Where(r => r.TakesId && r.Template.StartsWith("Market/Portal", StringComparison.Ordinal)).ToList();

        var failures = new List<string>();
        foreach (var route in routes)
        foreach (var item in new[] { concept, published })
        {
            var url = route.Url(item.Id);
            var get = await client.GetAsync(url);
            if (get.StatusCode != HttpStatusCode.NotFound) failures.Add($"GET {url} → {(int)get.StatusCode}");
            foreach (var handler in route.PostHandlers)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                var post = await client.PostFormAsync(target, new() { ["version"] = item.Version.ToString(), ["Input.Title"] = "Overgenomen", ["Input.Version"] = item.Version.ToString() });
                if (post.StatusCode != HttpStatusCode.NotFound) failures.Add($"POST {target} → {(int)post.StatusCode} {post.Location()}");
            }
        }

        Assert.NotEmpty(routes);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync(victim));
    }

    [Fact]
    public async Task OtherMarketRoutes_NeverShowAnotherSuppliersConcept()
    {
        var (_, concept, _) = await VictimAsync();
        var client = await OtherSupplierAsync();

        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.TakesId && r.IsPage && r.Template.StartsWith("Market/", StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(route.Url(concept.Id));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && body.Contains(concept.Title, StringComparison.Ordinal))
                failures.Add($"GET {route.Url(concept.Id)} shows the concept");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task PortalListsAndExports_NeverShowAnotherSuppliersItems()
    {
        var (_, concept, published) = await VictimAsync();
        var client = await OtherSupplierAsync();

        var leaks = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.IsPage && !r.TakesId && r.Template.StartsWith("Market/Portal", StringComparison.Ordinal)))
        {
            var url = route.Url(Guid.Empty);
            foreach (var target in new[] { url, $"{url}?Status=alle", $"{url}?handler=Export&format=csv", $"{url}?handler=Export&format=csv&Status=alle" })
            {
                var body = await (await client.GetAsync(target)).Content.ReadAsStringAsync();
                leaks.AddRange(new[] { concept.Title, published.Title, concept.SupplierReference! }
                    .Where(secret => body.Contains(secret, StringComparison.Ordinal)).Select(secret => $"{target} shows '{secret}'"));
            }
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    /// <summary>A tender another supplier is invited to: every supplier-side procurement route answers 404 and changes nothing.</summary>
    [Fact]
    public async Task EveryTenderRoute_WithAProjectOnlyAnotherSupplierIsInvitedTo_IsNotFound()
    {
        var board = await app.CreateBoardAsync();
        var invited = await app.CreateOrganizationAsync(new Supplier { Name = $"Uitgenodigd {TestData.Next()}" });
        var project = new ProcurementProject
        {
            BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = "Geheime aanbesteding", Description = "d", Category = PurchaseCategory.Software,
            ProcedureStart = new DateOnly(2026, 3, 1), Status = ProjectStatus.Open, QuestionsDeadline = DateTimeOffset.UtcNow.AddDays(5), OfferDeadline = DateTimeOffset.UtcNow.AddDays(9),
        };
        var note = new ClarificationNote { BoardId = board.Id, ProjectId = project.Id, Number = 1, IssuedAt = DateTimeOffset.UtcNow, IssuedBy = "B" };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(project, note, new ProjectSupplier { BoardId = board.Id, ProjectId = project.Id, SupplierId = invited.Id, SupplierName = invited.Name, Status = InvitationStatus.Invited });
            return await db.SaveChangesAsync();
        }, board);
        var client = await OtherSupplierAsync();
        Task<int> QuestionsAsync() => app.WithDbAsync(db => db.ProjectQuestions.IgnoreQueryFilters().CountAsync(q => q.ProjectId == project.Id));

        var failures = new List<string>();
        var routes = RouteCatalog.Discover(app).Where(r => r.TakesId && r.Template.StartsWith("Procurement/Tenders", StringComparison.Ordinal)).ToList();
        foreach (var route in routes)
        foreach (var id in new[] { project.Id, note.Id })
        {
            var url = route.Url(id);
            foreach (var target in new[] { url, $"{url}?handler=Note&number=1" })
            {
                var get = await client.GetAsync(target);
                if (get.StatusCode != HttpStatusCode.NotFound) failures.Add($"GET {target} → {(int)get.StatusCode}");
            }
            foreach (var handler in route.PostHandlers)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                var post = await client.PostFormAsync(target, new() { ["text"] = "Ingebroken vraag", ["reason"] = "Weg", ["version"] = "0" });
                if (post.StatusCode != HttpStatusCode.NotFound) failures.Add($"POST {target} → {(int)post.StatusCode} {post.Location()}");
            }
        }
        var list = await client.GetPageAsync("/Procurement/Tenders/Index");

        Assert.Contains(routes, r => r.Template.StartsWith("Procurement/Tenders/Project", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.DoesNotContain(project.Title, list);
        Assert.Equal(0, await QuestionsAsync());
    }

    /// <summary>Two invited tenderers in one award decision: each reads only its own reason and letter, an uninvited supplier nothing.</summary>
    [Fact]
    public async Task AwardLetters_ShowOnlyTheSuppliersOwnReason()
    {
        var board = await app.CreateBoardAsync();
        var winner = await app.CreateOrganizationAsync(new Supplier { Name = $"Winnaar {TestData.Next()}" });
        var loser = await app.CreateOrganizationAsync(new Supplier { Name = $"Verliezer {TestData.Next()}" });
        var project = new ProcurementProject
        {
            BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = "Gegunde aanbesteding", Description = "d", Category = PurchaseCategory.Software,
            ProcedureStart = new DateOnly(2026, 3, 1), Status = ProjectStatus.Awarded, OfferDeadline = DateTimeOffset.UtcNow.AddDays(-9),
        };
        Regie.Web.Features.Procurement.Offers.Offer OfferOf(Supplier s) => new() { BoardId = board.Id, ProjectId = project.Id, SupplierId = s.Id, SupplierName = s.Name, Status = Regie.Web.Features.Procurement.Offers.OfferStatus.Submitted };
        var (winning, losing) = (OfferOf(winner), OfferOf(loser));
        var decision = Regie.Web.Features.Procurement.Award.AwardDecision.Take(board.Id, project.Id, winning.Id,
            [new(winning.Id, winner.Name, 1, 90m, "Geheime reden voor de winnaar"), new(losing.Id, loser.Name, 2, 70m, "Geheime reden voor de verliezer")],
            20, "B", DateTimeOffset.UtcNow, new DateOnly(2026, 3, 1));
        await app.WithDbAsync(async db =>
        {
            db.AddRange(project, winning, losing, decision);
            foreach (var s in new[] { winner, loser })
                db.Add(new ProjectSupplier { BoardId = board.Id, ProjectId = project.Id, SupplierId = s.Id, SupplierName = s.Name, Status = InvitationStatus.Invited });
            return await db.SaveChangesAsync();
        }, board);
        var loserClient = await app.LoginAsync((await app.CreateUserAsync(loser, Roles.Supplier)).Email!);
        var url = $"/Procurement/Tenders/Award/{project.Id}";

        var page = await loserClient.GetPageAsync(url);
        var letter = await loserClient.GetAsync($"{url}?handler=Letter&decisionId={decision.Id}");
        var stranger = await OtherSupplierAsync();

        Assert.DoesNotContain("Geheime reden voor de winnaar", page);
        Assert.DoesNotContain("90,00", page);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{url}?handler=Letter&decisionId={decision.Id}")).StatusCode);
    }

    [Fact]
    public async Task TheOfferPage_OfATenderTheSupplierIsNotInvitedTo_IsNotFound_AndChangesNothing()
    {
        var tender = await Regie.Tests.Features.Procurement.Offers.OfferTestData.TenderAsync(app);
        await Regie.Tests.Features.Procurement.Offers.OfferTestData.SubmittedOfferAsync(app, tender, Regie.Tests.Features.Procurement.Offers.OfferSecrets.New());
        var offer = (await Regie.Tests.Features.Procurement.Offers.OfferTestData.OfferOfAsync(app, tender, tender.Supplier))!;
        var client = await OtherSupplierAsync();
        var failures = new List<string>();
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.TakesId && r.Template.StartsWith("Procurement/Tenders/Offer", StringComparison.Ordinal)))
        foreach (var id in new[] { tender.Project.Id, offer.Id })
        {
            var url = route.Url(id);
            if ((await client.GetAsync(url)).StatusCode != HttpStatusCode.NotFound) failures.Add($"GET {url}");
            foreach (var handler in route.PostHandlers)
            {
                var post = await client.PostFormAsync($"{url}?handler={handler}", new() { ["version"] = offer.Version.ToString(), ["documentId"] = offer.Documents.Single().Id.ToString() });
                if (post.StatusCode != HttpStatusCode.NotFound) failures.Add($"POST {url}?handler={handler} → {(int)post.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal((Regie.Web.Features.Procurement.Offers.OfferStatus.Submitted, 1, offer.Version), await app.WithDbAsync(async db =>
        {
            var stored = await db.Offers.IgnoreQueryFilters().Include(o => o.Documents).SingleAsync(o => o.Id == offer.Id);
            return (stored.Status, stored.Documents.Count, stored.Version);
        }));
    }

    /// <summary>Another supplier's sharing rule: every chain API route answers 404, issues no pseudonym and stores no result.</summary>
    [Fact]
    public async Task EveryChainApiRoute_WithAnotherSuppliersRule_IsNotFound_AndChangesNothing()
    {
        var victim = await Regie.Tests.Features.Chain.Api.ChainApiTestData.ChainWorldAsync(app);
        var intruder = await Regie.Tests.Features.Chain.Api.ChainApiTestData.ChainWorldAsync(app);
        var client = Regie.Tests.Features.Market.Api.ApiTestData.ApiClient(app, intruder.Key);
        Task<(int, int, int)> FootprintAsync() => app.WithDbAsync(async db => (
            await db.IssuedPseudonyms.IgnoreQueryFilters().CountAsync(p => p.BoardId == victim.Board.Id),
            await db.LearningResults.IgnoreQueryFilters().CountAsync(r => r.BoardId == victim.Board.Id),
            await db.DataAccessEntries.IgnoreQueryFilters().CountAsync(e => e.BoardId == victim.Board.Id)));

        var failures = new List<string>();
        var routes = RouteCatalog.Discover(app).Where(r => r.TakesId && r.Template.StartsWith("api/v1/chain", StringComparison.Ordinal)).ToList();
        foreach (var route in routes)
        foreach (var id in new[] { victim.Rule.Id, victim.Rule.Scopes[0].Id, victim.Plain.Pupil.Id })
        {
            var url = route.Url(id);
            var response = url.EndsWith("/results", StringComparison.Ordinal)
                ? await client.PostAsync(url, System.Net.Http.Json.JsonContent.Create(new { resultaten = new[] { new { key = "x", leerlingid = "y", toetscode = "z", afnamedatum = "2026-01-01", score = 1 } } }))
                : await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.NotFound) failures.Add($"{url} → {(int)response.StatusCode}");
        }

        Assert.Equal(2, routes.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal((0, 0, 0), await FootprintAsync());
    }
}
