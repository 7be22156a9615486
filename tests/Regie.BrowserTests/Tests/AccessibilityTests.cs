using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.BrowserTests.Infrastructure;
using Regie.BrowserTests.Pages;
using Regie.BrowserTests.Pages.Chain;
using Regie.BrowserTests.Pages.Procurement;
using Regie.Web.Features.Chain;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Regie.BrowserTests.Tests;

/// <summary>
/// Every page of the app, opened the way a user gets there, checked by axe-core and photographed at 1280px
/// (see <see cref="Screenshots"/>). Start pages per role are checked in MainMenuTests.
/// </summary>
[Collection(RegieCollection.Name)]
public sealed class AccessibilityTests(RegieFixture app)
{
    private static readonly Dictionary<string, (string? Role, Func<IPage, Task> Open)> Tour = new()
    {
        ["login"] = (null, page => new LoginPage(page).GotoAsync()),
        ["login-errors"] = (null, async page =>
        {
            var login = await new LoginPage(page).GotoAsync();
            await login.Submit.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul uw e-mailadres in.");
        }),
        ["logged-out"] = (Roles.Administrator, async page =>
        {
            await page.GotoAsync("/");
            await new AppShell(page).LogoutAsync();
        }),
        ["start"] = (Roles.Administrator, page => page.GotoAsync("/")),
        ["schools"] = (Roles.Administrator, page => new SchoolsPage(page).GotoAsync()),
        ["school-details"] = (Roles.Administrator, OpenFirstSchoolAsync),
        ["school-history"] = (Roles.Administrator, async page => await (await OpenFirstSchoolAsync(page)).ShowHistoryAsync()),
        ["school-create"] = (Roles.Administrator, async page => await (await new SchoolsPage(page).GotoAsync()).AddSchoolAsync()),
        ["school-create-errors"] = (Roles.Administrator, async page =>
        {
            var form = await (await new SchoolsPage(page).GotoAsync()).AddSchoolAsync();
            await form.Create.ClickAsync();
            await Expect(form.ErrorSummary).ToContainTextAsync("Vul de naam van de school in.");
        }),
        ["school-edit"] = (Roles.Administrator, async page => await (await OpenFirstSchoolAsync(page)).EditAsync()),
        ["import-start"] = (Roles.Administrator, page => new ImportPage(page).GotoAsync("schools")),
        ["users"] = (Roles.Administrator, page => OpenMenuAsync(page, "Gebruikers")),
        ["user-invite"] = (Roles.Administrator, async page =>
        {
            await OpenMenuAsync(page, "Gebruikers");
            await page.GetByRole(AriaRole.Link, new() { Name = "Gebruiker uitnodigen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Rollen" })).ToBeVisibleAsync();
        }),
        ["user-invite-errors"] = (Roles.Administrator, async page =>
        {
            await page.GotoAsync("/Users/Invite");
            await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies minstens één rol.");
        }),
        ["user-details"] = (Roles.Administrator, OpenFirstUserAsync),
        ["user-history"] = (Roles.Administrator, async page =>
        {
            await OpenFirstUserAsync(page);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van deze gebruiker" }).GetByRole(AriaRole.Link, new() { Name = "Wijzigingen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wijzigingen" })).ToBeVisibleAsync();
        }),
        ["organization"] = (Roles.Administrator, page => OpenMenuAsync(page, "Organisatie")),
        ["organization-edit"] = (Roles.Administrator, async page =>
        {
            await OpenMenuAsync(page, "Organisatie");
            await page.GetByRole(AriaRole.Link, new() { Name = "Profiel bewerken" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Profiel opslaan" })).ToBeVisibleAsync();
        }),
        ["organization-history"] = (Roles.Administrator, async page =>
        {
            await OpenMenuAsync(page, "Organisatie");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van het profiel" }).GetByRole(AriaRole.Link, new() { Name = "Wijzigingen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wijzigingen" })).ToBeVisibleAsync();
        }),
        ["account"] = (Roles.Administrator, async page =>
        {
            await page.GotoAsync("/");
            await new AppShell(page).AccountLink.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn account" })).ToBeVisibleAsync();
        }),
        ["needs"] = (Roles.Teacher, page => OpenMenuAsync(page, "Behoeften")),
        ["need-create"] = (Roles.Teacher, page => page.GotoAsync("/Needs/Create")),
        ["need-details"] = (Roles.IctCoordinator, async page =>
        {
            await OpenMenuAsync(page, "Behoeften");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }),
        ["needs-overview"] = (Roles.Executive, page => page.GotoAsync("/Needs/Overview")),
        ["solution-terms"] = (Roles.Administrator, page => page.GotoAsync("/Needs/Terms")),
        ["working-groups"] = (Roles.IctCoordinator, page => OpenMenuAsync(page, "Werkgroepen")),
        ["initiatives"] = (Roles.IctCoordinator, page => OpenMenuAsync(page, "Initiatieven")),
        ["initiative-flowchart"] = (Roles.IctCoordinator, page => OpenInitiativeTabAsync(page, "Stroomschema")),
        ["initiative-business-case"] = (Roles.IctCoordinator, page => OpenInitiativeTabAsync(page, "Business case")),
        ["initiative-risks"] = (Roles.IctCoordinator, page => OpenInitiativeTabAsync(page, "Risico's en go/no-go")),
        ["scenario-2"] = (Roles.Teacher, page => page.GotoAsync("/Collaboration/Scenarios/2")),
        ["shared-needs"] = (Roles.Cooperative, page => OpenMenuAsync(page, "Gedeelde behoeften")),
        ["proposals"] = (Roles.Cooperative, page => OpenMenuAsync(page, "Bundelvoorstellen")),
        ["supplier-organization"] = (Roles.Supplier, page => OpenMenuAsync(page, "Organisatie")),
        ["cooperative-members"] = (Roles.Cooperative, page => OpenMenuAsync(page, "Aangesloten besturen")),
        ["sector-boards"] = (Roles.PolicyAdviser, page => OpenMenuAsync(page, "Besturen en scholen")),
        ["market-search"] = (Roles.Teacher, page => page.GotoAsync("/Market?subject=rekenen-wiskunde")),
        ["market-item"] = (Roles.Teacher, async page =>
        {
            await page.GotoAsync("/Market?subject=rekenen-wiskunde");
            await page.Locator(".market-card h3 a, .market-card a").First.ClickAsync();
            await page.WaitForURLAsync("**/Market/Items/**");
        }),
        ["market-in-use"] = (Roles.IctCoordinator, page => OpenMenuAsync(page, "In gebruik")),
        ["supplier-portal"] = (Roles.Supplier, page => OpenMenuAsync(page, "Mijn aanbod")),
        ["supplier-api-keys"] = (Roles.Supplier, page => OpenMenuAsync(page, "API-sleutels")),
        ["recognition"] = (Roles.RecognitionCommittee, page => OpenMenuAsync(page, "Erkenning")),
        ["procurement-projects"] = (Roles.Purchaser, page => OpenMenuAsync(page, "Inkoop")),
        ["procurement-project-create"] = (Roles.Purchaser, async page =>
        {
            await OpenMenuAsync(page, "Inkoop");
            await new ProjectsIndexPage(page).NewProject.ClickAsync();
            await Expect(new ProjectCreatePage(page).Create).ToBeVisibleAsync();
        }),
        ["procurement-project-details"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Overzicht")),
        ["procurement-project-requirements"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Eisen en wensen")),
        ["procurement-project-suppliers"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Leveranciers")),
        ["procurement-project-questions"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Vragen en nota's")),
        ["procurement-project-conditions"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Voorwaarden")),
        ["procurement-project-offers"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Inschrijvingen")),
        ["procurement-project-evaluation"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Beoordeling")),
        ["procurement-project-award"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Gunning")),
        ["procurement-project-history"] = (Roles.Purchaser, page => OpenDemoProjectTabAsync(page, "Wijzigingen")),
        ["investment-plans"] = (Roles.Purchaser, page => ProcurementNav.OpenAsync(page, "Investeringsplannen")),
        ["investment-plan-details"] = (Roles.Purchaser, OpenDemoPlanAsync),
        ["investment-plan-versions"] = (Roles.Purchaser, async page =>
        {
            await (await OpenDemoPlanAsync(page)).VersionsLink.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Versies en verschillen", Level = 1 })).ToBeVisibleAsync();
        }),
        ["threshold-monitor"] = (Roles.Purchaser, async page =>
        {
            await ProcurementNav.OpenAsync(page, "Drempelmonitor");
            await new MonitorPage(page).WaitAsync();
        }),
        ["procurement-policy"] = (Roles.Purchaser, page => ProcurementNav.OpenAsync(page, "Inkoopbeleid")),
        ["procurement-policy-edit"] = (Roles.Purchaser, async page =>
        {
            // The demo has only adopted editions: the first visit prepares a draft, as the purchaser would.
            await ProcurementNav.OpenAsync(page, "Inkoopbeleid");
            var draft = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Concept \\(editie \\d+\\) bewerken$") });
            if (await draft.CountAsync() > 0) await draft.ClickAsync();
            else await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe editie voorbereiden" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Concept inkoopbeleid");
        }),
        ["tender-thresholds"] = (null, async page =>
        {
            await (await new LoginPage(page).GotoAsync()).LoginAsync("moderator@demo.regie.nl", DemoSeeder.Password);
            await new AppShell(page).OpenAsync("Drempelbedragen");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Europese drempelbedragen", Level = 1 })).ToBeVisibleAsync();
        }),
        ["contracts"] = (Roles.Purchaser, page => ProcurementNav.OpenAsync(page, "Contracten")),
        ["tenders"] = (Roles.Supplier, page => OpenMenuAsync(page, "Aanbestedingen")),
        ["tender-project"] = (Roles.Supplier, OpenDemoTenderAsync),
        ["tender-offer"] = (Roles.Supplier, async page =>
        {
            var tender = await OpenDemoTenderAsync(page);
            await tender.ToOffer.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw inschrijving", Level = 1 })).ToBeVisibleAsync();
        }),
        ["chain"] = (Roles.IctCoordinator, page => ChainNav.OpenAsync(page, "Overzicht")),
        ["chain-register"] = (Roles.IctCoordinator, page => ChainNav.OpenAsync(page, "Leerlingen")),
        ["chain-register-school"] = (Roles.IctCoordinator, OpenFirstRegisterSchoolAsync),
        ["chain-register-pupil"] = (Roles.IctCoordinator, async page =>
        {
            await (await OpenFirstRegisterSchoolAsync(page)).Pupils.GetByRole(AriaRole.Cell).GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pseudoniemen bij leveranciers" })).ToBeVisibleAsync();
        }),
        ["chain-import-start"] = (Roles.IctCoordinator, async page =>
        {
            await (await OpenFirstRegisterSchoolAsync(page)).Import.ClickAsync();
            await Expect(new ImportPage(page).Check).ToBeVisibleAsync();
        }),
        ["chain-sharing"] = (Roles.IctCoordinator, page => ChainNav.OpenAsync(page, "Delen met leveranciers")),
        ["chain-sharing-create"] = (Roles.IctCoordinator, async page =>
        {
            await ChainNav.OpenAsync(page, "Delen met leveranciers");
            await new SharingIndexPage(page).Create.ClickAsync();
            await Expect(new RuleCreatePage(page).Heading).ToBeVisibleAsync();
        }),
        ["chain-sharing-details"] = (Roles.IctCoordinator, async page =>
        {
            await ChainNav.OpenAsync(page, "Delen met leveranciers");
            await new SharingIndexPage(page).RuleLink("Leerwijzer Educatief B.V.", "Rekenroute").ClickAsync();
            await Expect(new RuleDetailsPage(page).Heading).ToContainTextAsync("Deelregel Leerwijzer Educatief B.V., Rekenroute");
        }),
        ["chain-agreements"] = (Roles.IctCoordinator, page => ChainNav.OpenAsync(page, "Verwerkersovereenkomsten")),
        ["chain-agreement-create"] = (Roles.IctCoordinator, async page =>
        {
            await ChainNav.OpenAsync(page, "Verwerkersovereenkomsten");
            var agreements = new ProcessingAgreementsPage(page);
            await agreements.Create.ClickAsync();
            await agreements.WaitForFormAsync();
        }),
        ["chain-agreement-details"] = (Roles.IctCoordinator, async page =>
        {
            await ChainNav.OpenAsync(page, "Verwerkersovereenkomsten");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Digidact Uitgevers", Exact = true }).First.ClickAsync();
            await Expect(new ProcessingAgreementsPage(page).Heading).ToContainTextAsync("Verwerkersovereenkomst Digidact Uitgevers");
        }),
        ["chain-staff"] = (Roles.Administrator, page => ChainNav.OpenAsync(page, "Schoolrollen")),
        ["chain-access-log"] = (Roles.IctCoordinator, page => ChainNav.OpenAsync(page, "Toegangslog")),
        ["chain-subject-access"] = (Roles.IctCoordinator, async page =>
        {
            // The first pupil of group 5A has pupil number 3110 (ChainDemoData numbers from 3101 in seeding order).
            await ChainNav.OpenAsync(page, "Toegangslog");
            var log = new AccessLogPage(page);
            await log.Pupil.FillAsync("3110");
            await log.FindPupil.ClickAsync();
            await log.Found.GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(new SubjectAccessPage(page).Received).ToContainTextAsync("Leerwijzer Educatief B.V.");
        }),
        ["chain-dashboard"] = (Roles.Teacher, async page =>
        {
            await OpenMenuAsync(page, "Leerresultaten");
            await new DashboardIndexPage(page).WaitAsync();
        }),
        ["chain-dashboard-group"] = (Roles.Teacher, OpenDashboardGroupAsync),
        ["chain-dashboard-pupil"] = (Roles.Teacher, async page =>
        {
            await OpenDashboardGroupAsync(page);
            await page.GetByRole(AriaRole.Table, new() { Name = "Resultaten en tijd per leerling" }).GetByRole(AriaRole.Link).First.ClickAsync();
            await page.WaitForURLAsync("**/Chain/Dashboard/Pupil/**");
        }),
        ["chain-dashboard-school"] = (Roles.SchoolLeader, async page =>
        {
            await OpenChainDashboardAsync(page);
            await page.GetByRole(AriaRole.Region, new() { Name = "Mijn scholen" }).GetByRole(AriaRole.Link).First.ClickAsync();
            await page.WaitForURLAsync("**/Chain/Dashboard/School/**");
        }),
        ["chain-dashboard-board"] = (Roles.Executive, async page =>
        {
            await OpenChainDashboardAsync(page);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Scholen van het bestuur", Exact = true })).ToBeVisibleAsync();
        }),
        ["chain-pseudonym-keys"] = (null, async page =>
        {
            await (await new LoginPage(page).GotoAsync()).LoginAsync("moderator@demo.regie.nl", DemoSeeder.Password);
            await new AppShell(page).OpenAsync("Pseudoniemsleutels");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pseudoniemsleutels", Level = 1 })).ToBeVisibleAsync();
        }),
    };

    public static TheoryData<string> Pages => new(Tour.Keys);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string name)
    {
        var (role, open) = Tour[name];
        await using var context = await app.NewContextAsync(role);
        var page = await context.NewPageAsync();

        await open(page);

        await Screenshots.TakeAsync(page, name);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Axe_reports_a_known_violation()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>Proef</title></head><body><main><img src=\"logo.png\"></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Axe.AssertNoViolationsAsync(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }

    private static async Task OpenInitiativeTabAsync(IPage page, string tab)
    {
        await OpenMenuAsync(page, "Initiatieven");
        await page.GetByRole(AriaRole.Link, new() { Name = "Digitale oefenomgeving voor begrijpend lezen", Exact = true }).First.ClickAsync();
        await new InitiativeTabs(page).OpenAsync(tab);
    }

    private static async Task OpenDemoProjectTabAsync(IPage page, string tab)
    {
        await OpenMenuAsync(page, "Inkoop");
        await new ProjectsIndexPage(page).ProjectLink(ProjectsDemoData.OpenTitle).ClickAsync();
        var tabs = new ProjectTabs(page);
        if (tab == "Overzicht") await Expect(tabs.Tab(tab)).ToHaveAttributeAsync("aria-current", "page");
        else await tabs.OpenAsync(tab);
    }

    private static async Task<PlanDetailsPage> OpenDemoPlanAsync(IPage page)
    {
        await ProcurementNav.OpenAsync(page, "Investeringsplannen");
        return await new PlansIndexPage(page).OpenAsync(PlansDemoData.Title);
    }

    private static async Task<TenderPages> OpenDemoTenderAsync(IPage page)
    {
        await OpenMenuAsync(page, "Aanbestedingen");
        var tender = new TenderPages(page);
        await tender.ProjectLink(ProjectsDemoData.OpenTitle).ClickAsync();
        await Expect(tender.Heading).ToContainTextAsync(ProjectsDemoData.OpenTitle);
        return tender;
    }

    private static async Task<RegisterSchoolPage> OpenFirstRegisterSchoolAsync(IPage page)
    {
        await ChainNav.OpenAsync(page, "Leerlingen");
        var first = new RegisterIndexPage(page).Schools.GetByRole(AriaRole.Link).First;
        return await new RegisterIndexPage(page).OpenAsync(await first.InnerTextAsync());
    }

    /// <summary>Board users reach Leerresultaten through the Leerlinggegevens section, which has no tab bar on the dashboard itself.</summary>
    private static async Task OpenChainDashboardAsync(IPage page)
    {
        var nav = await ChainNav.OpenAsync(page, "Overzicht");
        await nav.Link("Leerresultaten").ClickAsync();
        await new DashboardIndexPage(page).WaitAsync();
    }

    private static async Task OpenDashboardGroupAsync(IPage page)
    {
        await OpenMenuAsync(page, "Leerresultaten");
        await new DashboardIndexPage(page).GroupLink($"Groep {ChainDemoData.FirstGroup}").ClickAsync();
        await Expect(new DashboardGroupPage(page).Stalled).ToBeVisibleAsync();
    }

    private static async Task OpenMenuAsync(IPage page, string item)
    {
        await page.GotoAsync("/");
        await new AppShell(page).OpenAsync(item);
    }

    private static async Task<SchoolDetailsPage> OpenFirstSchoolAsync(IPage page)
    {
        var schools = await new SchoolsPage(page).GotoAsync();
        var first = schools.Results.GetByRole(AriaRole.Cell).GetByRole(AriaRole.Link).First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        return await new SchoolDetailsPage(page).WaitAsync(name);
    }

    private static async Task OpenFirstUserAsync(IPage page)
    {
        await OpenMenuAsync(page, "Gebruikers");
        var first = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Cell).GetByRole(AriaRole.Link).First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
    }
}
