using Regie.Web.Infrastructure.Authorization;
using Regie.Web.Infrastructure.Tenancy;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>One field that differs between two editions of a policy, in words a reader of the policy uses.</summary>
public sealed record PolicyChange(string Field, string? Old, string? New);

/// <summary>Where a new draft starts from, and what changed from one edition to the next.</summary>
public static class PolicyContent
{
    public static IReadOnlyList<RoleInfo> BoardRoles { get; } = Roles.For(OrganizationKind.Board).ToList();

    /// <summary>A first edition with common choices for a primary-school board, to be adjusted before adopting.</summary>
    public static ProcurementPolicy Default(Guid boardId, int edition, DateOnly today) => new()
    {
        BoardId = boardId, Edition = edition, ReviewDate = today.AddYears(2),
        Categories =
        [
            new(PurchaseCategory.Devices, BuyingLevel.Central, [Roles.Purchaser], null),
            new(PurchaseCategory.Infrastructure, BuyingLevel.Central, [Roles.Purchaser, Roles.IctCoordinator], null),
            new(PurchaseCategory.Software, BuyingLevel.Central, [Roles.Purchaser], null),
            new(PurchaseCategory.LearningMaterials, BuyingLevel.Decentral, [Roles.SchoolLeader], null),
            new(PurchaseCategory.Services, BuyingLevel.Central, [Roles.Purchaser], null),
            new(PurchaseCategory.OfficeSupplies, BuyingLevel.Decentral, [Roles.SchoolLeader], null),
        ],
        ApprovalLimits = [new(Roles.SchoolLeader, 10_000m), new(Roles.Purchaser, 50_000m), new(Roles.Executive, 1_000_000m)],
    };

    /// <summary>A new draft with the content of <paramref name="source"/>; the edition number and status are its own.</summary>
    public static ProcurementPolicy Copy(ProcurementPolicy source, int edition) => new()
    {
        BoardId = source.BoardId, Edition = edition, EffectiveFrom = null, ReviewDate = source.ReviewDate,
        SingleQuoteMax = source.SingleQuoteMax, MultipleQuotesMax = source.MultipleQuotesMax,
        WarningSharePercent = source.WarningSharePercent,
        Categories = source.Categories.Select(c => c with { OrdererRoles = [.. c.OrdererRoles] }).ToList(),
        ApprovalLimits = [.. source.ApprovalLimits], Notes = source.Notes,
    };

    /// <summary>Every category in the fixed order, whether or not the edition names it.</summary>
    public static CategoryRule RuleFor(ProcurementPolicy policy, PurchaseCategory category) =>
        policy.Categories.FirstOrDefault(c => c.Category == category) ?? new(category, BuyingLevel.Central, [], null);

    public static string RoleList(IEnumerable<string> roleKeys)
    {
        var labels = roleKeys.Select(Roles.Label).ToList();
        return labels.Count == 0 ? "niemand aangewezen" : string.Join(", ", labels);
    }

    public static IReadOnlyList<PolicyChange> Differences(ProcurementPolicy older, ProcurementPolicy newer)
    {
        var changes = new List<PolicyChange>();
        void Compare(string field, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal)) changes.Add(new(field, a, b));
        }
        Compare("Geldig vanaf", Date(older.EffectiveFrom), Date(newer.EffectiveFrom));
        Compare("Herzien uiterlijk op", Date(older.ReviewDate), Date(newer.ReviewDate));
        Compare("Enkelvoudig onderhands tot", older.SingleQuoteMax.ToEuro(), newer.SingleQuoteMax.ToEuro());
        Compare("Meervoudig onderhands tot", older.MultipleQuotesMax.ToEuro(), newer.MultipleQuotesMax.ToEuro());
        Compare("Waarschuwen vanaf", $"{older.WarningSharePercent}%", $"{newer.WarningSharePercent}%");
        foreach (var category in Enum.GetValues<PurchaseCategory>())
        {
            var (a, b) = (RuleFor(older, category), RuleFor(newer, category));
            var name = Enums.Label(category);
            Compare($"{name}: inkoop", Enums.Label(a.Level), Enums.Label(b.Level));
            Compare($"{name}: bestellers", RoleList(a.OrdererRoles), RoleList(b.OrdererRoles));
            Compare($"{name}: opmerkingen", a.Remarks, b.Remarks);
        }
        foreach (var role in BoardRoles)
            Compare($"Goedkeuringsgrens {role.Label}", Limit(older, role.Key), Limit(newer, role.Key));
        Compare("Toelichting", older.Notes, newer.Notes);
        return changes;
    }

    private static string? Limit(ProcurementPolicy policy, string role) =>
        policy.ApprovalLimits.FirstOrDefault(l => l.RoleKey == role)?.MaxAmount.ToEuro();

    private static string? Date(DateOnly? day) => day?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
