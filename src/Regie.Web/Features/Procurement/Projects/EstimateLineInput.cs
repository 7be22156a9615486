using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Collaboration.BusinessCase;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>One row of the estimate form. Amounts stay text, so what the user typed comes back unchanged after an error.</summary>
public sealed class EstimateLineInput
{
    public const int LabelMax = 200;

    public EstimateLineKind Kind { get; set; } = EstimateLineKind.Base;
    public string? Label { get; set; }
    public string? OneOff { get; set; }
    public string? Monthly { get; set; }
    public int? Months { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(OneOff) && string.IsNullOrWhiteSpace(Monthly) && Months is null;

    public static EstimateLineInput From(EstimateLine line) => new()
    {
        Kind = line.Kind, Label = line.Label, OneOff = DutchNumber.Format(line.OneOff), Monthly = DutchNumber.Format(line.Monthly), Months = line.Months,
    };

    /// <summary>The filled-in rows as estimate lines; a Dutch message naming the row and field for every mistake.</summary>
    public static List<EstimateLine> Read(IReadOnlyList<EstimateLineInput> rows, string prefix, ModelStateDictionary state)
    {
        var lines = new List<EstimateLine>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsEmpty) continue;
            var key = $"{prefix}[{i}]";
            var errorsBefore = state.ErrorCount;
            var name = $"Regel {i + 1} van de raming";
            if (string.IsNullOrWhiteSpace(row.Label)) state.AddModelError($"{key}.Label", $"{name}: vul een omschrijving in.");
            else if (row.Label.Length > LabelMax) state.AddModelError($"{key}.Label", $"{name}: de omschrijving mag niet langer zijn dan {LabelMax} tekens.");
            var oneOff = Amount(row.OneOff, $"{key}.OneOff", $"{name}: het eenmalige bedrag", state);
            var monthly = Amount(row.Monthly, $"{key}.Monthly", $"{name}: het bedrag per maand", state);
            if (row.Months is < 1 or > 600) state.AddModelError($"{key}.Months", $"{name}: het aantal maanden moet tussen 1 en 600 liggen, of leeg voor geen vaste looptijd.");
            if (oneOff == 0 && monthly == 0 && state.ErrorCount == errorsBefore) state.AddModelError($"{key}.OneOff", $"{name}: vul een eenmalig bedrag of een bedrag per maand in.");
            lines.Add(new EstimateLine(row.Kind, row.Label?.Trim() ?? "", oneOff, monthly, row.Months));
        }
        return lines;
    }

    private static decimal Amount(string? text, string key, string what, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0m;
        if (text.Trim().StartsWith('-')) { state.AddModelError(key, $"{what} mag niet negatief zijn."); return 0m; }
        if (!Amounts.TryParse(text, out var value)) { state.AddModelError(key, $"{what} is geen bedrag; schrijf bijvoorbeeld 1.250 of 12,50."); return 0m; }
        return value;
    }
}
