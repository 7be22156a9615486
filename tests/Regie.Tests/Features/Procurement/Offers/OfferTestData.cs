using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Offers;

/// <summary>An open tender of a board with a knock-out and a wish, and two invited suppliers signed in.</summary>
public sealed record Tender(Board Board, HttpClient Purchaser, ProcurementProject Project, Requirement KnockOut, Requirement Wish,
    Supplier Supplier, HttpClient SupplierClient, Supplier Other, HttpClient OtherClient)
{
    public string OfferPage => $"/Procurement/Tenders/Offer/{Project.Id}";
    public string BoardPage => $"/Procurement/Offers/Index/{Project.Id}";
}

/// <summary>Distinct texts an offer carries, to search for where they must not appear.</summary>
public sealed record OfferSecrets(string Answer, string Wish, string FileName, string Price, string PriceDutch)
{
    public static OfferSecrets New()
    {
        var n = TestData.Next();
        var rest = (n % 1000).ToString("D3");
        return new($"Geheim antwoord {n} kwaliteit", $"Geheime wensuitwerking {n}", $"geheim-plan-{n}.pdf", $"731{rest}.31", $"731.{rest},31");
    }

    public IEnumerable<string> All => [Answer, Wish, FileName, PriceDutch, Price];
}

public static class OfferTestData
{
    public static async Task<Tender> TenderAsync(this RegieApp app)
    {
        var board = await app.CreateBoardAsync();
        var purchaser = await app.LoginAsync((await app.CreateUserAsync(board, Roles.Purchaser)).Email!);
        var now = DateTimeOffset.UtcNow;
        var project = new ProcurementProject
        {
            BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = $"Leerplatform {TestData.Next()}", Description = "Een leerplatform voor groep 5 tot en met 8.",
            Category = PurchaseCategory.Software, ProcedureStart = DateOnly.FromDateTime(now.UtcDateTime), Status = ProjectStatus.Open,
            QuestionsDeadline = now.AddDays(3), OfferDeadline = now.AddDays(10), TcoYears = 4,
        };
        var knockOut = new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.KnockOut, Code = "E1", Text = "Gegevens blijven binnen de EU.", Order = 1 };
        var wish = new Requirement { BoardId = board.Id, ProjectId = project.Id, Kind = RequirementKind.Wish, Code = "W1", Text = "Leraren zien de voortgang per leerling.", Weight = 10, Order = 1 };
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = $"Inschrijver A {TestData.Next()}" });
        var other = await app.CreateOrganizationAsync(new Supplier { Name = $"Inschrijver B {TestData.Next()}" });
        await app.WithDbAsync(async db =>
        {
            db.AddRange(project, knockOut, wish);
            foreach (var s in new[] { supplier, other })
                db.Add(new ProjectSupplier { BoardId = board.Id, ProjectId = project.Id, SupplierId = s.Id, SupplierName = s.Name, Status = InvitationStatus.Invited, InvitedAt = now });
            return await db.SaveChangesAsync();
        }, board);
        var supplierClient = await app.LoginAsync((await app.CreateUserAsync(supplier, Roles.Supplier)).Email!);
        var otherClient = await app.LoginAsync((await app.CreateUserAsync(other, Roles.Supplier)).Email!);
        return new Tender(board, purchaser, project, knockOut, wish, supplier, supplierClient, other, otherClient);
    }

    public static Dictionary<string, string> OfferForm(Tender tender, OfferSecrets secrets, string meets = "ja", int version = 0) => new()
    {
        ["Input.Version"] = version.ToString(),
        ["Input.Answers[0].RequirementId"] = tender.KnockOut.Id.ToString(),
        ["Input.Answers[0].Meets"] = meets,
        ["Input.Answers[0].Text"] = secrets.Answer,
        ["Input.Answers[1].RequirementId"] = tender.Wish.Id.ToString(),
        ["Input.Answers[1].Text"] = secrets.Wish,
        ["Input.Notes"] = "Wij leveren binnen vier weken.",
        ["Input.Lines[0].Description"] = "Licentie per leerling",
        ["Input.Lines[0].Quantity"] = "1",
        ["Input.Lines[0].OneOffPerUnit"] = "€ " + secrets.PriceDutch,
        ["Input.Lines[0].YearlyPerUnit"] = "12,50",
        ["Input.Lines[1].Description"] = "",
    };

    /// <summary>Saves (handler Save) or submits (handler Submit) the offer through the supplier page.</summary>
    public static async Task<HttpResponseMessage> PostOfferAsync(this HttpClient client, Tender tender, string handler, Dictionary<string, string> form) =>
        await client.PostFormAsync($"{tender.OfferPage}?handler={handler}", form);

    public static async Task<Offer> SubmittedOfferAsync(this RegieApp app, Tender tender, OfferSecrets secrets, string meets = "ja", bool withDocument = true)
    {
        if (withDocument)
        {
            var upload = await tender.SupplierClient.PostFileAsync($"{tender.OfferPage}?handler=Upload", "%PDF-1.4 plan"u8.ToArray(), secrets.FileName);
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }
        var version = (await app.OfferOfAsync(tender, tender.Supplier))?.Version ?? 0;
        var response = await tender.SupplierClient.PostOfferAsync(tender, "Submit", OfferForm(tender, secrets, meets, version));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var offer = await app.OfferOfAsync(tender, tender.Supplier);
        Assert.Equal(OfferStatus.Submitted, offer!.Status);
        return offer;
    }

    public static Task<Offer?> OfferOfAsync(this RegieApp app, Tender tender, Supplier supplier) =>
        app.WithDbAsync(db => db.Offers.IgnoreQueryFilters().AsNoTracking().Include(o => o.Documents)
            .SingleOrDefaultAsync(o => o.ProjectId == tender.Project.Id && o.SupplierId == supplier.Id));

    /// <summary>Moves the deadline into the past, as if time had passed.</summary>
    public static Task PassDeadlineAsync(this RegieApp app, Tender tender) =>
        app.WithDbAsync(async db =>
        {
            var project = await db.ProcurementProjects.SingleAsync(p => p.Id == tender.Project.Id);
            project.OfferDeadline = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        }, tender.Board);

    /// <summary>What the evaluation does when quality scoring becomes final: fix the scores, then open the price envelopes.</summary>
    public static Task SetQualityFinalAsync(this RegieApp app, Tender tender) =>
        app.WithDbAsync(async db =>
        {
            var project = await db.ProcurementProjects.SingleAsync(p => p.Id == tender.Project.Id);
            project.QualityFinalAt = DateTimeOffset.UtcNow;
            var offers = await db.Offers.Where(o => o.ProjectId == project.Id).ToListAsync();
            OfferPricing.Open(project, offers, app.Services.GetRequiredService<OfferEnvelopes>(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        }, tender.Board);
}
