using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Tests.Features.Procurement.Offers;

/// <summary>The board's side: opening after the deadline, the knock-out check, exclusion, and prices after quality.</summary>
[Collection(AppCollection.Name)]
public sealed class OfferOpeningTests(RegieApp app)
{
    [Fact]
    public async Task Opening_BeforeTheDeadline_IsRefused()
    {
        var tender = await app.TenderAsync();
        await app.SubmittedOfferAsync(tender, OfferSecrets.New());

        var response = await tender.Purchaser.PostFormAsync($"{tender.BoardPage}?handler=Open", new() { ["version"] = tender.Project.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProjectStatus.Open, (await app.FindAsync<ProcurementProject>(tender.Project.Id)).Status);
        Assert.Null((await app.OfferOfAsync(tender, tender.Supplier))!.QualityOpenedAt);
    }

    [Fact]
    public async Task AfterOpening_QualityIsReadable_ButThePriceStaysSealedUntilQualityIsFinal()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        await app.SubmittedOfferAsync(tender, secrets);
        await app.PassDeadlineAsync(tender);

        Assert.Contains("Inschrijvingen openen", await tender.Purchaser.GetPageAsync(tender.BoardPage));
        await OpenAsync(tender);

        var project = await app.FindAsync<ProcurementProject>(tender.Project.Id);
        Assert.Equal(ProjectStatus.Evaluation, project.Status);
        Assert.NotNull((await app.OfferOfAsync(tender, tender.Supplier))!.QualityOpenedAt);
        var page = await tender.Purchaser.GetPageAsync(tender.BoardPage);
        Assert.Contains(secrets.Answer, page);
        Assert.Contains(secrets.FileName, page);
        Assert.Contains(tender.Supplier.Name, page);
        Assert.Contains("verzegeld tot de kwaliteitsscores definitief zijn", page);
        Assert.DoesNotContain(secrets.PriceDutch, page);
        var csv = await tender.Purchaser.GetStringAsync($"{tender.BoardPage}?handler=Export&format=csv");
        Assert.Contains(secrets.Answer, csv);
        Assert.DoesNotContain(secrets.PriceDutch, csv);
        var envelopes = (OfferEnvelopes)app.Services.GetService(typeof(OfferEnvelopes))!;
        var opened = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Throws<EnvelopeClosedException>(() => envelopes.OpenPrice(project, opened!, DateTimeOffset.UtcNow));

        await app.SetQualityFinalAsync(tender);

        var priced = await app.OfferOfAsync(tender, tender.Supplier);
        var price = decimal.Parse(secrets.Price, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((price + 12.50m, price + 50m), (priced!.PriceTotal, priced.TcoTotal));
        page = await tender.Purchaser.GetPageAsync(tender.BoardPage);
        Assert.Contains(secrets.PriceDutch, page);
        Assert.DoesNotContain("verzegeld tot de kwaliteitsscores definitief zijn", page);
    }

    [Fact]
    public async Task DraftsAndWithdrawnOffers_AreNotOpened_AndListedAsNotSubmitted()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        await app.SubmittedOfferAsync(tender, OfferSecrets.New(), withDocument: false);
        var draft = OfferTestData.OfferForm(tender, secrets);
        Assert.Equal(HttpStatusCode.Redirect, (await tender.OtherClient.PostOfferAsync(tender, "Save", draft)).StatusCode);
        await app.PassDeadlineAsync(tender);

        await OpenAsync(tender);

        var page = await tender.Purchaser.GetPageAsync(tender.BoardPage);
        Assert.Contains($"{tender.Other.Name} – niet ingediend", page);
        Assert.DoesNotContain(secrets.Answer, page);
        Assert.Null((await app.OfferOfAsync(tender, tender.Other))!.QualityOpenedAt);
    }

    [Fact]
    public async Task AKnockOutAnsweredNo_IsProposedForExclusion_AndTheBoardConfirmsWithAReason()
    {
        var tender = await app.TenderAsync();
        var offer = await app.SubmittedOfferAsync(tender, OfferSecrets.New(), meets: "nee", withDocument: false);
        await app.PassDeadlineAsync(tender);
        await OpenAsync(tender);
        offer = (await app.OfferOfAsync(tender, tender.Supplier))!;

        Assert.Contains("Voorstel: uitsluiten", await tender.Purchaser.GetPageAsync(tender.BoardPage));
        var withoutReason = await tender.Purchaser.PostFormAsync($"{tender.BoardPage}?handler=Exclude",
            new() { ["offerId"] = offer.Id.ToString(), ["version"] = offer.Version.ToString(), ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains($"Vul de reden van uitsluiting van {tender.Supplier.Name} in.", await withoutReason.Content.ReadAsStringAsync());

        var exclude = await tender.Purchaser.PostFormAsync($"{tender.BoardPage}?handler=Exclude",
            new() { ["offerId"] = offer.Id.ToString(), ["version"] = offer.Version.ToString(), ["reason"] = "Voldoet niet aan E1: gegevens buiten de EU." });

        Assert.Equal(HttpStatusCode.Redirect, exclude.StatusCode);
        var excluded = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Equal((OfferStatus.Excluded, "Voldoet niet aan E1: gegevens buiten de EU."), (excluded!.Status, excluded.ExclusionReason));
        await app.SetQualityFinalAsync(tender);
        Assert.Null((await app.OfferOfAsync(tender, tender.Supplier))!.PriceOpenedAt); // an excluded offer's price stays sealed
    }

    [Fact]
    public async Task ATeacher_HasNoAccess_AndAViewerCannotOpen()
    {
        var tender = await app.TenderAsync();
        await app.SubmittedOfferAsync(tender, OfferSecrets.New(), withDocument: false);
        await app.PassDeadlineAsync(tender);
        var teacher = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Regie.Web.Infrastructure.Authorization.Roles.Teacher)).Email!);
        var ict = await app.LoginAsync((await app.CreateUserAsync(tender.Board, Regie.Web.Infrastructure.Authorization.Roles.IctCoordinator)).Email!);

        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync(tender.BoardPage)).StatusCode);
        Assert.DoesNotContain("Inschrijvingen openen</button>", await ict.GetPageAsync(tender.BoardPage));
        var open = await ict.PostFormAsync($"{tender.BoardPage}?handler=Open", new() { ["version"] = tender.Project.Version.ToString() });
        Assert.True(open.StatusCode == HttpStatusCode.Forbidden || open.Location().Contains("AccessDenied"), $"{(int)open.StatusCode} {open.Location()}");
        Assert.Equal(ProjectStatus.Open, (await app.FindAsync<ProcurementProject>(tender.Project.Id)).Status);
    }

    private async Task OpenAsync(Tender tender)
    {
        var project = await app.FindAsync<ProcurementProject>(tender.Project.Id);
        var response = await tender.Purchaser.PostFormAsync($"{tender.BoardPage}?handler=Open", new() { ["version"] = project.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
