using System.Net;
using System.Text.RegularExpressions;
using Regie.Tests.Infrastructure;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features;

/// <summary>Each role sees a menu that fits it, and every menu item opens a page with content.</summary>
[Collection(AppCollection.Name)]
public sealed partial class NavigationTests(RegieApp app)
{
    public static TheoryData<string, OrganizationKind, string[]> Menus => new()
    {
        { Roles.Executive, OrganizationKind.Board, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Organisatie"] },
        { Roles.Purchaser, OrganizationKind.Board, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerresultaten", "Scholen", "Organisatie"] },
        { Roles.IctCoordinator, OrganizationKind.Board, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Organisatie"] },
        { Roles.SchoolLeader, OrganizationKind.Board, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Organisatie"] },
        { Roles.Teacher, OrganizationKind.Board, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoopbeleid", "Leerresultaten", "Scholen", "Organisatie"] },
        { Roles.Administrator, OrganizationKind.Board, ["Start", "Behoeften", "Werkgroepen", "Initiatieven", "Markt", "In gebruik", "Inkoop", "Leerlinggegevens", "Scholen", "Gebruikers", "Organisatie"] },
        { Roles.Supplier, OrganizationKind.Supplier, ["Start", "Markt", "Mijn aanbod", "Ervaringen", "Aanbestedingen", "API-sleutels", "Organisatie"] },
        { Roles.Cooperative, OrganizationKind.Cooperative, ["Start", "Markt", "Gedeelde behoeften", "Bundelvoorstellen", "Aangesloten besturen", "Organisatie"] },
        { Roles.PolicyAdviser, OrganizationKind.SectorOffice, ["Start", "Markt", "Besturen en scholen", "Organisatie"] },
        { Roles.Administrator, OrganizationKind.Platform, ["Start", "Markt", "Moderatie", "Drempelbedragen", "Pseudoniemsleutels", "Gebruikers", "Organisatie"] },
        { Roles.RecognitionCommittee, OrganizationKind.Platform, ["Start", "Markt", "Erkenning", "Organisatie"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task EveryRole_SeesItsMenu_AndEveryItemOpens(string role, OrganizationKind kind, string[] expected)
    {
        Regie.Web.Infrastructure.Tenancy.Organization organization = kind switch
        {
            OrganizationKind.Board => await app.CreateBoardAsync(),
            OrganizationKind.Supplier => await app.CreateOrganizationAsync(new Supplier()),
            OrganizationKind.Cooperative => await app.CreateOrganizationAsync(new Cooperative()),
            OrganizationKind.Platform => await app.CreateOrganizationAsync(new PlatformOrganization()),
            _ => await app.CreateOrganizationAsync(new SectorOffice()),
        };
        var client = await app.LoginAsync((await app.CreateUserAsync(organization, role)).Email!);

        var home = await client.GetPageAsync("/");
        var menu = MenuPattern().Match(home).Groups[1].Value;
        var items = ItemPattern().Matches(menu).Select(m => (Href: m.Groups[1].Value, Label: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

        Assert.Equal(expected, items.Select(i => i.Label));
        foreach (var (href, label) in items)
        {
            var response = await client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: menu item {label} ({href}) gave {(int)response.StatusCode}");
            Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
        }
    }

    [GeneratedRegex("<nav class=\"regie-nav\" aria-label=\"Hoofdmenu\">(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex MenuPattern();

    [GeneratedRegex("<a class=\"regie-nav__link\"[^>]*? href=\"([^\"]+)\"[^>]*>([^<]+)</a>")]
    private static partial Regex ItemPattern();
}
