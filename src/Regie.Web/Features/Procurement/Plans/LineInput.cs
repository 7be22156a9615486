using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;

namespace Regie.Web.Features.Procurement.Plans;

/// <summary>
/// The form of one plan line, for adding and editing. Amounts stay text, so what the user typed ("€ 1.234,50",
/// "12.50") comes back unchanged after an error; they are read by the market's amount parser.
/// </summary>
public sealed class LineInput
{
    public const int NoteMax = 2000;
    public const int PhaseRows = 8;
    private const decimal PriceMax = 100_000_000m, QuantityMax = 1_000_000m;

    public Guid? LineId { get; set; }
    public int Version { get; set; }

    [Display(Name = "School")]
    public Guid? SchoolId { get; set; }

    [Display(Name = "Categorie"), Required(ErrorMessage = "Kies de categorie van de aanschaf.")]
    public PurchaseCategory? Category { get; set; }

    [Display(Name = "Omschrijving"), Required(ErrorMessage = "Vul een omschrijving in, bijvoorbeeld 'Chromebooks groep 5 tot en met 8'."),
     StringLength(InvestmentPlanLine.DescriptionMax, ErrorMessage = "De omschrijving mag niet langer zijn dan 300 tekens.")]
    public string Description { get; set; } = "";

    public Guid? CatalogItemId { get; set; }

    [Display(Name = "Aantal"), Required(ErrorMessage = "Vul het aantal in.")]
    public string? Quantity { get; set; } = "1";

    [Display(Name = "Prijs per stuk in euro's (excl. btw)"), Required(ErrorMessage = "Vul de prijs per stuk in euro's in.")]
    public string? UnitPrice { get; set; }

    [Display(Name = "Aanschafjaar")]
    public int? PurchaseYear { get; set; }

    [Display(Name = "Afschrijvingstermijn (jaren)"), Required(ErrorMessage = "Vul de afschrijvingstermijn in jaren in."),
     Range(1, 40, ErrorMessage = "De afschrijvingstermijn ligt tussen 1 en 40 jaar.")]
    public int? DepreciationYears { get; set; } = 4;

    [Display(Name = "Afschrijvingsmethode"), Required(ErrorMessage = "Kies de afschrijvingsmethode.")]
    public DepreciationMethod? DepreciationMethod { get; set; } = Plans.DepreciationMethod.Linear;

    [Display(Name = "Onderhoud per jaar in euro's")] public string? YearlyMaintenance { get; set; }
    [Display(Name = "Licenties per jaar in euro's")] public string? YearlyLicences { get; set; }
    [Display(Name = "Verzekering per jaar in euro's")] public string? YearlyInsurance { get; set; }
    [Display(Name = "Ondersteuning per jaar in euro's")] public string? YearlySupport { get; set; }

    [Display(Name = "Contractduur in maanden"), Range(1, 600, ErrorMessage = "De contractduur ligt tussen 1 en 600 maanden; laat het veld leeg als het contract geen vaste einddatum heeft.")]
    public int? ContractMonths { get; set; }

    public List<PhaseInput> Phases { get; set; } = [];

    [Display(Name = "Toelichting"), StringLength(NoteMax, ErrorMessage = "De toelichting mag niet langer zijn dan 2.000 tekens.")]
    public string? Note { get; set; }

    public static LineInput From(InvestmentPlanLine l) => new()
    {
        LineId = l.Id, Version = l.Version, SchoolId = l.SchoolId, Category = l.Category, Description = l.Description,
        CatalogItemId = l.CatalogItemId, Quantity = Text(l.Quantity), UnitPrice = Text(l.UnitPrice), PurchaseYear = l.PurchaseYear,
        DepreciationYears = l.DepreciationYears, DepreciationMethod = l.DepreciationMethod, YearlyMaintenance = Optional(l.YearlyMaintenance),
        YearlyLicences = Optional(l.YearlyLicences), YearlyInsurance = Optional(l.YearlyInsurance), YearlySupport = Optional(l.YearlySupport),
        ContractMonths = l.ContractMonths, Note = l.Note,
        Phases = l.Phases.Select(p => new PhaseInput { Year = p.Year, Quantity = Text(p.Quantity), Note = p.Note }).ToList(),
    };

    /// <summary>Fills description, supplier and unit price from a published catalogue item.</summary>
    public void Use(CatalogItem item)
    {
        CatalogItemId = item.Id;
        Description = item.Title.Length > InvestmentPlanLine.DescriptionMax ? item.Title[..InvestmentPlanLine.DescriptionMax] : item.Title;
        UnitPrice = Text(item.PriceExclVat);
    }

    /// <summary>Blank phase rows to fill in, so phasing works without JavaScript.</summary>
    public void PadPhases()
    {
        while (Phases.Count < PhaseRows) Phases.Add(new PhaseInput());
    }

    /// <summary>Rules across fields, with Dutch messages that name the field or phase row.</summary>
    public void Validate(ModelStateDictionary state, PlanHorizon horizon, bool schoolKnown)
    {
        var range = $"{horizon.FirstYear} tot en met {horizon.LastYear}";
        if (!schoolKnown) state.AddModelError("Line.SchoolId", "Kies een school van uw bestuur, of 'Hele bestuur'.");
        var quantity = Amount(state, "Line.Quantity", Quantity, "het aantal", QuantityMax, required: true);
        if (quantity == 0 && !HasError(state, "Line.Quantity")) state.AddModelError("Line.Quantity", "Het aantal moet groter zijn dan 0.");
        Amount(state, "Line.UnitPrice", UnitPrice, "de prijs per stuk", PriceMax, required: true);
        Amount(state, "Line.YearlyMaintenance", YearlyMaintenance, "het onderhoud per jaar", PriceMax);
        Amount(state, "Line.YearlyLicences", YearlyLicences, "de licenties per jaar", PriceMax);
        Amount(state, "Line.YearlyInsurance", YearlyInsurance, "de verzekering per jaar", PriceMax);
        Amount(state, "Line.YearlySupport", YearlySupport, "de ondersteuning per jaar", PriceMax);

        var phases = FilledPhases().ToList();
        if (phases.Count == 0)
        {
            if (PurchaseYear is not { } year) state.AddModelError("Line.PurchaseYear", "Vul het aanschafjaar in.");
            else if (!horizon.Contains(year)) state.AddModelError("Line.PurchaseYear", $"Het aanschafjaar valt buiten de looptijd van het plan ({range}).");
            return;
        }
        var sum = 0m;
        var errorsBefore = state.ErrorCount;
        var years = new HashSet<int>();
        foreach (var (phase, i) in phases)
        {
            var row = $"Fasering, rij {i + 1}";
            if (phase.Year is not { } year) state.AddModelError($"Line.Phases[{i}].Year", $"{row}: vul het jaar in.");
            else if (!horizon.Contains(year)) state.AddModelError($"Line.Phases[{i}].Year", $"{row}: het jaar valt buiten de looptijd van het plan ({range}).");
            else if (!years.Add(year)) state.AddModelError($"Line.Phases[{i}].Year", $"{row}: het jaar {year} staat al in een andere rij; tel de aantallen samen.");
            sum += Amount(state, $"Line.Phases[{i}].Quantity", phase.Quantity, $"het aantal in rij {i + 1} van de fasering", QuantityMax, required: true);
            if (phase.Note?.Length > 200) state.AddModelError($"Line.Phases[{i}].Note", $"{row}: de toelichting mag niet langer zijn dan 200 tekens.");
        }
        if (state.ErrorCount == errorsBefore && !HasError(state, "Line.Quantity") && sum != quantity)
            state.AddModelError("Line.Phases", $"De aantallen in de fasering ({PlanLabels.Number(sum)}) tellen niet op tot het aantal van de regel ({PlanLabels.Number(quantity)}).");
    }

    /// <summary>Copies validated input; with phasing, the first phase's year is the purchase year.</summary>
    public void ApplyTo(InvestmentPlanLine line, Guid? supplierId)
    {
        line.SchoolId = SchoolId;
        line.Category = Category!.Value;
        line.Description = Description.Trim();
        line.CatalogItemId = CatalogItemId;
        line.SupplierId = supplierId;
        line.Quantity = Parse(Quantity);
        line.UnitPrice = Parse(UnitPrice);
        line.DepreciationYears = DepreciationYears!.Value;
        line.DepreciationMethod = DepreciationMethod!.Value;
        line.YearlyMaintenance = Parse(YearlyMaintenance);
        line.YearlyLicences = Parse(YearlyLicences);
        line.YearlyInsurance = Parse(YearlyInsurance);
        line.YearlySupport = Parse(YearlySupport);
        line.ContractMonths = ContractMonths;
        line.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        line.Phases = FilledPhases().Select(p => new PlanPhase(p.Phase.Year!.Value, Parse(p.Phase.Quantity), string.IsNullOrWhiteSpace(p.Phase.Note) ? null : p.Phase.Note.Trim()))
            .OrderBy(p => p.Year).ToList();
        line.PurchaseYear = line.Phases.Count > 0 ? line.Phases[0].Year : PurchaseYear!.Value;
    }

    private IEnumerable<(PhaseInput Phase, int Index)> FilledPhases() =>
        Phases.Select((p, i) => (p, i)).Where(p => !p.p.IsEmpty);

    private static decimal Amount(ModelStateDictionary state, string key, string? text, string what, decimal max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required && !HasError(state, key)) state.AddModelError(key, $"Vul {what} in.");
            return 0;
        }
        if (text.TrimStart().StartsWith('-'))
        {
            state.AddModelError(key, $"{Capital(what)} mag niet negatief zijn.");
            return 0;
        }
        if (!Amounts.TryParse(text, out var value))
        {
            state.AddModelError(key, $"Vul bij {what} een getal in, bijvoorbeeld 1.250 of 37,50.");
            return 0;
        }
        if (value > max)
        {
            state.AddModelError(key, $"{Capital(what)} is te groot; het maximum is {PlanLabels.Number(max)}.");
            return 0;
        }
        return value;
    }

    private static bool HasError(ModelStateDictionary state, string key) => state.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    private static decimal Parse(string? text) => Amounts.TryParse(text, out var value) ? value : 0m;
    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    private static string Text(decimal value) => value.ToString("#,##0.##", PlanLabels.Dutch);
    private static string? Optional(decimal value) => value == 0 ? null : Text(value);
}

/// <summary>One row of the phasing table; an empty row is ignored.</summary>
public sealed class PhaseInput
{
    [Display(Name = "Jaar")] public int? Year { get; set; }
    [Display(Name = "Aantal")] public string? Quantity { get; set; }
    [Display(Name = "Toelichting")] public string? Note { get; set; }

    public bool IsEmpty => Year is null && string.IsNullOrWhiteSpace(Quantity) && string.IsNullOrWhiteSpace(Note);
}
