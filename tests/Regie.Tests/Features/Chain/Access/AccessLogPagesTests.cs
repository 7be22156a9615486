using System.Net;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Chain.Register;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Chain.Access;

[Collection(AppCollection.Name)]
public sealed class AccessLogPagesTests(RegieApp app)
{
    private const string Log = "/Chain/Access/Index";

    [Fact]
    public async Task Log_ShowsOnlyTheEntriesOfThePrivacyContactsSchools()
    {
        var data = await app.AccessBoardAsync();

        var page = await data.PrivacyContact.GetPageAsync(Log);

        Assert.Contains(data.MyEntry.Actor, page);
        Assert.DoesNotContain(data.OtherEntry.Actor, page);
        Assert.DoesNotContain(data.Other.Name, page);
        Assert.Contains(WebUtility.HtmlEncode(data.Supplier.Name), page);
        Assert.DoesNotContain(data.Supplier.Name, page); // markup in a name is shown as text
        Assert.Contains("access-chart", page);
    }

    [Fact]
    public async Task Log_FiltersAndExports_WithinThePrivacySchoolsOnly()
    {
        var data = await app.AccessBoardAsync();

        var deliveries = await data.PrivacyContact.GetPageAsync($"{Log}?Kind=ResultDelivery");
        var otherSchool = await data.PrivacyContact.GetPageAsync($"{Log}?School={data.Other.Id}");
        var lastDay = await data.PrivacyContact.GetPageAsync($"{Log}?From={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}");
        var csv = await (await data.PrivacyContact.GetAsync($"{Log}?handler=Export&format=csv")).Content.ReadAsStringAsync();
        var xlsx = await data.PrivacyContact.GetAsync($"{Log}?handler=Export&format=xlsx");

        Assert.DoesNotContain(data.MyEntry.Actor, deliveries);
        Assert.DoesNotContain(data.MyEntry.Actor, otherSchool);
        Assert.DoesNotContain(data.OtherEntry.Actor, otherSchool);
        Assert.DoesNotContain(data.MyEntry.Actor, lastDay);
        Assert.Contains(data.MyEntry.Actor, csv);
        Assert.Contains(data.Supplier.Name, csv);
        Assert.DoesNotContain(data.OtherEntry.Actor, csv);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Fact]
    public async Task Log_WithAWrongPeriodOrMalformedFilters_SaysSo()
    {
        var data = await app.AccessBoardAsync();

        var page = WebUtility.HtmlDecode(await data.PrivacyContact.GetPageAsync($"{Log}?From=2026-03-01&To=2026-02-01"));
        var malformed = WebUtility.HtmlDecode(await data.PrivacyContact.GetPageAsync($"{Log}?From=31-02-2026&Kind=<script>"));

        Assert.Contains("De einddatum ligt vóór de begindatum", page);
        Assert.Contains("“31-02-2026” is geen geldige waarde voor Vanaf.", malformed);
        Assert.Contains(data.MyEntry.Actor, malformed);
    }

    [Fact]
    public async Task Log_ForAUserWhoIsNoPrivacyContact_ExplainsWhoAssignsIt()
    {
        var data = await app.AccessBoardAsync();
        var executive = await app.LoginAsync((await app.CreateUserAsync(data.Board, Roles.Executive)).Email!);

        var page = WebUtility.HtmlDecode(await executive.GetPageAsync(Log));

        Assert.Contains("U bent nog geen privacycontactpersoon", page);
        Assert.Contains("De beheerder van uw bestuur", page);
        Assert.DoesNotContain(data.MyEntry.Actor, page);
        Assert.Equal(HttpStatusCode.NotFound, (await executive.GetAsync($"{Log}?handler=Export&format=csv")).StatusCode);
    }

    [Fact]
    public async Task Log_AsTeacher_IsForbidden()
    {
        var data = await app.AccessBoardAsync();
        var teacher = await app.LoginAsync((await app.CreateUserAsync(data.Board, Roles.Teacher)).Email!);

        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync(Log)).Location());
    }

    [Fact]
    public async Task PupilSearch_FindsByNameOrPupilNumber_OnlyInThePrivacySchools()
    {
        var data = await app.AccessBoardAsync();

        var byName = await data.PrivacyContact.PostFormAsync($"{Log}?handler=FindPupil", new() { ["Leerling"] = data.MyPupil.FamilyName });
        var byNumber = await data.PrivacyContact.PostFormAsync($"{Log}?handler=FindPupil", new() { ["Leerling"] = data.MyPupil.PupilNumber });
        var otherNumber = await data.PrivacyContact.PostFormAsync($"{Log}?handler=FindPupil", new() { ["Leerling"] = data.OtherPupil.PupilNumber });
        var empty = await data.PrivacyContact.PostFormAsync($"{Log}?handler=FindPupil", new() { ["Leerling"] = " " });
        var huge = await data.PrivacyContact.PostFormAsync($"{Log}?handler=FindPupil", new() { ["Leerling"] = new string('x', 5000) });

        var names = await byName.Content.ReadAsStringAsync();
        Assert.Contains($"/Chain/Access/Pupil/{data.MyPupil.Id}", names);
        Assert.Contains("Sanne", names);
        Assert.DoesNotContain(data.OtherPupil.Id.ToString(), names);
        Assert.DoesNotContain("Daan", names);
        Assert.Contains($"/Chain/Access/Pupil/{data.MyPupil.Id}", await byNumber.Content.ReadAsStringAsync());
        Assert.Contains("Geen leerling gevonden", await otherNumber.Content.ReadAsStringAsync());
        Assert.Contains("Vul bij Leerling een naam of leerlingnummer in", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("Leerling mag hoogstens 100 tekens bevatten", await huge.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SubjectAccess_ShowsSuppliersResultsAndTheAgreement()
    {
        var data = await app.AccessBoardAsync();

        var page = WebUtility.HtmlDecode(await data.PrivacyContact.GetPageAsync($"/Chain/Access/Pupil/{data.MyPupil.Id}"));

        Assert.Contains(data.Supplier.Name, page);
        Assert.Contains(data.Product.Title, page);
        Assert.Contains("pseudoniem, groepscode en groepsnaam, jaargroep", page);
        Assert.Contains("Verwerkersovereenkomst Model 4.0, ondertekend op 15-01-2025", page);
        Assert.Contains("3 februari 2026", page);
        Assert.Contains("4 maart 2026", page);
    }

    [Fact]
    public async Task SubjectAccess_ForSomeoneWhoIsNoPrivacyContactOfThePupilsSchool_IsNotFound()
    {
        var data = await app.AccessBoardAsync();
        var coordinator = await app.CreateUserAsync(data.Board, Roles.IctCoordinator);
        await app.WithDbAsync(async db =>
        {
            // Keeping the school's register is not enough: only its privacy contact answers access requests.
            db.Add(new SchoolAssignment { BoardId = data.Board.Id, SchoolId = data.Mine.Id, UserId = coordinator.Id, Kind = SchoolAssignmentKind.Coordinator });
            return await db.SaveChangesAsync();
        }, data.Board);
        var registerKeeper = await app.LoginAsync(coordinator.Email!);
        var (_, _, otherBoard) = await app.BoardUserAsync(Roles.IctCoordinator);

        foreach (var (who, client, pupil) in new[]
                 {
                     ("privacycontact, leerling van een andere school", data.PrivacyContact, data.OtherPupil),
                     ("coördinator zonder privacyrol", registerKeeper, data.MyPupil),
                     ("ander bestuur", otherBoard, data.MyPupil),
                 })
        {
            foreach (var url in new[] { $"/Chain/Access/Pupil/{pupil.Id}", $"/Chain/Access/Pupil/{pupil.Id}?handler=Pdf" })
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{who}: {url}");
        }
    }

    [Fact]
    public async Task SubjectAccessPdf_IsAPdfLetterNamingTheSuppliers()
    {
        var data = await app.AccessBoardAsync();

        var response = await data.PrivacyContact.GetAsync($"/Chain/Access/Pupil/{data.MyPupil.Id}?handler=Pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfText.Of(bytes);
        Assert.Contains("Antwoord op uw verzoek om inzage", text);
        Assert.Contains(data.Supplier.Name, text);
        Assert.Contains(data.Product.Title, text);
        Assert.Contains("Sanne", text);
    }
}
