using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Features.Collaboration;
using Regie.Tests.Features.Needs;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Collaboration;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Projects;

[Collection(AppCollection.Name)]
public sealed class CreateProjectTests(RegieApp app)
{
    private const string Url = "/Procurement/Projects/Create";

    private static Dictionary<string, string> Form(string oneOff = "€ 1.234,50", string monthly = "12.50", string? procedure = null) => new()
    {
        ["Input.Title"] = "Oefenomgeving begrijpend lezen", ["Input.Description"] = "Leerlingen oefenen op hun eigen niveau.",
        ["Input.Category"] = nameof(PurchaseCategory.LearningMaterials), ["Input.ContractKind"] = nameof(ContractKind.SuppliesAndServices),
        ["Input.ProcedureStart"] = "2026-03-01", ["Input.Procedure"] = procedure ?? "",
        ["Input.Lines[0].Kind"] = nameof(EstimateLineKind.Base), ["Input.Lines[0].Label"] = "Licenties", ["Input.Lines[0].OneOff"] = oneOff,
        ["Input.Lines[0].Monthly"] = monthly, ["Input.Lines[0].Months"] = "24",
    };

    private Task<List<ProcurementProject>> ProjectsAsync(Board board) =>
        app.WithDbAsync(db => db.ProcurementProjects.IgnoreQueryFilters().Include(p => p.Needs).Where(p => p.BoardId == board.Id).OrderBy(p => p.Reference).ToListAsync());

    [Fact]
    public async Task Direct_SavesTheEstimate_WithDutchAmounts_AndTheAdvisedProcedure()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);

        var response = await client.PostFormAsync(Url, Form());
        await client.PostFormAsync(Url, Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var projects = await ProjectsAsync(board);
        var year = DateTimeOffset.UtcNow.Year;
        Assert.Equal([$"INK-{year}-001", $"INK-{year}-002"], projects.Select(p => p.Reference));
        var project = projects[0];
        Assert.Contains($"/Procurement/Projects/Requirements/{project.Id}", response.Location());
        Assert.Equal(ProjectOrigin.Direct, project.Origin);
        Assert.Equal(new EstimateLine(EstimateLineKind.Base, "Licenties", 1234.50m, 12.50m, 24), Assert.Single(project.Estimate));
        Assert.Equal(ProcedureKind.MultipleQuotes, project.Procedure);
    }

    [Fact]
    public async Task FromNeeds_TheNeedsBecomeProjectNeeds_AndPrefillTheText()
    {
        var (board, user, client) = await app.BoardUserAsync(Roles.Purchaser);
        var need = await app.CreateNeedAsync(board, user, want: "leerlingen laten oefenen met begrijpend lezen");

        var page = await client.GetPageAsync($"{Url}?need={need.Id}");
        Assert.Contains("leerlingen laten oefenen met begrijpend lezen", page);

        var form = Form();
        form["need"] = need.Id.ToString();
        await client.PostFormAsync(Url, form);

        var project = Assert.Single(await ProjectsAsync(board));
        Assert.Equal(ProjectOrigin.Needs, project.Origin);
        Assert.Equal(need.Id, Assert.Single(project.Needs).NeedId);
    }

    [Fact]
    public async Task FromAnInitiative_OnlyWhenItChoseToBuy()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var buying = await app.CreateInitiativeAsync(board, "Rekenmethode kopen", i => i.Answer(FlowchartStep.IdeaIsNew, false, "Bestaat al op de markt"));
        var unfinished = await app.CreateInitiativeAsync(board);

        Assert.Contains("Rekenmethode kopen", await client.GetPageAsync($"{Url}?initiative={buying.Id}"));
        var refused = await client.PostFormAsync(Url, new(Form()) { ["initiative"] = unfinished.Id.ToString() });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("scenario 4", await refused.Content.ReadAsStringAsync());
        Assert.Empty(await ProjectsAsync(board));

        await client.PostFormAsync(Url, new(Form()) { ["initiative"] = buying.Id.ToString() });
        var project = Assert.Single(await ProjectsAsync(board));
        Assert.Equal(ProjectOrigin.Initiative, project.Origin);
        Assert.Equal(buying.Id, project.InitiativeId);
    }

    [Fact]
    public async Task FromPlanLines_TheEstimateComesFromTheNewestVersion()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var plan = new InvestmentPlan { BoardId = board.Id, Title = "Investeringsplan 2026-2029", FirstYear = 2026 };
        var old = new InvestmentPlanVersion { BoardId = board.Id, PlanId = plan.Id, Number = 1, Status = PlanVersionStatus.Superseded };
        var newest = new InvestmentPlanVersion { BoardId = board.Id, PlanId = plan.Id, Number = 2 };
        var key = Guid.CreateVersion7();
        InvestmentPlanLine Line(InvestmentPlanVersion version, decimal price) => new()
        {
            BoardId = board.Id, PlanVersionId = version.Id, LineKey = key, Category = PurchaseCategory.Devices, Description = "Chromebooks groep 7",
            Quantity = 30, UnitPrice = price, PurchaseYear = 2026, YearlyLicences = 1_200m, ContractMonths = 36,
        };
        await app.WithDbAsync(async db => { db.AddRange(plan, old, newest, Line(old, 300m), Line(newest, 400m)); return await db.SaveChangesAsync(); }, board);

        var page = System.Net.WebUtility.HtmlDecode(await client.GetPageAsync($"{Url}?line={key}"));
        Assert.Contains("12000", page);

        var form = Form(oneOff: "12000", monthly: "100");
        form["line"] = key.ToString();
        await client.PostFormAsync(Url, form);
        var project = Assert.Single(await ProjectsAsync(board));
        Assert.Equal([key], project.PlanLineKeys);
    }

    [Fact]
    public async Task ALighterProcedureThanTheLawRequires_IsRefused_NothingSaved()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);

        var response = await client.PostFormAsync(Url, Form(oneOff: "300.000", monthly: "", procedure: nameof(ProcedureKind.MultipleQuotes)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("staat de wet geen lichtere procedure toe", html);
        Assert.Contains("Europese aanbesteding", html);
        Assert.Empty(await ProjectsAsync(board));
    }

    [Fact]
    public async Task BadAmounts_GetADutchMessageNamingTheRow()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);

        var negative = System.Net.WebUtility.HtmlDecode(await (await client.PostFormAsync(Url, Form(oneOff: "-5"))).Content.ReadAsStringAsync());
        var garbage = System.Net.WebUtility.HtmlDecode(await (await client.PostFormAsync(Url, Form(oneOff: "twaalf"))).Content.ReadAsStringAsync());
        var huge = await client.PostFormAsync(Url, new(Form()) { ["Input.Description"] = new string('x', 5 * 1024 * 1024) });

        Assert.Contains("Regel 1 van de raming: het eenmalige bedrag mag niet negatief zijn.", negative);
        Assert.Contains("Regel 1 van de raming: het eenmalige bedrag is geen bedrag", garbage);
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("8.000 tekens", await huge.Content.ReadAsStringAsync());
        Assert.Empty(await ProjectsAsync(board));
    }

    [Fact]
    public async Task Bereken_ShowsTheRuleThatApplies_BeforeSaving()
    {
        var (_, _, client) = await app.BoardUserAsync(Roles.Purchaser);

        var page = System.Net.WebUtility.HtmlDecode(await (await client.PostFormAsync($"{Url}?handler=Advice", Form(oneOff: "250000", monthly: ""))).Content.ReadAsStringAsync());
        Assert.Contains("Europese aanbesteding is verplicht", page);
        Assert.Contains("2026–2027", page);
        Assert.Contains("€ 216.000,00", page);
        Assert.Contains("250.000", page);
    }

    [Fact]
    public async Task Rights_TeacherSeesNothing_SchoolLeaderReadsButCannotCreate()
    {
        var (board, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        var leader = await app.LoginAsync((await app.CreateUserAsync(board, Roles.SchoolLeader)).Email!);
        var project = await app.CreateProjectAsync(board);

        InitiativeTestData.AssertForbidden(await teacher.GetAsync("/Procurement/Index"));
        InitiativeTestData.AssertForbidden(await teacher.GetAsync($"/Procurement/Projects/Details/{project.Id}"));
        Assert.Contains(project.Title, await leader.GetPageAsync("/Procurement/Index"));
        Assert.Contains(project.Title, await leader.GetPageAsync($"/Procurement/Projects/Details/{project.Id}"));
        InitiativeTestData.AssertForbidden(await leader.GetAsync(Url));
        InitiativeTestData.AssertForbidden(await leader.PostFormAsync($"/Procurement/Projects/Details/{project.Id}?handler=Archive", new() { ["version"] = ProjectTestData.V(project.Version) }));
    }
}
