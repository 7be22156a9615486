using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>The form for one business-case line, for adding and for editing.</summary>
public sealed class LineInput
{
    public const int DescriptionMax = 300;
    private const decimal AmountMax = 100_000_000m;

    public Guid? LineId { get; set; }
    public int Version { get; set; }

    [Display(Name = "Soort regel"), Required(ErrorMessage = "Kies de soort regel.")]
    public LineType? Type { get; set; }

    [Display(Name = "Fase")]
    public LifecyclePhase? Phase { get; set; }

    [Display(Name = "Soort opbrengst")]
    public RevenueKind? RevenueKind { get; set; }

    [Display(Name = "Omschrijving"), Required(ErrorMessage = "Vul een omschrijving in."),
     StringLength(DescriptionMax, ErrorMessage = "De omschrijving mag niet langer zijn dan 300 tekens.")]
    public string Description { get; set; } = "";

    [Display(Name = "Eenmalig of per jaar"), Required(ErrorMessage = "Kies of het bedrag eenmalig is of elk jaar terugkomt.")]
    public Frequency? Frequency { get; set; }

    [Display(Name = "Bedrag in euro's")]
    public string? Amount { get; set; }

    [Display(Name = "Aantal uren")]
    public string? Hours { get; set; }

    [Display(Name = "Uurtarief in euro's")]
    public string? HourlyRate { get; set; }

    [Display(Name = "Vanaf jaar"), Required(ErrorMessage = "Vul het jaar in waarin de regel begint.")]
    public int? FromYear { get; set; }

    [Display(Name = "Tot en met jaar")]
    public int? ToYear { get; set; }

    public static LineInput From(BusinessCaseLine line) => new()
    {
        LineId = line.Id, Version = line.Version, Type = line.Type, Phase = line.Phase, RevenueKind = line.RevenueKind,
        Description = line.Description, Frequency = line.Frequency, FromYear = line.FromYear, ToYear = line.ToYear,
        Amount = line.Type == LineType.OwnHours ? null : DutchNumber.Format(line.Amount),
        Hours = DutchNumber.Format(line.Hours), HourlyRate = DutchNumber.Format(line.HourlyRate),
    };

    /// <summary>Rules across fields; adds Dutch messages that name the field. Call before <see cref="ApplyTo"/>.</summary>
    public void Validate(ModelStateDictionary state, CaseSettings settings)
    {
        var range = $"{settings.StartYear} tot en met {settings.EndYear}";
        if (Type is LineType.Cost or LineType.OwnHours && Phase is null)
            state.AddModelError("Line.Phase", "Kies de fase waarin deze kosten vallen.");
        if (Type == LineType.Revenue && RevenueKind is null)
            state.AddModelError("Line.RevenueKind", "Kies de soort opbrengst.");
        if (Type == LineType.OwnHours)
        {
            Positive("Line.Hours", Hours, "het aantal uren", "Vul het aantal uren in; eigen uren zijn verborgen kosten.", state);
            Positive("Line.HourlyRate", HourlyRate, "het uurtarief", "Vul het uurtarief in euro's in.", state);
        }
        else if (Type is not null)
            Positive("Line.Amount", Amount, "het bedrag", "Vul het bedrag in euro's in.", state);
        if (FromYear is { } from && !settings.Contains(from))
            state.AddModelError("Line.FromYear", $"Het jaar bij 'Vanaf jaar' valt buiten de looptijd ({range}).");
        if (ToYear is { } to)
        {
            if (Frequency == Collaboration.Frequency.OneOff)
                state.AddModelError("Line.ToYear", "Laat 'Tot en met jaar' leeg bij een eenmalig bedrag.");
            else if (FromYear is { } start && to < start)
                state.AddModelError("Line.ToYear", "Het jaar bij 'Tot en met jaar' ligt vóór het jaar bij 'Vanaf jaar'.");
            else if (!settings.Contains(to))
                state.AddModelError("Line.ToYear", $"Het jaar bij 'Tot en met jaar' valt buiten de looptijd ({range}).");
        }
    }

    public void ApplyTo(BusinessCaseLine line)
    {
        line.Type = Type!.Value;
        line.Phase = Type is LineType.Cost or LineType.OwnHours ? Phase : null;
        line.RevenueKind = Type == LineType.Revenue ? RevenueKind : null;
        line.Description = Description.Trim();
        line.Frequency = Frequency!.Value;
        line.FromYear = FromYear!.Value;
        line.ToYear = Frequency == Collaboration.Frequency.Yearly ? ToYear : null;
        if (Type == LineType.OwnHours)
        {
            line.SetOwnHours(DutchNumber.ParseValidated(Hours), DutchNumber.ParseValidated(HourlyRate));
        }
        else
        {
            line.Hours = null;
            line.HourlyRate = null;
            line.Amount = DutchNumber.ParseValidated(Amount);
        }
    }

    private static void Positive(string key, string? text, string what, string missing, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) state.AddModelError(key, missing);
        else if (!DutchNumber.TryParse(text, out var value)) state.AddModelError(key, $"Vul bij {what} een getal in, bijvoorbeeld 1.250 of 37,50.");
        else if (value < 0) state.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} mag niet negatief zijn. Zet opbrengsten en subsidies als aparte regel.");
        else if (value > AmountMax) state.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} is te groot; het maximum is 100 miljoen.");
    }
}
