using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Regie.Tests.Features.Market.Recognition;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Contracts;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Monitor;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Features.Procurement.Projects;
using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Monitor;

[Collection(AppCollection.Name)]
public sealed class ThresholdMonitorTests(RegieApp app)
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    /// <summary>
    /// A board plan in two versions (only the newest counts), a school plan, an archived plan, a project that took over
    /// one plan line, and a cancelled project: Devices 2026 must add up to € 210.000 and Software 2027 to € 60.000.
    /// </summary>
    private async Task<(Board Board, Guid PlanId)> SeedAsync()
    {
        var board = await app.CreateBoardAsync();
        var vlinder = await app.CreateSchoolAsync(board, $"De Vlinder {TestData.Next()}");
        var anker = await app.CreateSchoolAsync(board, $"Het Anker {TestData.Next()}");
        var boughtKey = Guid.NewGuid();
        var planId = Guid.Empty;
        var supplier = await app.CreateOrganizationAsync(new Supplier { Name = "Digidact" });
        await app.WithDbAsync(async db =>
        {
            var plan = new InvestmentPlan { BoardId = board.Id, Title = "Bestuursplan", FirstYear = 2026 };
            planId = plan.Id;
            var v1 = new InvestmentPlanVersion { BoardId = board.Id, PlanId = plan.Id, Number = 1, Status = PlanVersionStatus.Superseded };
            var v2 = new InvestmentPlanVersion { BoardId = board.Id, PlanId = plan.Id, Number = 2 };
            var schoolPlan = new InvestmentPlan { BoardId = board.Id, SchoolId = anker.Id, Title = "Plan Het Anker", FirstYear = 2026 };
            var sv = new InvestmentPlanVersion { BoardId = board.Id, PlanId = schoolPlan.Id };
            var archived = new InvestmentPlan { BoardId = board.Id, Title = "Oud plan", FirstYear = 2022, ArchivedAt = DateTimeOffset.UtcNow };
            var av = new InvestmentPlanVersion { BoardId = board.Id, PlanId = archived.Id };
            db.AddRange(plan, schoolPlan, archived);
            db.AddRange(v1, v2, sv, av);
            db.AddRange(
                new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = v1.Id, Category = PurchaseCategory.Devices, Description = "Oude versie", Quantity = 1000, UnitPrice = 500, PurchaseYear = 2026 },
                new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = v2.Id, SchoolId = vlinder.Id, Category = PurchaseCategory.Devices, Description = "Chromebooks De Vlinder", Quantity = 200, UnitPrice = 500, PurchaseYear = 2027, Phases = [new(2026, 120, null), new(2027, 80, null)] },
                new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = v2.Id, Category = PurchaseCategory.Devices, Description = "Beheer devices", Quantity = 1, UnitPrice = 0, PurchaseYear = 2026, YearlySupport = 15_000 },
                new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = v2.Id, LineKey = boughtKey, Category = PurchaseCategory.Software, Description = "Al in een traject", Quantity = 1, UnitPrice = 90_000, PurchaseYear = 2027 },
                new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = sv.Id, Category = PurchaseCategory.Devices, Description = "Digiborden Het Anker", Quantity = 10, UnitPrice = 5_000, PurchaseYear = 2026 },
                new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = av.Id, Category = PurchaseCategory.Devices, Description = "Gearchiveerd", Quantity = 1, UnitPrice = 1_000_000, PurchaseYear = 2026 });
            db.AddRange(
                new ProcurementProject
                {
                    BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = "Leerlingvolgsysteem", Category = PurchaseCategory.Software,
                    ProcedureStart = new DateOnly(2027, 2, 1), PlanLineKeys = [boughtKey],
                    Estimate = [new(EstimateLineKind.Base, "Licenties", 0, 1_000, 48), new(EstimateLineKind.Option, "Koppeling", 12_000, 0, null)],
                },
                new ProcurementProject
                {
                    BoardId = board.Id, Reference = $"INK-{TestData.Next()}", Title = "Gestopt", Category = PurchaseCategory.Software, Status = ProjectStatus.Cancelled,
                    ProcedureStart = new DateOnly(2027, 2, 1), Estimate = [new(EstimateLineKind.Base, "x", 900_000, 0, null)],
                },
                new Contract { BoardId = board.Id, SupplierId = supplier.Id, SupplierName = "Digidact", Title = "Oud contract", Category = PurchaseCategory.Devices, TotalValue = 300_000, StartDate = new DateOnly(2026, 1, 1) });
            return await db.SaveChangesAsync();
        }, board);
        return (board, planId);
    }

    [Fact]
    public async Task TheReport_CountsTheNewestVersions_AndEachPurchaseOnce()
    {
        var (board, _) = await SeedAsync();
        var report = await app.WithDbAsync(db => ThresholdMonitor.ComputeAsync(db, Today, CancellationToken.None), board);

        var devices = report.Rows.Single(r => r.Category == PurchaseCategory.Devices && r.Year == 2026);
        // 200 × € 500 (first phase 2026) + € 15.000 × 48 / 12 + 10 × € 5.000 at the school plan's school
        Assert.Equal(100_000m + 60_000m + 50_000m, devices.Total);
        Assert.Contains(devices.Purchases, p => p.SchoolName?.StartsWith("Het Anker", StringComparison.Ordinal) == true);
        Assert.Contains(devices.Purchases, p => p.SchoolName?.StartsWith("De Vlinder", StringComparison.Ordinal) == true);
        Assert.Equal(ThresholdLevel.Approaching, devices.Level);

        var software = Assert.Single(report.Rows, r => r.Category == PurchaseCategory.Software);
        Assert.Equal((2027, 60_000m, PurchaseSource.Project), (software.Year, software.Total, Assert.Single(software.Purchases).Source));
        Assert.DoesNotContain(report.Rows, r => r.Year == 2027 && r.Category == PurchaseCategory.Devices);
    }

    [Fact]
    public async Task ThePage_ShowsTheCalculation_TheTable_AndExportsTheLines()
    {
        var (board, _) = await SeedAsync();
        var user = await app.CreateUserAsync(board, Roles.Purchaser);
        var client = await app.LoginAsync(user.Email!);
        var page = await (await client.GetAsync("/Procurement/Monitor/Index")).HtmlAsync();
        Assert.Contains("Let op: nadert de drempel", page);
        Assert.Contains("geen vaste looptijd, dus 48 maanden", page);
        Assert.Contains("2026–2027", page);
        Assert.Contains("threshold-chart", page);

        var csv = await (await client.GetAsync("/Procurement/Monitor/Index?handler=Export&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Chromebooks De Vlinder", csv);
        Assert.Contains("Leerlingvolgsysteem", csv);
        var xlsx = await client.GetAsync("/Procurement/Monitor/Index?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);

        var (_, _, teacher) = await app.BoardUserAsync(Roles.Teacher);
        Assert.Contains("/Account/AccessDenied", (await teacher.GetAsync("/Procurement/Monitor/Index")).Location());
    }

    [Fact]
    public async Task TheViewComponent_ShowsTheCurrentWarnings_PerCategory_AndNothingForABoardWithoutPlans()
    {
        var (board, _) = await SeedAsync();
        var all = Assert.IsType<ViewViewComponentResult>(await InvokeWarningsAsync(board, null));
        var summary = Assert.IsType<ThresholdWarningSummary>(all.ViewData!.Model);
        Assert.Equal((PurchaseCategory.Devices, 2026), (Assert.Single(summary.Warnings).Category, summary.Warnings[0].Year));
        Assert.Equal("", Assert.IsType<ContentViewComponentResult>(await InvokeWarningsAsync(board, PurchaseCategory.Software)).Content);
        Assert.Equal("", Assert.IsType<ContentViewComponentResult>(await InvokeWarningsAsync(await app.CreateBoardAsync(), null)).Content);
    }

    [Fact]
    public async Task AKeptReport_IsReused_UntilSomethingItIsMadeOfChanges()
    {
        var (board, planId) = await SeedAsync();
        var reports = new ThresholdReports();
        var first = await app.WithDbAsync(db => reports.ForAsync(db, Today, default), board);
        Assert.Same(first, await app.WithDbAsync(db => reports.ForAsync(db, Today, default), board));

        await app.WithDbAsync(async db =>
        {
            var version = await db.InvestmentPlanVersions.Where(v => v.PlanId == planId).OrderByDescending(v => v.Number).FirstAsync();
            db.Add(new InvestmentPlanLine { BoardId = board.Id, PlanVersionId = version.Id, Category = PurchaseCategory.Software, Description = "Extra licenties", Quantity = 1, UnitPrice = 100_000, PurchaseYear = 2027 });
            return await db.SaveChangesAsync();
        }, board);
        var second = await app.WithDbAsync(db => reports.ForAsync(db, Today, default), board);
        Assert.NotSame(first, second);
        Assert.Equal(160_000m, second.Rows.Single(r => r.Category == PurchaseCategory.Software && r.Year == 2027).Total);

        await app.WithDbAsync(async db =>
        {
            var line = await db.InvestmentPlanLines.SingleAsync(l => l.Description == "Extra licenties");
            line.Remove(DateTimeOffset.UtcNow); // removed from the plan: no longer counted
            return await db.SaveChangesAsync();
        }, board);
        var third = await app.WithDbAsync(db => reports.ForAsync(db, Today, default), board);
        Assert.Equal(60_000m, third.Rows.Single(r => r.Category == PurchaseCategory.Software && r.Year == 2027).Total);
        Assert.NotSame(third, await app.WithDbAsync(db => reports.ForAsync(db, Today.AddDays(1), default), board));
    }

    private Task<IViewComponentResult> InvokeWarningsAsync(Board board, PurchaseCategory? category) => app.WithDbAsync(db =>
    {
        var component = new ThresholdWarningsViewComponent(db, new FixedClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)), new ThresholdReports())
        {
            ViewComponentContext = new ViewComponentContext
            {
                ViewContext = new ViewContext
                {
                    HttpContext = new DefaultHttpContext(),
                    ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
                },
            },
        };
        return component.InvokeAsync(category);
    }, board);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task ABoardWithoutPlans_GetsAnEmptyReport()
    {
        var (board, _, client) = await app.BoardUserAsync(Roles.Purchaser);
        var report = await app.WithDbAsync(db => ThresholdMonitor.ComputeAsync(db, Today, CancellationToken.None), board);
        Assert.Empty(report.Rows);
        Assert.Contains("nog geen geplande inkopen", await (await client.GetAsync("/Procurement/Monitor/Index")).HtmlAsync());
    }
}
