using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Features.Procurement.Offers;
using Regie.Web.Features.Procurement.Projects;

namespace Regie.Web.Features.Procurement.Tenders;

/// <summary>The supplier's offer form: the answers per requirement, notes and the price sheet, as typed.</summary>
public sealed class OfferInput
{
    public const int AnswerMax = 4000;
    public const int DescriptionMax = 300;
    public const int MaxLines = 100;
    /// <summary>Empty rows the form offers for new price lines; blank rows are ignored.</summary>
    public const int BlankLines = 3;

    public int Version { get; set; }
    public List<AnswerInput> Answers { get; set; } = [];
    [Display(Name = "Toelichting bij de kwaliteit")] public string? Notes { get; set; }
    public List<PriceLineInput> Lines { get; set; } = [];
    [Display(Name = "Toelichting bij de prijs")] public string? PriceNotes { get; set; }

    public static OfferInput From(IReadOnlyList<Requirement> requirements, OfferQuality quality, PriceSheet price, int version) => new()
    {
        Version = version,
        Answers = requirements.Select(r => quality.Answers.FirstOrDefault(a => a.RequirementId == r.Id) is { } a
            ? new AnswerInput { RequirementId = r.Id, Meets = a.Meets switch { true => "ja", false => "nee", null => null }, Text = a.Text }
            : new AnswerInput { RequirementId = r.Id }).ToList(),
        Notes = quality.Notes,
        Lines = price.Lines.Select(PriceLineInput.From).ToList(),
        PriceNotes = price.Notes,
    };

    /// <summary>The form with blank rows for new price lines, as the page shows it.</summary>
    public OfferInput WithBlankLines()
    {
        while (Lines.Count(l => l.IsBlank) < BlankLines && Lines.Count < MaxLines) Lines.Add(new PriceLineInput());
        return this;
    }

    public sealed class AnswerInput
    {
        public Guid RequirementId { get; set; }
        /// <summary>"ja" or "nee" for a knock-out requirement.</summary>
        public string? Meets { get; set; }
        public string? Text { get; set; }
    }

    /// <summary>Amounts stay text until validated, so "12,50", "12.50" and "€ 1.234,50" all work.</summary>
    public sealed class PriceLineInput
    {
        public string? Description { get; set; }
        public string? Quantity { get; set; }
        public string? OneOffPerUnit { get; set; }
        public string? YearlyPerUnit { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Quantity)
            && string.IsNullOrWhiteSpace(OneOffPerUnit) && string.IsNullOrWhiteSpace(YearlyPerUnit);

        public static PriceLineInput From(PriceLine line) => new()
        {
            Description = line.Description,
            Quantity = line.Quantity.ToString("0.##", Dutch),
            OneOffPerUnit = line.OneOffPerUnit.ToString("0.00", Dutch),
            YearlyPerUnit = line.YearlyPerUnit.ToString("0.00", Dutch),
        };
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The quality envelope's content; errors name the requirement.</summary>
    public OfferQuality ToQuality(IReadOnlyList<Requirement> requirements, ModelStateDictionary state)
    {
        var answers = new List<RequirementAnswer>();
        for (var i = 0; i < Answers.Count; i++)
        {
            var input = Answers[i];
            if (requirements.FirstOrDefault(r => r.Id == input.RequirementId) is not { } requirement) continue;
            var text = input.Text?.Trim() ?? "";
            if (text.Length > AnswerMax)
                state.AddModelError($"Input.Answers[{i}].Text", $"De toelichting bij {requirement.Code} is te lang: maximaal {AnswerMax} tekens.");
            bool? meets = null;
            if (requirement.Kind == RequirementKind.KnockOut)
            {
                meets = input.Meets switch { "ja" => true, "nee" => false, null or "" => null, _ => null };
                if (input.Meets is { Length: > 0 } and not ("ja" or "nee"))
                    state.AddModelError($"Input.Answers[{i}].Meets", $"Kies bij {requirement.Code} ja of nee.");
            }
            if (meets is not null || text.Length > 0) answers.Add(new RequirementAnswer(requirement.Id, meets, text));
        }
        var notes = Notes?.Trim();
        if (notes?.Length > Offer.NotesMax)
            state.AddModelError("Input.Notes", $"De toelichting bij de kwaliteit is te lang: maximaal {Offer.NotesMax} tekens.");
        return new OfferQuality(answers, string.IsNullOrEmpty(notes) ? null : notes);
    }

    /// <summary>The price envelope's content; errors name the row. Blank rows are skipped.</summary>
    public PriceSheet ToPriceSheet(ModelStateDictionary state)
    {
        var lines = new List<PriceLine>();
        var filled = Lines.Select((line, index) => (line, index)).Where(x => !x.line.IsBlank).ToList();
        if (filled.Count > MaxLines) state.AddModelError("Input.Lines", $"Een prijsblad heeft hoogstens {MaxLines} regels.");
        var row = 0;
        foreach (var (line, index) in filled.Take(MaxLines))
        {
            row++;
            var prefix = $"Input.Lines[{index}]";
            var description = line.Description?.Trim() ?? "";
            if (description.Length == 0) state.AddModelError($"{prefix}.Description", $"Prijsregel {row}: vul een omschrijving in.");
            else if (description.Length > DescriptionMax) state.AddModelError($"{prefix}.Description", $"Prijsregel {row}: de omschrijving is te lang (maximaal {DescriptionMax} tekens).");
            var quantity = Amount(line.Quantity, $"{prefix}.Quantity", $"Prijsregel {row}: het aantal", required: true, state);
            if (quantity == 0 && state.GetFieldValidationState($"{prefix}.Quantity") != ModelValidationState.Invalid)
                state.AddModelError($"{prefix}.Quantity", $"Prijsregel {row}: het aantal moet groter zijn dan 0.");
            var oneOff = Amount(line.OneOffPerUnit, $"{prefix}.OneOffPerUnit", $"Prijsregel {row}: de eenmalige prijs", required: false, state);
            var yearly = Amount(line.YearlyPerUnit, $"{prefix}.YearlyPerUnit", $"Prijsregel {row}: de prijs per jaar", required: false, state);
            lines.Add(new PriceLine(description, quantity, oneOff, yearly));
        }
        var notes = PriceNotes?.Trim();
        if (notes?.Length > Offer.NotesMax)
            state.AddModelError("Input.PriceNotes", $"De toelichting bij de prijs is te lang: maximaal {Offer.NotesMax} tekens.");
        return new PriceSheet(lines, string.IsNullOrEmpty(notes) ? null : notes);
    }

    private static decimal Amount(string? text, string key, string what, bool required, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) state.AddModelError(key, $"{what} is verplicht.");
            return 0m;
        }
        if (text.Trim().StartsWith('-')) { state.AddModelError(key, $"{what} kan niet negatief zijn."); return 0m; }
        if (!Amounts.TryParse(text, out var value)) { state.AddModelError(key, $"{what} is geen getal; schrijf bijvoorbeeld 1.250 of 12,50."); return 0m; }
        return value;
    }
}
