using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement.Offers;

namespace Regie.Tests.Features.Procurement.Offers;

/// <summary>The supplier's side: drafting, submitting, withdrawing and resubmitting until the deadline, and uploads.</summary>
[Collection(AppCollection.Name)]
public sealed class OfferSubmissionTests(RegieApp app)
{
    [Fact]
    public async Task Submit_GivesAReceipt_AndTheSupplierReadsItsOwnOffer()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);

        var page = await tender.SupplierClient.GetPageAsync(tender.OfferPage);

        Assert.Equal(1, offer.Revision);
        Assert.Contains("Ontvangstbevestiging", page);
        Assert.Contains("als revisie 1", page);
        Assert.Contains(secrets.Answer, page);
        Assert.Contains(secrets.FileName, page);
        Assert.Contains(secrets.PriceDutch, page);
        // One-off 731.xxx,31 plus 12,50 a year, over four years.
        Assert.Contains((decimal.Parse(secrets.Price, System.Globalization.CultureInfo.InvariantCulture) + 50m).ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), page);
    }

    [Fact]
    public async Task Submit_WithoutKnockOutAnswerOrPriceLine_IsRefusedWithDutchMessages_AndSavesNothing()
    {
        var tender = await app.TenderAsync();
        var form = OfferTestData.OfferForm(tender, OfferSecrets.New(), meets: "");
        form["Input.Lines[0].Description"] = "";
        form["Input.Lines[0].Quantity"] = "";
        form["Input.Lines[0].OneOffPerUnit"] = "";
        form["Input.Lines[0].YearlyPerUnit"] = "";

        var response = await tender.SupplierClient.PostOfferAsync(tender, "Submit", form);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Geef bij eis E1 aan of uw aanbod eraan voldoet.", page);
        Assert.Contains("Vul ten minste één regel in het prijsblad in.", page);
        Assert.Null(await app.OfferOfAsync(tender, tender.Supplier));
    }

    [Theory]
    [InlineData("-5", "kan niet negatief zijn")]
    [InlineData("twaalf", "is geen getal")]
    public async Task BadAmounts_NameTheRow(string amount, string message)
    {
        var tender = await app.TenderAsync();
        var form = OfferTestData.OfferForm(tender, OfferSecrets.New());
        form["Input.Lines[0].YearlyPerUnit"] = amount;

        var response = await tender.SupplierClient.PostOfferAsync(tender, "Save", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Prijsregel 1: de prijs per jaar {message}", await response.Content.ReadAsStringAsync());
        Assert.Null(await app.OfferOfAsync(tender, tender.Supplier));
    }

    [Fact]
    public async Task AHugeAnswer_GetsAMessage_AndScriptIsShownAsText()
    {
        var tender = await app.TenderAsync();
        var form = OfferTestData.OfferForm(tender, OfferSecrets.New());
        form["Input.Answers[1].Text"] = new string('x', 5 * 1024 * 1024);
        var tooLong = await tender.SupplierClient.PostOfferAsync(tender, "Save", form);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("De toelichting bij W1 is te lang", await tooLong.Content.ReadAsStringAsync());

        form["Input.Answers[1].Text"] = "<script>alert('x')</script>";
        Assert.Equal(HttpStatusCode.Redirect, (await tender.SupplierClient.PostOfferAsync(tender, "Save", form)).StatusCode);
        var page = await tender.SupplierClient.GetPageAsync(tender.OfferPage);
        Assert.DoesNotContain("<script>alert('x')</script>", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public async Task WithdrawAndResubmit_BeforeTheDeadline_MakesANewRevision()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);

        var withdraw = await tender.SupplierClient.PostFormAsync($"{tender.OfferPage}?handler=Withdraw", new() { ["version"] = offer.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        var withdrawn = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Equal(OfferStatus.Withdrawn, withdrawn!.Status);
        Assert.NotNull(withdrawn.WithdrawnAt);

        var changed = OfferTestData.OfferForm(tender, secrets, version: withdrawn.Version);
        changed["Input.Notes"] = "Aangepaste inschrijving.";
        var resubmit = await tender.SupplierClient.PostOfferAsync(tender, "Submit", changed);
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);

        var resubmitted = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Equal(OfferStatus.Submitted, resubmitted!.Status);
        Assert.Equal(2, resubmitted.Revision);
        Assert.Null(resubmitted.WithdrawnAt);
        Assert.Contains("als revisie 2", await tender.SupplierClient.GetPageAsync(tender.OfferPage));
    }

    [Fact]
    public async Task AStaleVersion_GetsTheConflictPage()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        Assert.Equal(HttpStatusCode.Redirect, (await tender.SupplierClient.PostOfferAsync(tender, "Save", OfferTestData.OfferForm(tender, secrets))).StatusCode);
        var stored = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Equal(HttpStatusCode.Redirect, (await tender.SupplierClient.PostOfferAsync(tender, "Save", OfferTestData.OfferForm(tender, secrets, version: stored!.Version))).StatusCode);

        var stale = await tender.SupplierClient.PostOfferAsync(tender, "Save", OfferTestData.OfferForm(tender, secrets, version: stored.Version));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task AfterTheDeadline_EverythingIsReadOnly_AndChangesAreRefused()
    {
        var tender = await app.TenderAsync();
        var secrets = OfferSecrets.New();
        var offer = await app.SubmittedOfferAsync(tender, secrets);
        await app.PassDeadlineAsync(tender);

        var page = await tender.SupplierClient.GetPageAsync(tender.OfferPage);
        Assert.Contains("De termijn is verstreken.", page);
        Assert.DoesNotContain("Inschrijving intrekken", page);
        Assert.DoesNotContain("Document toevoegen", page);
        Assert.Contains(secrets.Answer, page);

        var withdraw = await tender.SupplierClient.PostFormAsync($"{tender.OfferPage}?handler=Withdraw", new() { ["version"] = offer.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        var save = await tender.SupplierClient.PostOfferAsync(tender, "Save", OfferTestData.OfferForm(tender, OfferSecrets.New(), version: offer.Version));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var upload = await tender.SupplierClient.PostFileAsync($"{tender.OfferPage}?handler=Upload", "laat"u8.ToArray(), "laat.txt");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var after = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Equal((OfferStatus.Submitted, offer.Version, 1), (after!.Status, after.Version, after.Documents.Count));
        Assert.Contains("De termijn is verstreken", await tender.SupplierClient.GetPageAsync(tender.OfferPage));
    }

    [Theory]
    [InlineData("programma.exe", 10, "alleen bestanden van het type pdf, docx, xlsx, odt of txt")]
    [InlineData("leeg.pdf", 0, "is leeg")]
    [InlineData("groot.pdf", OfferDocument.MaxBytes + 1, "is te groot: een bestand mag hoogstens 20 MB zijn")]
    public async Task Uploads_OutsideTheLimits_GetADutchMessage(string name, long size, string message)
    {
        var tender = await app.TenderAsync();

        var response = await tender.SupplierClient.PostFileAsync($"{tender.OfferPage}?handler=Upload", new byte[size], name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Null(await app.OfferOfAsync(tender, tender.Supplier));
    }

    [Fact]
    public async Task ADocument_CanBeRemovedWhileNotSubmitted()
    {
        var tender = await app.TenderAsync();
        var upload = await tender.SupplierClient.PostFileAsync($"{tender.OfferPage}?handler=Upload", "notitie"u8.ToArray(), "aanpak.txt");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var offer = await app.OfferOfAsync(tender, tender.Supplier);
        var document = Assert.Single(offer!.Documents);
        var download = await tender.SupplierClient.GetAsync($"{tender.OfferPage}?handler=Document&documentId={document.Id}");
        Assert.Equal("notitie", await download.Content.ReadAsStringAsync());

        var remove = await tender.SupplierClient.PostFormAsync($"{tender.OfferPage}?handler=RemoveDocument", new() { ["documentId"] = document.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Empty((await app.OfferOfAsync(tender, tender.Supplier))!.Documents);
    }
}
