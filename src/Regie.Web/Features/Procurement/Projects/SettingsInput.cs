using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Features.Collaboration.BusinessCase;
using Regie.Web.Features.Market.Catalog;
using Regie.Web.Infrastructure.Web;

namespace Regie.Web.Features.Procurement.Projects;

/// <summary>How the tender runs: its deadlines, how price and quality are weighed, and who evaluates.</summary>
public sealed class SettingsInput
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>Date and time as the browser's datetime-local field sends it, in Dutch time.</summary>
    public string? QuestionsDeadline { get; set; }
    public string? OfferDeadline { get; set; }

    [Display(Name = "Weging prijs (%)"), Required(ErrorMessage = "Vul de weging van de prijs in."), Range(0, 100, ErrorMessage = "De weging van de prijs moet tussen 0 en 100 procent liggen.")]
    public int? PriceWeightPercent { get; set; } = 30;

    [Display(Name = "Prijsscoremethode"), Required(ErrorMessage = "Kies hoe de prijs wordt gescoord.")]
    public PriceScoringMethod? PriceScoring { get; set; } = PriceScoringMethod.RelativeToLowest;

    [Display(Name = "Budget (volle punten tot en met)")] public string? PriceBudget { get; set; }
    [Display(Name = "Plafondprijs (nul punten vanaf)")] public string? PriceCeiling { get; set; }

    [Display(Name = "Horizon totale kosten (jaren)"), Required(ErrorMessage = "Vul de horizon voor de totale kosten in."), Range(1, 15, ErrorMessage = "De horizon moet tussen 1 en 15 jaar liggen.")]
    public int? TcoYears { get; set; } = 4;

    [Display(Name = "Opschortende termijn (dagen)"), Required(ErrorMessage = "Vul de opschortende termijn in."),
     Range(ProcurementProject.MinimumStandstillDays, 60, ErrorMessage = "De opschortende termijn moet ten minste 10 en hoogstens 60 dagen zijn.")]
    public int? StandstillDays { get; set; } = 20;

    public List<Guid> EvaluatorIds { get; set; } = [];

    public static SettingsInput From(ProcurementProject p) => new()
    {
        QuestionsDeadline = p.QuestionsDeadline?.Local().ToString(LocalFormat, CultureInfo.InvariantCulture),
        OfferDeadline = p.OfferDeadline?.Local().ToString(LocalFormat, CultureInfo.InvariantCulture),
        PriceWeightPercent = p.PriceWeightPercent, PriceScoring = p.PriceScoring, PriceBudget = DutchNumber.Format(p.PriceBudget),
        PriceCeiling = DutchNumber.Format(p.PriceCeiling), TcoYears = p.TcoYears, StandstillDays = p.StandstillDays, EvaluatorIds = [.. p.EvaluatorIds],
    };

    /// <summary>Rules across fields; Dutch messages naming the field. Returns the parsed deadlines and amounts.</summary>
    public (DateTimeOffset? Questions, DateTimeOffset? Offers, decimal? Budget, decimal? Ceiling) Validate(
        ModelStateDictionary state, DateTimeOffset now, IReadOnlyCollection<Guid> allowedEvaluators)
    {
        var questions = Moment(QuestionsDeadline, "Settings.QuestionsDeadline", "Vragen stellen tot", now, state);
        var offers = Moment(OfferDeadline, "Settings.OfferDeadline", "Inschrijven tot", now, state);
        if (questions is { } q && offers is { } o && q >= o)
            state.AddModelError("Settings.QuestionsDeadline", "‘Vragen stellen tot’ moet vóór ‘Inschrijven tot’ liggen, zodat de antwoorden nog meetellen.");
        decimal? budget = null, ceiling = null;
        if (PriceScoring == PriceScoringMethod.BudgetCeiling)
        {
            budget = Amount(PriceBudget, "Settings.PriceBudget", "het budget", state);
            ceiling = Amount(PriceCeiling, "Settings.PriceCeiling", "de plafondprijs", state);
            if (budget is { } b && ceiling is { } c && c <= b) state.AddModelError("Settings.PriceCeiling", "De plafondprijs moet hoger zijn dan het budget.");
        }
        if (EvaluatorIds.Any(id => !allowedEvaluators.Contains(id)))
            state.AddModelError("Settings.EvaluatorIds", "Kies beoordelaars uit de lijst: alleen collega's die inkooptrajecten mogen inzien.");
        else if (EvaluatorIds.Distinct().Count() == 1)
            state.AddModelError("Settings.EvaluatorIds", $"Kies ten minste {ProcurementProject.MinimumEvaluators} beoordelaars, zodat elke inschrijving onafhankelijk wordt gescoord.");
        return (questions, offers, budget, ceiling);
    }

    public void ApplyTo(ProcurementProject project, (DateTimeOffset? Questions, DateTimeOffset? Offers, decimal? Budget, decimal? Ceiling) parsed)
    {
        project.QuestionsDeadline = parsed.Questions;
        project.OfferDeadline = parsed.Offers;
        project.PriceWeightPercent = PriceWeightPercent!.Value;
        project.PriceScoring = PriceScoring!.Value;
        project.PriceBudget = parsed.Budget;
        project.PriceCeiling = parsed.Ceiling;
        project.TcoYears = TcoYears!.Value;
        project.StandstillDays = StandstillDays!.Value;
        project.SetEvaluators(EvaluatorIds);
    }

    private static DateTimeOffset? Moment(string? text, string key, string label, DateTimeOffset now, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!DateTime.TryParseExact(text.Trim(), [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            state.AddModelError(key, $"‘{label}’ is geen geldige datum en tijd.");
            return null;
        }
        // Stored in UTC: PostgreSQL keeps timestamptz values only with a zero offset.
        var moment = new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
        if (moment <= now) state.AddModelError(key, $"‘{label}’ ligt in het verleden; kies een moment in de toekomst.");
        return moment;
    }

    private static decimal? Amount(string? text, string key, string what, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text)) { state.AddModelError(key, $"Vul {what} in; de methode ‘budget en plafond’ heeft beide nodig."); return null; }
        if (text.Trim().StartsWith('-')) { state.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} mag niet negatief zijn."); return null; }
        if (!Amounts.TryParse(text, out var value)) { state.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} is geen bedrag; schrijf bijvoorbeeld 125.000 of 99,50."); return null; }
        return value;
    }
}
