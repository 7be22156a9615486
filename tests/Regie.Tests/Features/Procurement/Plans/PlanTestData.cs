using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regie.Tests.Infrastructure;
using Regie.Web.Features.Procurement;
using Regie.Web.Features.Procurement.Plans;
using Regie.Web.Infrastructure.Tenancy;

namespace Regie.Tests.Features.Procurement.Plans;

public static class PlanTestData
{
    public static string Details(Guid planId) => $"/Procurement/Plans/Details/{planId}";
    public static string LinePage(Guid planId) => $"/Procurement/Plans/Line/{planId}";
    public static string Versions(Guid planId) => $"/Procurement/Plans/Versions/{planId}";

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A board plan 2026–2029 with a draft version 1 and the given lines.</summary>
    public static async Task<(InvestmentPlan Plan, InvestmentPlanVersion Version)> CreatePlanAsync(
        this RegieApp app, Board board, PlanVersionStatus status = PlanVersionStatus.Draft, params InvestmentPlanLine[] lines)
    {
        var plan = new InvestmentPlan { BoardId = board.Id, Title = $"ICT-plan {TestData.Next()}", FirstYear = 2026, Years = 4 };
        var version = new InvestmentPlanVersion { BoardId = board.Id, PlanId = plan.Id, Status = status, AdoptedBy = status == PlanVersionStatus.Adopted ? "Test" : null };
        foreach (var line in lines) Place(line, board, version);
        await app.WithDbAsync(async db => { db.AddRange(plan, version); db.AddRange(lines); return await db.SaveChangesAsync(); }, board);
        return (plan, version);
    }

    public static InvestmentPlanLine Line(string description = "Chromebooks groep 7", decimal quantity = 30, decimal price = 300, int year = 2026,
        PurchaseCategory category = PurchaseCategory.Devices, decimal licences = 0) =>
        new() { Description = description, Quantity = quantity, UnitPrice = price, PurchaseYear = year, Category = category, YearlyLicences = licences };

    private static void Place(InvestmentPlanLine line, Board board, InvestmentPlanVersion version)
    {
        typeof(InvestmentPlanLine).GetProperty(nameof(InvestmentPlanLine.BoardId))!.SetValue(line, board.Id);
        typeof(InvestmentPlanLine).GetProperty(nameof(InvestmentPlanLine.PlanVersionId))!.SetValue(line, version.Id);
    }

    public static Task<List<InvestmentPlanLine>> LinesAsync(this RegieApp app, Board board, Guid versionId) =>
        app.WithDbAsync(db => db.InvestmentPlanLines.AsNoTracking().Where(l => l.PlanVersionId == versionId).OrderBy(l => l.Description).ToListAsync(), board);

    public static Dictionary<string, string> LineForm(
        string description = "Chromebooks groep 5 tot en met 8", string quantity = "60", string price = "€ 1.234,50", string year = "2026",
        string category = "Devices", string school = "", string maintenance = "", string licences = "12.50", string months = "",
        string depreciationYears = "4", string method = "Linear", Guid? lineId = null, int version = 0, params (string Year, string Quantity)[] phases)
    {
        var form = new Dictionary<string, string>
        {
            ["Line.LineId"] = lineId?.ToString() ?? "", ["Line.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Line.SchoolId"] = school, ["Line.Category"] = category, ["Line.Description"] = description, ["Line.CatalogItemId"] = "",
            ["Line.Quantity"] = quantity, ["Line.UnitPrice"] = price, ["Line.PurchaseYear"] = year,
            ["Line.DepreciationYears"] = depreciationYears, ["Line.DepreciationMethod"] = method,
            ["Line.YearlyMaintenance"] = maintenance, ["Line.YearlyLicences"] = licences, ["Line.YearlyInsurance"] = "", ["Line.YearlySupport"] = "",
            ["Line.ContractMonths"] = months, ["Line.Note"] = "",
        };
        for (var i = 0; i < phases.Length; i++)
        {
            form[$"Line.Phases[{i}].Year"] = phases[i].Year;
            form[$"Line.Phases[{i}].Quantity"] = phases[i].Quantity;
            form[$"Line.Phases[{i}].Note"] = "";
        }
        return form;
    }
}
