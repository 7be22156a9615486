using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Market.Api;
using Regie.Tests.Infrastructure;
using Regie.Tests.Tenancy;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Infrastructure.Api;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Offers;

/// <summary>Until the deadline a submitted offer is readable by its own supplier only: not by the board, not by other suppliers.</summary>
[Collection(AppCollection.Name)]
public sealed class SealedOfferTests(RegieApp app)
{
    [Fact]
    public async Task BeforeTheDeadline_NoBoardPageOrExport_ShowsAnythingOfTheOffer()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);
        var executive = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Roles.Executive)).Email!);
        var ids = new[] { tender.Project.Id, offer.Id, offer.Documents.Single().Id, tender.KnockOut.Id };

        var leaks = new List<string>();
        var visited = 0;
        foreach (var client in new[] { tender.Purchaser, executive })
        foreach (var route in RouteCatalog.Discover(app).Where(r => r.IsPage && r.Template.StartsWith("Procurement/", StringComparison.Ordinal) && !r.Template.StartsWith("Procurement/Tenders", StringComparison.Ordinal)))
        foreach (var id in route.TakesId ? ids : [Guid.Empty])
        {
            var url = route.Url(id);
            var body = await BodyAsync(client, url);
            visited += body.Length > 0 ? 1 : 0;
            leaks.AddRange(secrets.All.Where(s => body.Contains(s, StringComparison.Ordinal)).Select(s => $"{url} shows '{s}'"));
            foreach (var format in new[] { "csv", "xlsx" })
            {
                var export = await BodyAsync(client, $"{url}?handler=Export&format={format}");
                leaks.AddRange(secrets.All.Where(s => export.Contains(s, StringComparison.Ordinal)).Select(s => $"{url} {format} export shows '{s}'"));
            }
            foreach (var handler in new[] { "Document" })
            {
                var download = await client.GetAsync($"{url}?handler={handler}&documentId={offer.Documents.Single().Id}");
                if (download.StatusCode == HttpStatusCode.OK && download.Content.Headers.ContentDisposition is not null)
                    leaks.Add($"{url} downloads the document");
            }
        }

        Assert.True(visited > 3, "too few board pages answered");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task BeforeTheDeadline_TheOffersTab_ShowsOnlyTheCount()
    {
        var tender = await app.TenderAsync();
        var offer = await app.SubmittedOfferAsync(tender, OfferSecrets.New());

        var page = await tender.Purchaser.GetPageAsync(tender.BoardPage);

        Assert.Contains("Ingediende inschrijvingen</dt><dd>1</dd>", page);
        Assert.DoesNotContain(tender.Supplier.Name, page);
        Assert.DoesNotContain("Inschrijvingen openen", page);
        Assert.DoesNotContain("revisie", page);
        Assert.DoesNotContain(offer.Id.ToString(), page);
        var csv = await tender.Purchaser.GetStringAsync($"{tender.BoardPage}?handler=Export&format=csv");
        Assert.DoesNotContain(tender.Supplier.Name, csv);
        Assert.Single(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header row only
    }

    [Fact]
    public async Task AnotherSupplier_SeesNothingOfTheOffer_ThroughPortalOrApi()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);
        var outsider = await app.CreateOrganizationAsync(new Supplier { Name = $"Niet uitgenodigd {TestData.Next()}" });
        var outsiderClient = await app.LoginAsync((await app.CreateUserAsync(outsider, Roles.Supplier, Roles.Administrator)).Email!);
        var (otherKey, _) = await app.KeyForAsync(tender.Other, ApiScopes.TendersRead);
        var (outsiderKey, _) = await app.KeyForAsync(outsider, ApiScopes.TendersRead);

        // The other invited supplier reaches the project, but its own (empty) offer only.
        var otherPage = await tender.OtherClient.GetPageAsync(tender.OfferPage);
        Assert.All(secrets.All, s => Assert.DoesNotContain(s, otherPage));
        var document = offer.Documents.Single().Id;
        Assert.Equal(HttpStatusCode.NotFound, (await tender.OtherClient.GetAsync($"{tender.OfferPage}?handler=Document&documentId={document}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ApiClient(otherKey).GetAsync($"/api/v1/procurement/invitations/{tender.Project.Id}/offer")).StatusCode);

        // A supplier that is not invited does not reach the project at all.
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.GetAsync(tender.OfferPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.GetAsync($"{tender.OfferPage}?handler=Document&documentId={document}")).StatusCode);
        foreach (var path in new[] { "", "/offer" })
            Assert.Equal(HttpStatusCode.NotFound, (await app.ApiClient(outsiderKey).GetAsync($"/api/v1/procurement/invitations/{tender.Project.Id}{path}")).StatusCode);
        var list = await (await app.ApiClient(outsiderKey).GetAsync("/api/v1/procurement/invitations")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(tender.Project.Id.ToString(), list);
    }

    [Fact]
    public async Task TheDatabase_HoldsNoPlaintextOfAnswersFileNamesOrPrices()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);

        var stored = await app.WithDbAsync(async db => new
        {
            Offer = await db.Offers.IgnoreQueryFilters().Where(o => o.Id == offer.Id).Select(o => new { o.SealedQuality, o.SealedPrice }).SingleAsync(),
            Documents = await db.OfferDocuments.IgnoreQueryFilters().Where(d => d.OfferId == offer.Id).Select(d => d.Sealed).ToListAsync(),
            Audit = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityId == offer.Id || a.EntityType == nameof(OfferDocument) && a.OrganizationId == tender.Board.Id)
                .Select(a => a.Changes).ToListAsync(),
        });

        Assert.NotEmpty(stored.Offer.SealedQuality);
        Assert.NotEmpty(stored.Offer.SealedPrice);
        foreach (var bytes in new[] { stored.Offer.SealedQuality, stored.Offer.SealedPrice }.Concat(stored.Documents))
        foreach (var secret in secrets.All.Append("PDF-1.4"))
        {
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), $"'{secret}' is readable in a stored column");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), $"'{secret}' is readable (UTF-16) in a stored column");
        }
        var audit = string.Join("|", stored.Audit.SelectMany(c => c).Select(c => $"{c.Field}:{c.Old}:{c.New}"));
        Assert.All(secrets.All, s => Assert.DoesNotContain(s, audit));
    }

    [Fact]
    public async Task SealedBytes_DoNotOpenForAnotherOfferOrEnvelope()
    {
        var tender = await app.TenderAsync();
        var offer = await app.SubmittedOfferAsync(tender, OfferSecrets.New(), withDocument: false);
        var envelopes = app.Services.GetService(typeof(OfferEnvelopes)) as OfferEnvelopes;
        var copy = new Offer { Id = Guid.NewGuid(), BoardId = offer.BoardId, ProjectId = offer.ProjectId, SupplierId = offer.SupplierId, Revision = offer.Revision, SealedQuality = offer.SealedQuality, SealedPrice = offer.SealedQuality };

        Assert.Equal(2, envelopes!.OpenOwnQuality(offer, offer.SupplierId).Answers.Count);
        Assert.Throws<Regie.Web.Infrastructure.Sealing.SealBrokenException>(() => envelopes.OpenOwnQuality(copy, offer.SupplierId));
        var moved = new Offer { Id = offer.Id, BoardId = offer.BoardId, ProjectId = offer.ProjectId, SupplierId = offer.SupplierId, Revision = offer.Revision, SealedPrice = offer.SealedQuality };
        Assert.Throws<Regie.Web.Infrastructure.Sealing.SealBrokenException>(() => envelopes.OpenOwnPrice(moved, offer.SupplierId));
        var older = new Offer { Id = offer.Id, BoardId = offer.BoardId, ProjectId = offer.ProjectId, SupplierId = offer.SupplierId, Revision = offer.Revision - 1, SealedQuality = offer.SealedQuality };
        Assert.Throws<Regie.Web.Infrastructure.Sealing.SealBrokenException>(() => envelopes.OpenOwnQuality(older, offer.SupplierId));
        Assert.Throws<EnvelopeClosedException>(() => envelopes.OpenOwnQuality(offer, tender.Other.Id));
        var project = await app.FindAsync<Regie.Web.Features.Procurement.Projects.ProcurementProject>(tender.Project.Id);
        Assert.Throws<EnvelopeClosedException>(() => envelopes.OpenQuality(project, offer, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task APlatformAdministrator_ReachesNoOffer()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);
        await app.PassDeadlineAsync(tender);
        var platform = await app.CreateOrganizationAsync(new PlatformOrganization { Name = $"Platform {TestData.Next()}" });
        var administrator = await app.LoginAsync((await app.CreateUserAsync(platform, Roles.Administrator)).Email!);

        foreach (var url in new[] { tender.BoardPage, $"{tender.BoardPage}?handler=Export&format=csv", $"{tender.BoardPage}?handler=Document&documentId={offer.Documents.Single().Id}",
                     tender.OfferPage, $"/api/v1/procurement/invitations/{tender.Project.Id}/offer" })
        {
            var response = await administrator.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                || response.StatusCode == HttpStatusCode.Redirect && response.Location().Contains("AccessDenied"), $"{url} → {(int)response.StatusCode}");
            Assert.All(secrets.All, s => Assert.DoesNotContain(s, body));
        }
        var open = await administrator.PostFormAsync($"{tender.BoardPage}?handler=Open", new() { ["version"] = "0" });
        Assert.NotEqual(HttpStatusCode.OK, open.StatusCode);
        Assert.Null((await app.OfferOfAsync(tender, tender.Supplier))!.QualityOpenedAt);
    }

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) return "";
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            return string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        }
        return Encoding.UTF8.GetString(bytes);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
