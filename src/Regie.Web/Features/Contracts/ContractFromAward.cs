using Regie.Web.Features.Procurement.Evaluation;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Contracts;

/// <summary>The contract record an award leads to, filled from the project and the winning offer so nothing is typed twice.</summary>
public static class ContractFromAward
{
    public static Contract Create(ProcurementProject project, Offer winner, PriceSheet sheet, DateOnly start, DateTimeOffset now) => new()
    {
        BoardId = project.BoardId,
        ProjectId = project.Id,
        SupplierId = winner.SupplierId,
        SupplierName = winner.SupplierName,
        Title = project.Title,
        Category = project.Category,
        Status = ContractStatus.Active,
        Items = Items(sheet),
        TotalValue = PriceQualityScoring.TotalCost(sheet, project.TcoYears),
        YearlyValue = PriceQualityScoring.Yearly(sheet),
        StartDate = start,
        TermMonths = project.Estimate.FirstOrDefault(l => l.Kind == EstimateLineKind.Base)?.Months,
        Conditions = [.. project.Conditions],
        CreatedAt = now,
    };

    /// <summary>One item per one-off price and one per yearly price, so each keeps the unit price the supplier offered.</summary>
    private static List<ContractItem> Items(PriceSheet sheet)
    {
        var items = new List<ContractItem>();
        foreach (var line in sheet.Lines)
        {
            if (line.OneOffPerUnit > 0 || line.YearlyPerUnit == 0) items.Add(new ContractItem(null, line.Description, line.Quantity, line.OneOffPerUnit));
            if (line.YearlyPerUnit > 0) items.Add(new ContractItem(null, $"{line.Description} (per jaar)", line.Quantity, line.YearlyPerUnit));
        }
        return items;
    }
}
