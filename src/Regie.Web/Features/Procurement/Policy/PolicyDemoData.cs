using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Authorization;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>
/// De Waterlinie's policy: a first edition from 2024, superseded, and the edition in force since 2026 with higher limits
/// and learning materials bought centrally, so the editions page has a real change to show.
/// </summary>
public static class PolicyDemoData
{
    public static async Task SeedAsync(RegieDbContext db)
    {
        var boardId = await db.Boards.IgnoreQueryFilters().Where(b => b.BoardNumber == "41237").Select(b => b.Id).SingleAsync();
        if (await db.ProcurementPolicies.IgnoreQueryFilters().AnyAsync(p => p.BoardId == boardId)) return;

        var first = new ProcurementPolicy
        {
            BoardId = boardId, Edition = 1, Status = PolicyStatus.Superseded,
            EffectiveFrom = new DateOnly(2024, 1, 1), ReviewDate = new DateOnly(2025, 12, 31),
            SingleQuoteMax = 30_000m, MultipleQuotesMax = 100_000m, WarningSharePercent = 80,
            Categories =
            [
                new(PurchaseCategory.Devices, BuyingLevel.Central, [Roles.Purchaser], "Chromebooks en laptops via het raamcontract."),
                new(PurchaseCategory.Infrastructure, BuyingLevel.Central, [Roles.Purchaser, Roles.IctCoordinator], null),
                new(PurchaseCategory.Software, BuyingLevel.Central, [Roles.Purchaser], null),
                new(PurchaseCategory.LearningMaterials, BuyingLevel.Decentral, [Roles.SchoolLeader], "Elke school kiest zijn eigen methodes."),
                new(PurchaseCategory.Services, BuyingLevel.Central, [Roles.Purchaser], null),
                new(PurchaseCategory.OfficeSupplies, BuyingLevel.Decentral, [Roles.SchoolLeader], null),
            ],
            ApprovalLimits = [new(Roles.SchoolLeader, 5_000m), new(Roles.Purchaser, 30_000m), new(Roles.Executive, 500_000m)],
            Notes = "Eerste inkoopbeleid van de stichting, opgesteld met de schoolleiders.",
            AdoptedAt = new DateTimeOffset(2023, 12, 12, 15, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime(), AdoptedBy = "College van bestuur",
        };
        var current = new ProcurementPolicy
        {
            BoardId = boardId, Edition = 2, Status = PolicyStatus.Adopted,
            EffectiveFrom = new DateOnly(2026, 1, 1), ReviewDate = new DateOnly(2027, 12, 31),
            SingleQuoteMax = 50_000m, MultipleQuotesMax = 150_000m, WarningSharePercent = 75,
            Categories =
            [
                new(PurchaseCategory.Devices, BuyingLevel.Central, [Roles.Purchaser], "Bestellen via het raamcontract; scholen geven hun aantallen door vóór 1 april."),
                new(PurchaseCategory.Infrastructure, BuyingLevel.Central, [Roles.Purchaser, Roles.IctCoordinator], "Netwerk en wifi voor alle scholen in één keer."),
                new(PurchaseCategory.Software, BuyingLevel.Central, [Roles.Purchaser], "Licenties altijd op naam van de stichting."),
                new(PurchaseCategory.LearningMaterials, BuyingLevel.Central, [Roles.Purchaser, Roles.SchoolLeader], "Scholen kiezen de methode; het bestuur koopt samen in om onder één contract te vallen."),
                new(PurchaseCategory.Services, BuyingLevel.Central, [Roles.Purchaser], null),
                new(PurchaseCategory.OfficeSupplies, BuyingLevel.Decentral, [Roles.SchoolLeader], "Bestellen bij de vaste leverancier van de stichting."),
            ],
            ApprovalLimits = [new(Roles.SchoolLeader, 10_000m), new(Roles.Purchaser, 50_000m), new(Roles.Executive, 1_000_000m)],
            Notes = "Herzien na de evaluatie van 2025: hogere grenzen door prijsstijgingen, en digitale leermiddelen voortaan samen ingekocht, omdat de scholen samen boven de Europese drempel uitkwamen.",
            AdoptedAt = new DateTimeOffset(2025, 12, 9, 16, 30, 0, TimeSpan.FromHours(1)).ToUniversalTime(), AdoptedBy = "College van bestuur",
        };
        db.ProcurementPolicies.AddRange(first, current);
        await db.SaveChangesAsync();
    }
}
