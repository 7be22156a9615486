using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Needs;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Tests.Features.Needs;

[Collection(AppCollection.Name)]
public sealed class SolutionTermsTests(RegieApp app)
{
    private static Dictionary<string, string> Form(string term, SolutionTermKind kind = SolutionTermKind.Brand, string? hint = null) => new()
    {
        ["Input.Term"] = term, ["Input.Kind"] = kind.ToString(), ["Input.Hint"] = hint ?? "",
    };

    [Fact]
    public async Task Add_ByBeheerder_MakesTheFormWarnForTheWord()
    {
        var (board, _, admin) = await app.BoardUserAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/Needs/Terms?handler=Add", Form("Wizwijs", hint: "Beschrijf wat de methode moet kunnen."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var teacher = await app.LoginAsync((await app.CreateUserAsync(board, Roles.Teacher)).Email!);
        var check = WebUtility.HtmlDecode(await teacher.GetPageAsync("/Needs/Create?handler=Check&Input.Want=oefenen%20in%20wizwijs"));
        Assert.Contains("Beschrijf wat de methode moet kunnen.", check);
    }

    [Fact]
    public async Task Add_OnlyForManageSolutionTerms()
    {
        var (board, _, teacher) = await app.BoardUserAsync(Roles.IctCoordinator);

        var get = await teacher.GetAsync("/Needs/Terms");
        var post = await teacher.PostFormAsync("/Needs/Terms?handler=Add", Form("Wizwijs"));

        Assert.Contains("/Account/AccessDenied", get.Location());
        Assert.Contains("/Account/AccessDenied", post.Location());
        Assert.Equal(0, await app.WithDbAsync(db => db.SolutionTerms.CountAsync(), board));
    }

    [Theory]
    [InlineData("ipad", "staat al in de vaste lijst van Regie.")]
    [InlineData("Wízwijs", "‘Wizwijs’ staat al in de lijst van uw bestuur.")]
    [InlineData("", "Vul het woord in.")]
    public async Task Add_Duplicate_OrEmpty_IsRefusedWithADutchMessage(string term, string message)
    {
        var (board, _, admin) = await app.BoardUserAsync(Roles.Administrator);
        await admin.PostFormAsync("/Needs/Terms?handler=Add", Form("Wizwijs"));

        var response = await admin.PostFormAsync("/Needs/Terms?handler=Add", Form(term));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.SolutionTerms.CountAsync(), board));
    }

    [Fact]
    public async Task Add_WithA10000CharacterTip_GivesAMessage()
    {
        var (board, _, admin) = await app.BoardUserAsync(Roles.Administrator);

        var response = await admin.PostFormAsync("/Needs/Terms?handler=Add", Form("Wizwijs", hint: new string('x', 10_000)));

        Assert.Contains("De tip mag niet langer zijn dan 500 tekens.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.SolutionTerms.CountAsync(), board));
    }

    [Fact]
    public async Task Edit_Archive_AndRestore_AWord()
    {
        var (board, _, admin) = await app.BoardUserAsync(Roles.Administrator);
        await admin.PostFormAsync("/Needs/Terms?handler=Add", Form("Wizwijs"));
        var term = await app.WithDbAsync(db => db.SolutionTerms.SingleAsync(), board);

        Assert.Contains("value=\"Wizwijs\"", await admin.GetPageAsync($"/Needs/Terms?edit={term.Id}"));
        await admin.PostFormAsync("/Needs/Terms?handler=Save", new(Form("WizWijs Online", SolutionTermKind.Brand)) { ["Input.Id"] = term.Id.ToString(), ["Input.Version"] = "0" });
        Assert.Equal("WizWijs Online", (await app.WithDbAsync(db => db.SolutionTerms.SingleAsync(), board)).Term);

        await admin.PostFormAsync("/Needs/Terms?handler=Archive", new() { ["termId"] = term.Id.ToString(), ["version"] = "1" });
        Assert.NotNull((await app.WithDbAsync(db => db.SolutionTerms.SingleAsync(), board)).ArchivedAt);
        var teacher = await app.LoginAsync((await app.CreateUserAsync(board, Roles.Teacher)).Email!);
        Assert.DoesNotContain("niet de oplossing", await teacher.GetPageAsync("/Needs/Create?handler=Check&Input.Want=WizWijs%20Online"));

        var again = await admin.PostFormAsync("/Needs/Terms?handler=Add", Form("wizwijs online"));
        Assert.Contains("maar is gearchiveerd", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        await admin.PostFormAsync("/Needs/Terms?handler=Restore", new() { ["termId"] = term.Id.ToString(), ["version"] = "2" });
        Assert.Null((await app.WithDbAsync(db => db.SolutionTerms.SingleAsync(), board)).ArchivedAt);
    }

    [Fact]
    public async Task Terms_ListsTheShippedWordsReadOnly_AndExports()
    {
        var (_, _, admin) = await app.BoardUserAsync(Roles.Administrator);

        var html = await admin.GetPageAsync("/Needs/Terms");
        var csv = await (await admin.GetAsync("/Needs/Terms?handler=Export&format=csv")).Content.ReadAsStringAsync();

        Assert.Contains("Vaste lijst van Regie", html);
        Assert.Contains("Chromebook", html);
        Assert.Contains("Chromebook;Merk of product", csv);
    }
}
