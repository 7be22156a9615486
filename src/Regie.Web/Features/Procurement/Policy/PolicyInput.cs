using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Policy;

/// <summary>
/// The draft policy form. Amounts and dates stay text, so what the user typed comes back unchanged after an error.
/// </summary>
public sealed class PolicyInput
{
    public const int NotesMax = 8000;
    public const int RemarksMax = 500;

    [Display(Name = "Enkelvoudig onderhands tot (excl. btw)")] public string? SingleQuoteMax { get; set; }
    [Display(Name = "Meervoudig onderhands tot (excl. btw)")] public string? MultipleQuotesMax { get; set; }
    [Display(Name = "Waarschuwen vanaf (% van de Europese drempel)")] public int? WarningSharePercent { get; set; }
    [Display(Name = "Geldig vanaf")] public string? EffectiveFrom { get; set; }
    [Display(Name = "Herzien uiterlijk op")] public string? ReviewDate { get; set; }
    [Display(Name = "Toelichting")] public string? Notes { get; set; }
    public List<CategoryRow> Categories { get; set; } = [];
    public List<LimitRow> ApprovalLimits { get; set; } = [];
    public int Version { get; set; }

    public sealed class CategoryRow
    {
        public PurchaseCategory Category { get; set; }
        public BuyingLevel Level { get; set; } = BuyingLevel.Central;
        public List<string> OrdererRoles { get; set; } = [];
        public string? Remarks { get; set; }
    }

    public sealed class LimitRow
    {
        public string RoleKey { get; set; } = "";
        public string? MaxAmount { get; set; }
    }

    public static PolicyInput From(ProcurementPolicy policy) => new()
    {
        SingleQuoteMax = Format(policy.SingleQuoteMax), MultipleQuotesMax = Format(policy.MultipleQuotesMax),
        WarningSharePercent = policy.WarningSharePercent, EffectiveFrom = Iso(policy.EffectiveFrom), ReviewDate = Iso(policy.ReviewDate),
        Notes = policy.Notes, Version = policy.Version,
        Categories = Enum.GetValues<PurchaseCategory>().Select(c => PolicyContent.RuleFor(policy, c))
            .Select(r => new CategoryRow { Category = r.Category, Level = r.Level, OrdererRoles = [.. r.OrdererRoles], Remarks = r.Remarks }).ToList(),
        ApprovalLimits = PolicyContent.BoardRoles.Select(role => new LimitRow
        {
            RoleKey = role.Key, MaxAmount = Format(policy.ApprovalLimits.FirstOrDefault(l => l.RoleKey == role.Key)?.MaxAmount),
        }).ToList(),
    };

    /// <summary>Adds the rows a posted form lacked (every category, every board role), so the form always shows them all.</summary>
    public void CompleteFrom(ProcurementPolicy policy)
    {
        var full = From(policy);
        Categories = full.Categories.Select(f => Categories.FirstOrDefault(c => c.Category == f.Category) ?? f).ToList();
        ApprovalLimits = full.ApprovalLimits.Select(f => ApprovalLimits.FirstOrDefault(l => l.RoleKey == f.RoleKey) ?? f).ToList();
    }

    /// <summary>Checks every field and writes the draft only when all are right, so nothing is half-saved.</summary>
    public bool TryApplyTo(ProcurementPolicy policy, ModelStateDictionary state)
    {
        var single = Amount(SingleQuoteMax, "Input.SingleQuoteMax", "Enkelvoudig onderhands tot", state, required: true);
        var multiple = Amount(MultipleQuotesMax, "Input.MultipleQuotesMax", "Meervoudig onderhands tot", state, required: true);
        if (single is 0m) state.AddModelError("Input.SingleQuoteMax", "Enkelvoudig onderhands tot: vul een bedrag boven nul in.");
        if (single > 0 && multiple is { } m && m < single)
            state.AddModelError("Input.MultipleQuotesMax", "Meervoudig onderhands tot: dit bedrag moet minstens even hoog zijn als de grens voor enkelvoudig onderhands.");
        if (WarningSharePercent is null)
            state.AddModelError("Input.WarningSharePercent", "Waarschuwen vanaf: vul een percentage tussen 50 en 99 in.");
        else if (WarningSharePercent is < 50 or > 99)
            state.AddModelError("Input.WarningSharePercent", "Waarschuwen vanaf: het percentage moet tussen 50 en 99 liggen.");
        var effective = Date(EffectiveFrom, "Input.EffectiveFrom", "Geldig vanaf", state, required: false);
        var review = Date(ReviewDate, "Input.ReviewDate", "Herzien uiterlijk op", state, required: true);
        if (Notes is { Length: > NotesMax })
            state.AddModelError("Input.Notes", $"De toelichting mag niet langer zijn dan {NotesMax.ToString("N0", Nl)} tekens.");
        var rules = ReadCategories(state);
        var limits = ReadLimits(state);
        if (!state.IsValid) return false;

        policy.SingleQuoteMax = single!.Value;
        policy.MultipleQuotesMax = multiple!.Value;
        policy.WarningSharePercent = WarningSharePercent!.Value;
        policy.EffectiveFrom = effective;
        policy.ReviewDate = review;
        policy.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        policy.Categories = rules;
        policy.ApprovalLimits = limits;
        return true;
    }

    private List<CategoryRule> ReadCategories(ModelStateDictionary state)
    {
        var roles = PolicyContent.BoardRoles.Select(r => r.Key).ToHashSet();
        var rules = new List<CategoryRule>();
        foreach (var category in Enum.GetValues<PurchaseCategory>())
        {
            var index = Categories.FindIndex(c => c.Category == category);
            var row = index < 0 ? new CategoryRow { Category = category } : Categories[index];
            var key = $"Input.Categories[{Math.Max(index, 0)}]";
            var name = Enums.Label(category);
            if (!Enum.IsDefined(row.Level)) state.AddModelError($"{key}.Level", $"{name}: kies centraal of decentraal.");
            if (row.OrdererRoles.Any(r => !roles.Contains(r))) state.AddModelError($"{key}.OrdererRoles", $"{name}: kies bestellers uit de rollen van het bestuur.");
            if (row.Remarks is { Length: > RemarksMax }) state.AddModelError($"{key}.Remarks", $"{name}: de opmerking mag niet langer zijn dan {RemarksMax} tekens.");
            rules.Add(new CategoryRule(category, row.Level, row.OrdererRoles.Distinct().Where(roles.Contains).ToList(),
                string.IsNullOrWhiteSpace(row.Remarks) ? null : row.Remarks.Trim()));
        }
        return rules;
    }

    private List<ApprovalLimit> ReadLimits(ModelStateDictionary state)
    {
        var limits = new List<ApprovalLimit>();
        for (var i = 0; i < ApprovalLimits.Count; i++)
        {
            var row = ApprovalLimits[i];
            if (PolicyContent.BoardRoles.FirstOrDefault(r => r.Key == row.RoleKey) is not { } role) continue;
            var amount = Amount(row.MaxAmount, $"Input.ApprovalLimits[{i}].MaxAmount", $"Goedkeuringsgrens {role.Label}", state, required: false);
            if (amount is { } max) limits.Add(new ApprovalLimit(role.Key, max));
        }
        return limits.OrderBy(l => l.MaxAmount).ToList();
    }

    private static decimal? Amount(string? text, string key, string field, ModelStateDictionary state, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) state.AddModelError(key, $"{field}: vul een bedrag in.");
            return null;
        }
        if (text.Trim().StartsWith('-')) { state.AddModelError(key, $"{field}: het bedrag mag niet negatief zijn."); return null; }
        if (!Amounts.TryParse(text, out var value)) { state.AddModelError(key, $"{field}: dit is geen bedrag; schrijf bijvoorbeeld 50.000 of 12,50."); return null; }
        return value;
    }

    private static DateOnly? Date(string? text, string key, string field, ModelStateDictionary state, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) state.AddModelError(key, $"{field}: vul een datum in.");
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100) return day;
        state.AddModelError(key, $"{field}: dit is geen geldige datum; schrijf bijvoorbeeld 31-12-2027.");
        return null;
    }

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static string? Format(decimal? value) => value?.ToString("#,0.##", Nl);
    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
