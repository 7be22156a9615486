namespace Regie.Web.Features.Collaboration.BusinessCase;

/// <summary>The business case in a few plain Dutch sentences, for readers who skip the tables.</summary>
public static class CaseSummary
{
    public static IReadOnlyList<string> Describe(BusinessCaseResult r)
    {
        var s = r.Settings;
        var period = s.HorizonYears == 1 ? $"In {s.StartYear}" : $"Over {s.HorizonYears} jaar ({s.StartYear} tot en met {s.EndYear})";
        var income = r.TotalSubsidies > 0
            ? $"{Money.Euro(r.TotalRevenues)} aan opbrengsten en {Money.Euro(r.TotalSubsidies)} aan subsidie"
            : $"{Money.Euro(r.TotalRevenues)} aan opbrengsten";
        var sentences = new List<string>
        {
            $"{period} kost het initiatief {Money.Euro(r.TotalCosts)}" +
            (r.TotalHiddenCosts > 0 ? $", waarvan {Money.Euro(r.TotalHiddenCosts)} aan eigen uren" : "") +
            $". Daar staat {income} tegenover.",
            $"Opgeteld is het resultaat {Money.Euro(r.TotalNet)}. Omgerekend naar vandaag (contante waarde bij " +
            $"{Money.Percent(s.DiscountRatePercent)} per jaar) is dat {Money.Euro(r.NetPresentValue)}: " +
            (r.NetPresentValue >= 0 ? "het initiatief verdient zich binnen de looptijd terug." : "het initiatief kost binnen de looptijd meer dan het oplevert."),
            r.BreakEvenYear is { } year
                ? $"De opgetelde kasstroom is vanaf {year} niet meer negatief."
                : "De opgetelde kasstroom blijft de hele looptijd negatief.",
        };
        if (r.LastSubsidyYear is { } last)
        {
            var after = r.Years.Where(y => y.Year > last).ToList();
            sentences.Add($"Zonder subsidie is de contante waarde {Money.Euro(r.NetPresentValueWithoutSubsidy)}. " +
                (after.Count > 0
                    ? $"De subsidie stopt na {last}; daarna is de kasstroom per jaar gemiddeld {Money.Euro(decimal.Round(after.Average(y => y.Net), 0))}."
                    : $"De subsidie loopt tot en met {last}, het laatste jaar van de looptijd."));
        }
        if (r.LinesOutsideHorizon > 0)
            sentences.Add(r.LinesOutsideHorizon == 1
                ? "Let op: 1 regel valt buiten de looptijd en telt niet mee."
                : $"Let op: {r.LinesOutsideHorizon} regels vallen buiten de looptijd en tellen niet mee.");
        return sentences;
    }
}
